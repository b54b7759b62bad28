package fmx.ui.input;

import fmx.core.FilterBank;
import fmx.core.InputPreset;
import fmx.core.LayerShape;
import fmx.core.Tensor;
import fmx.core.WindowGeometry;
import fmx.ui.session.FilterBanks;
import fmx.ui.session.HoverTarget;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.ReceptiveFields;
import fmx.ui.session.SessionModel;
import fmx.ui.common.CellMark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The input grid editor: cell edits, pasted blocks, paint strokes, presets, size and channel count, each one undo
 * step; and what the grids show besides the values: the padding frame, the receptive field of the hovered output
 * cell, and the rows and columns no window visits. FX-thread only.
 */
public final class InputViewModel {
    public static final int MAX_SIZE = 64;
    public static final int MAX_CHANNELS = 4;

    private final SessionModel session;
    private final LiveComputation live;
    private final ReadOnlyObjectWrapper<List<CellMark>> overlay = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<int[]> framePadding = new ReadOnlyObjectWrapper<>(new int[4]);
    private final ObjectProperty<Float> paintValue = new SimpleObjectProperty<>(this, "paintValue");
    private final Random random = new Random();
    private Tensor strokeStart;

    public InputViewModel(SessionModel session, LiveComputation live) {
        this.session = session;
        this.live = live;
        session.hoverProperty().addListener(o -> refresh());
        session.inputProperty().addListener(o -> refresh());
        live.analysisProperty().addListener(o -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<Tensor> inputProperty() {
        return session.inputProperty();
    }

    /** Grid label: R, G, B, A for 3 or 4 channels, "Channel k" otherwise. */
    public String channelLabel(int c) {
        int n = session.inputProperty().get().channels();
        return n >= 3 ? Messages.TEXTS.text("grid.rgba").split(",")[c]
                : n == 1 ? Messages.TEXTS.text("grid.single") : Messages.TEXTS.text("grid.channel", c + 1);
    }

    /** Channel {@code c} as a row-major array (a copy, handed to the grid). */
    public float[] plane(int c) {
        Tensor t = session.inputProperty().get();
        int size = t.height() * t.width();
        return Arrays.copyOfRange(t.data(), c * size, (c + 1) * size);
    }

    public void editCell(int c, int row, int col, float value) {
        Tensor t = session.inputProperty().get();
        if (t.get(c, row, col) == value) {
            return;
        }
        Tensor next = t.copy();
        next.set(c, row, col, value);
        session.edit(Messages.TEXTS.text("undo.editCell", row, col), () -> session.inputProperty().set(next));
    }

    /** Pastes {@code block} with its top-left at (row, col); what falls outside the grid is dropped. */
    public void pasteBlock(int c, int row, int col, float[][] block) {
        Tensor next = session.inputProperty().get().copy();
        for (int y = 0; y < block.length && row + y < next.height(); y++) {
            for (int x = 0; x < block[y].length && col + x < next.width(); x++) {
                next.set(c, row + y, col + x, block[y][x]);
            }
        }
        session.edit(Messages.TEXTS.text("undo.paste", block.length), () -> session.inputProperty().set(next));
    }

    public void beginStroke() {
        strokeStart = session.inputProperty().get();
        session.beginGroup(Messages.TEXTS.text("undo.paintStroke"));
    }

    public void paintCell(int c, int row, int col) {
        Float v = paintValue.get();
        Tensor t = session.inputProperty().get();
        if (v == null || t.get(c, row, col) == v) {
            return;
        }
        Tensor next = t.copy();
        next.set(c, row, col, v);
        session.inputProperty().set(next);
    }

    public void endStroke() {
        strokeStart = null;
        session.endGroup();
    }

    /** True between {@link #beginStroke} and {@link #endStroke}. */
    public boolean isPainting() {
        return strokeStart != null;
    }

    public void applyPreset(InputPreset preset) {
        Tensor t = session.inputProperty().get();
        int[] size = preset.fixedSize();
        int h = size == null ? t.height() : size[0];
        int w = size == null ? t.width() : size[1];
        Tensor next = Tensor.zeros(t.channels(), h, w);
        for (int c = 0; c < t.channels(); c++) {
            // Per channel, so that random fills differ between R, G and B.
            System.arraycopy(preset.values(h, w, random), 0, next.data(), c * h * w, h * w);
        }
        session.edit(Messages.TEXTS.text("undo.preset", preset.label()), () -> session.inputProperty().set(next));
    }

    /** New size (clamped to 1..64), keeping the overlapping values. */
    public void resize(int height, int width) {
        int h = Math.clamp(height, 1, MAX_SIZE);
        int w = Math.clamp(width, 1, MAX_SIZE);
        Tensor t = session.inputProperty().get();
        if (h == t.height() && w == t.width()) {
            return;
        }
        Tensor next = Tensor.zeros(t.channels(), h, w);
        for (int c = 0; c < t.channels(); c++) {
            for (int y = 0; y < Math.min(h, t.height()); y++) {
                for (int x = 0; x < Math.min(w, t.width()); x++) {
                    next.set(c, y, x, t.get(c, y, x));
                }
            }
        }
        session.edit(Messages.TEXTS.text("undo.size", h, w), () -> session.inputProperty().set(next));
    }

    /** New channel count (1..4): new channels copy channel 0; the filters follow. */
    public void setChannels(int channels) {
        int n = Math.clamp(channels, 1, MAX_CHANNELS);
        Tensor t = session.inputProperty().get();
        if (n == t.channels()) {
            return;
        }
        Tensor next = Tensor.zeros(n, t.height(), t.width());
        int plane = t.height() * t.width();
        for (int c = 0; c < n; c++) {
            System.arraycopy(t.data(), (c < t.channels() ? c : 0) * plane, next.data(), c * plane, plane);
        }
        FilterBank filters = FilterBanks.withChannels(session.filtersProperty().get(), n);
        session.edit(Messages.TEXTS.text("undo.channels", n), () -> {
            session.filtersProperty().set(filters);
            session.inputProperty().set(next);
        });
    }

    public void hover(int c, int row, int col) {
        session.hoverProperty().set(row < 0 ? HoverTarget.NONE : new HoverTarget.InputCell(c, row, col));
    }

    /** Value painted by dragging, or null when paint mode is off. */
    public ObjectProperty<Float> paintValueProperty() {
        return paintValue;
    }

    /** Marks for every channel grid: receptive field of the hovered output cell, hovered cell, unvisited lines. */
    public ReadOnlyObjectProperty<List<CellMark>> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** Padding cells drawn around the grids: {top, bottom, left, right}. */
    public ReadOnlyObjectProperty<int[]> framePaddingProperty() {
        return framePadding.getReadOnlyProperty();
    }

    private void refresh() {
        Tensor t = session.inputProperty().get();
        WindowGeometry conv = convGeometry();
        if (conv != null) {
            int[] pad = {conv.padTop(), conv.padBottom(), conv.padLeft(), conv.padRight()};
            if (!Arrays.equals(pad, framePadding.get())) {
                framePadding.set(pad);
            }
        }
        List<CellMark> marks = new ArrayList<>();
        List<LayerShape> shapes = live.analysisProperty().get();
        if (!shapes.isEmpty() && shapes.get(0).input().equals(t.shape())) {
            for (int r : shapes.get(0).unvisitedRows()) {
                for (int x = 0; x < t.width(); x++) {
                    marks.add(new CellMark(r, x, CellMark.Kind.UNVISITED));
                }
            }
            for (int col : shapes.get(0).unvisitedColumns()) {
                for (int y = 0; y < t.height(); y++) {
                    marks.add(new CellMark(y, col, CellMark.Kind.UNVISITED));
                }
            }
        }
        if (conv != null && session.hoverProperty().get() instanceof HoverTarget.MapCell m) {
            marks.addAll(receptiveField(conv, m));
        } else if (session.hoverProperty().get() instanceof HoverTarget.InputCell in
                && in.row() < t.height() && in.col() < t.width()) {
            marks.add(new CellMark(in.row(), in.col(), CellMark.Kind.HOVER));
        }
        overlay.set(List.copyOf(marks));
    }

    private List<CellMark> receptiveField(WindowGeometry conv, HoverTarget.MapCell m) {
        if (m.stage() < 2) {
            if (m.row() >= conv.outHeight() || m.col() >= conv.outWidth()) {
                return List.of();
            }
            return ReceptiveFields.window(conv, m.row(), m.col());
        }
        var layers = session.pipeline().layers();
        if (layers.size() < 3) {
            return List.of();
        }
        var pool = layers.get(2).geometry(
                new fmx.core.Shape3(1, conv.outHeight(), conv.outWidth()));
        int y0 = m.row() * pool.stride().y();
        int x0 = m.col() * pool.stride().x();
        return ReceptiveFields.windows(conv, y0, Math.min(conv.outHeight(), y0 + pool.kernel().y()),
                x0, Math.min(conv.outWidth(), x0 + pool.kernel().x()));
    }

    /** The convolution's window over the current input, or null while its settings are invalid. */
    private WindowGeometry convGeometry() {
        try {
            return session.pipeline().layers().get(0).geometry(session.inputProperty().get().shape());
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
