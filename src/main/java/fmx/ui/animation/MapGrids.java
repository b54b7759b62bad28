package fmx.ui.animation;

import static fmx.ui.support.Controls.title;

import fmx.ui.common.CellGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The grids of the animation: the padded input channels (ids {@code anim-input-<c>}) with the sliding window, the
 * map being computed ({@code anim-output}, clicking a cell jumps there) and the pooled map ({@code anim-pooled}).
 * New data is handed over only when a result changes; each frame only moves the window and changes the marks and
 * reveal counts, so a frame redraws a few canvases and builds no nodes.
 */
final class MapGrids {
    private final AnimationViewModel vm;
    private final TileArea inputArea = new TileArea();
    private final List<CellGrid> inputs = new ArrayList<>();
    private final CellGrid output = grid("anim-output");
    private final CellGrid pooled = grid("anim-pooled");
    private final Label outputTitle = caption(Messages.TEXTS.text("grid.featureMap"));
    {
        outputTitle.setWrapText(true);
    }
    private final Label pooledTitle = caption(Messages.TEXTS.text("grid.pooled"));
    private final ColumnConstraints inputColumn = new ColumnConstraints();
    private final ColumnConstraints outputColumn = new ColumnConstraints();
    private MapImage shownMap;
    private MapImage shownPooled;

    MapGrids(AnimationViewModel vm) {
        this.vm = vm;
    }

    Node createView() {
        output.setOnCellClick(vm::jumpToOutputCell);
        pooled.setOnCellClick(vm::jumpToPooledCell);
        VBox inputBox = new VBox(4, title(Messages.TEXTS.text("grid.input")), inputArea);
        VBox.setVgrow(inputArea, Priority.ALWAYS);
        VBox outputBox = new VBox(4, title(Messages.TEXTS.text("grid.output")), outputTitle, output, pooledTitle,
                pooled);
        outputBox.setAlignment(Pos.TOP_LEFT);
        GridPane pane = new GridPane();
        pane.setHgap(16);
        pane.getColumnConstraints().setAll(inputColumn, outputColumn);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        pane.getRowConstraints().setAll(row);
        pane.add(inputBox, 0, 0);
        pane.add(outputBox, 1, 0);
        pane.setPadding(new Insets(2));
        pane.setMinHeight(200);

        vm.mapsProperty().addListener((o, a, maps) -> showMaps(maps));
        vm.frameProperty().addListener((o, a, frame) -> showFrame(frame));
        showMaps(vm.mapsProperty().get());
        showFrame(vm.frameProperty().get());
        return pane;
    }

    private void showMaps(AnimationMaps maps) {
        if (maps == null) {
            return;
        }
        if (inputs.size() != maps.channels()) {
            inputs.clear();
            List<Node> tiles = new ArrayList<>();
            for (int c = 0; c < maps.channels(); c++) {
                CellGrid g = grid("anim-input-" + c);
                inputs.add(g);
                VBox tile = new VBox(2, caption(Messages.TEXTS.text("grid.channel", Integer.toString(c))), g);
                VBox.setVgrow(g, Priority.ALWAYS);
                tiles.add(tile);
            }
            inputArea.setTiles(tiles);
        }
        for (int c = 0; c < maps.channels(); c++) {
            MapImage m = maps.inputs().get(c);
            CellGrid g = inputs.get(c);
            g.setData(m.values(), m.rows(), m.cols());
            g.setColorScale(m.scale());
            g.setFramePadding(maps.padTop(), maps.padBottom(), maps.padLeft(), maps.padRight());
        }
        MapImage first = maps.inputs().get(0);
        inputArea.setFrame(first.rows() + maps.padTop() + maps.padBottom(),
                first.cols() + maps.padLeft() + maps.padRight());
        shareWidth(maps, first.cols() + maps.padLeft() + maps.padRight());
        pooled.setVisible(maps.hasPooling());
        pooled.setManaged(maps.hasPooling());
        pooledTitle.setVisible(maps.hasPooling());
        pooledTitle.setManaged(maps.hasPooling());
        shownMap = null;
        shownPooled = null;
    }

    /**
     * Splits the width between the inputs and the output by how many cells each must show across (the channels
     * side by side, up to three), within 55% to 80% for the inputs, so the small output does not take half.
     */
    private void shareWidth(AnimationMaps maps, int frameCols) {
        int across = maps.channels() <= 3 ? maps.channels() : (int) Math.ceil(Math.sqrt(maps.channels()));
        double in = (double) across * frameCols;
        double out = maps.z().get(0).cols();
        double share = Math.max(55, Math.min(80, 100 * in / (in + out)));
        inputColumn.setPercentWidth(share);
        outputColumn.setPercentWidth(100 - share);
    }

    private void showFrame(AnimationFrame f) {
        if (f == null) {
            return;
        }
        for (int c = 0; c < inputs.size() && c < f.inputMarks().size(); c++) {
            CellGrid g = inputs.get(c);
            WindowPose w = f.inputWindow();
            if (w == null) {
                g.clearWindowFrame();
            } else {
                g.setWindowFrame(w.top(), w.left(), w.height(), w.width(), f.weights()[c], w.kh(), w.kw(), w.dilY(),
                        w.dilX());
            }
            g.setOverlay(f.inputMarks().get(c));
        }
        shownMap = show(output, f.map(), shownMap);
        output.setRevealedCount(f.mapRevealed());
        output.setOverlay(f.mapMarks());
        WindowPose pw = f.mapWindow();
        if (pw == null) {
            output.clearWindowFrame();
        } else {
            output.setWindowFrame(pw.top(), pw.left(), pw.height(), pw.width(), null, pw.kh(), pw.kw(), 1, 1);
        }
        outputTitle.setText(Messages.TEXTS.text("map.size", f.mapTitle(), Integer.toString(f.map().rows()),
                Integer.toString(f.map().cols())));
        if (f.pooled() != null) {
            shownPooled = show(pooled, f.pooled(), shownPooled);
            pooled.setRevealedCount(f.pooledRevealed());
            pooled.setOverlay(f.pooledMarks());
            pooledTitle.setText(Messages.TEXTS.text("map.size", Messages.TEXTS.text("grid.pooled"),
                    Integer.toString(f.pooled().rows()), Integer.toString(f.pooled().cols())));
        }
    }

    /** Hands a map to a grid only when it is another map: new data costs a new colour raster. */
    private static MapImage show(CellGrid g, MapImage m, MapImage shown) {
        if (m != shown) {
            g.setData(m.values(), m.rows(), m.cols());
            g.setColorScale(m.scale());
        }
        return m;
    }

    private static CellGrid grid(String id) {
        CellGrid g = new CellGrid();
        g.setId(id);
        g.setCellSizeRange(1, 64);
        g.setMinSize(0, 0);
        return g;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-label");
        return l;
    }
}
