package fmx.ui.maps;

import fmx.compute.ComputeResult;
import fmx.compute.ComputeResult.Planes;
import fmx.core.ConvLayer;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Shape3;
import fmx.core.WindowGeometry;
import fmx.ui.session.HoverTarget;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.ReceptiveFields;
import fmx.ui.session.SessionModel;
import fmx.ui.common.CellMark;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The feature maps of every filter (convolution, activation, pooling), their colour scales (per map or shared per
 * stage), the highlights that answer a hover (cells fed by the hovered input cell, the pooling window and winner of
 * a hovered pooled cell) and the arithmetic of the hovered output cell. FX-thread only.
 */
public final class MapsViewModel {

    /** One map to draw. */
    public record MapData(int filter, int stage, String title, int rows, int cols, float[] values, ColorScale scale) {}

    private final SessionModel session;
    private final LiveComputation live;
    private final ReadOnlyObjectWrapper<List<List<MapData>>> maps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Map<Integer, List<CellMark>>> overlays = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");

    public MapsViewModel(SessionModel session, LiveComputation live) {
        this.session = session;
        this.live = live;
        live.resultProperty().addListener(o -> rebuild());
        session.colorMapProperty().addListener(o -> rebuild());
        session.sharedScaleProperty().addListener(o -> rebuild());
        session.hoverProperty().addListener(o -> refreshHover());
        rebuild();
    }

    private void rebuild() {
        ComputeResult r = live.resultProperty().get();
        if (r == null) {
            maps.set(List.of());
            return;
        }
        ColorMap colors = session.colorMapProperty().get();
        boolean shared = session.sharedScaleProperty().get();
        int filters = r.stages().get(0).channels();
        List<List<MapData>> rows = new ArrayList<>(filters);
        for (int n = 0; n < filters; n++) {
            List<MapData> row = new ArrayList<>(r.planes().size());
            for (int s = 0; s < r.planes().size(); s++) {
                Planes p = r.planes().get(s);
                ColorScale scale = shared ? ColorScale.fit(colors, p.overallMin(), p.overallMax())
                        : ColorScale.fit(colors, p.min()[n], p.max()[n]);
                row.add(new MapData(n, s, Messages.TEXTS.text("stage." + s), p.rows(), p.cols(), p.values()[n], scale));
            }
            rows.add(List.copyOf(row));
        }
        maps.set(List.copyOf(rows));
        refreshHover();
    }

    /** Key of the overlay of (filter, stage). */
    public static int key(int filter, int stage) {
        return filter * 8 + stage;
    }

    public void hover(int filter, int stage, int row, int col) {
        session.hoverProperty().set(row < 0 ? HoverTarget.NONE : new HoverTarget.MapCell(filter, stage, row, col));
    }

    private void refreshHover() {
        ComputeResult r = live.resultProperty().get();
        HoverTarget h = session.hoverProperty().get();
        Map<Integer, List<CellMark>> marks = new HashMap<>();
        String text = "";
        if (r != null && h instanceof HoverTarget.InputCell in) {
            markFed(r, in, marks);
            text = Messages.TEXTS.text("fed", in.row(), in.col());
        } else if (r != null && h instanceof HoverTarget.MapCell m && m.filter() < r.stages().get(0).channels()
                && m.stage() < r.stages().size()) {
            marks.put(key(m.filter(), m.stage()), List.of(new CellMark(m.row(), m.col(), CellMark.Kind.HOVER)));
            text = m.stage() < 2 ? CellArithmetic.convolution(r, m.filter(), m.row(), m.col())
                    : poolExplanation(r, m, marks);
        }
        overlays.set(Map.copyOf(marks));
        explanation.set(text);
    }

    private static void markFed(ComputeResult r, HoverTarget.InputCell in, Map<Integer, List<CellMark>> marks) {
        Shape3 shape = r.input().shape();
        if (in.row() >= shape.height() || in.col() >= shape.width()) {
            return;
        }
        WindowGeometry conv = r.pipeline().layers().get(0).geometry(shape);
        List<int[]> fed = ReceptiveFields.fedBy(conv, in.row(), in.col());
        List<CellMark> convMarks = ReceptiveFields.marks(fed, CellMark.Kind.FED);
        List<CellMark> poolMarks = List.of();
        if (r.stages().size() > 2) {
            WindowGeometry pool = r.pipeline().layers().get(2).geometry(r.stages().get(1).shape());
            java.util.Set<Long> seen = new java.util.HashSet<>();
            List<int[]> pooled = new ArrayList<>();
            for (int[] c : fed) {
                for (int[] p : ReceptiveFields.fedBy(pool, c[0], c[1])) {
                    if (seen.add(((long) p[0] << 32) | p[1])) {
                        pooled.add(p);
                    }
                }
            }
            poolMarks = ReceptiveFields.marks(pooled, CellMark.Kind.FED);
        }
        for (int n = 0; n < r.stages().get(0).channels(); n++) {
            marks.put(key(n, 0), convMarks);
            marks.put(key(n, 1), convMarks);
            if (r.stages().size() > 2) {
                marks.put(key(n, 2), poolMarks);
            }
        }
    }

    private static String poolExplanation(ComputeResult r, HoverTarget.MapCell m, Map<Integer, List<CellMark>> marks) {
        fmx.core.trace.PoolStep step = CellArithmetic.poolStep(r, m.filter(), m.row(), m.col());
        List<CellMark> window = new ArrayList<>();
        for (fmx.core.trace.PoolCell cell : step.cells()) {
            window.add(new CellMark(cell.row(), cell.column(), CellMark.Kind.WINDOW));
        }
        if (step.mode() == PoolMode.MAX) {
            fmx.core.trace.PoolCell best = step.winnerCell();
            window.add(new CellMark(best.row(), best.column(), CellMark.Kind.WINNER));
        }
        marks.put(key(m.filter(), 1), window);
        return CellArithmetic.pooling(step, m.filter());
    }

    /** Maps per filter (outer list), per stage (inner list). */
    public ReadOnlyObjectProperty<List<List<MapData>>> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    /** Highlights per map, by {@link #key}. */
    public ReadOnlyObjectProperty<Map<Integer, List<CellMark>>> overlaysProperty() {
        return overlays.getReadOnlyProperty();
    }

    /** The arithmetic of the hovered cell, empty when nothing is hovered. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return live.staleProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return live.busyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return live.messageProperty();
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return session.colorMapProperty();
    }

    public BooleanProperty sharedScaleProperty() {
        return session.sharedScaleProperty();
    }


    static ConvLayer conv(ComputeResult r) {
        return (ConvLayer) r.pipeline().layers().get(0);
    }
}
