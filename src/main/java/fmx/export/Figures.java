package fmx.export;

import fmx.core.ColorScale;
import fmx.core.FilterBank;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the figures of {@link FigureData}: the input, the kernels, feature maps, and the figure sheet (input,
 * kernels, the stages of every filter, legends and a caption). Titles, colour maps and number formats are the
 * window's. Filters are numbered from 1, as the window labels them. Stateless.
 */
public final class Figures {
    static final double TITLE = 13;
    static final double HEADING = 16;
    static final double CAPTION = 11;
    /** Largest cell, in points: the window's cells on a classroom grid are about this big. */
    static final double MAX_CELL = 40;

    private Figures() {
    }

    /** The input: each channel's grid with its numbers and a grey legend, or the photo. */
    public static Figure input(FigureData d) {
        return new Figure("Input", inputBlock(d, 360));
    }

    /** Every filter's kernel, channel by channel, with its bias. */
    public static Figure kernels(FigureData d) {
        return new Figure("Kernels", kernelsBlock(d, 1.0));
    }

    /**
     * Feature maps: one filter (0-based {@code filter}) or all ({@code filter < 0}), one stage or all
     * ({@code stage == null}); filters in rows, stages in columns, each with its title and legend.
     */
    public static Figure maps(FigureData d, Stage stage, int filter) {
        List<Stage> stages = stage == null ? d.stages() : List.of(stage);
        Stack rows = Stack.column(18);
        for (int n : filters(d, filter)) {
            Stack row = Stack.row(24);
            for (Stage s : stages) {
                row.add(mapPanel(d, s, n, 260, true));
            }
            rows.add(row);
        }
        return new Figure("Feature maps", rows);
    }

    /** The figure sheet: input and kernels, then per filter its stages, legends, and a caption of the settings. */
    public static Figure sheet(FigureData d) {
        double mapBox = d.photo() ? 220 : 200;
        Stack top = Stack.row(40);
        top.add(inputBlock(d, d.photo() ? 300 : 280));
        top.add(kernelsBlock(d, d.photo() ? 0.75 : 1.0));
        Stack sheet = Stack.column(22);
        sheet.add(new TextBlock("Feature maps", HEADING, true, Painter.TEXT));
        sheet.add(top);
        Stack maps = Stack.column(16);
        for (int n = 0; n < d.filterCount(); n++) {
            Stack row = Stack.row(24);
            row.add(filterLabel(n, d));
            for (Stage s : d.stages()) {
                row.add(mapPanel(d, s, n, mapBox, false));
            }
            maps.add(row);
        }
        sheet.add(maps);
        double width = Math.max(top.width(), maps.width());
        sheet.add(new TextBlock(d.caption(), CAPTION, false, Painter.MUTED, width, Painter.Align.LEFT));
        return new Figure("Figure sheet", sheet);
    }

    static List<Integer> filters(FigureData d, int filter) {
        List<Integer> list = new ArrayList<>();
        for (int n = 0; n < d.filterCount(); n++) {
            if (filter < 0 || filter == n) {
                list.add(n);
            }
        }
        return list;
    }

    private static Block filterLabel(int n, FigureData d) {
        Stack s = Stack.column(4);
        s.add(Stack.space(0, TITLE * 1.35 + 4));
        s.add(new TextBlock("Filter " + (n + 1), TITLE, true, Painter.TEXT));
        s.add(new TextBlock("bias " + fmx.core.CompactNumber.format(d.conv().filters().bias(n)), CAPTION, false,
                Painter.MUTED));
        return s;
    }

    static Block inputBlock(FigureData d, double box) {
        Tensor t = d.input();
        Stack s = Stack.column(6);
        if (d.photo()) {
            s.add(title("Input photo " + t.height() + "\u00D7" + t.width() + (t.channels() == 1 ? " grey" : " RGB")));
            s.add(new ImageBlock(t, Math.min(1.0, box / Math.max(t.height(), t.width()))));
            return s;
        }
        s.add(title("Input " + t.height() + "\u00D7" + t.width() + (t.channels() > 1 ? "\u00D7" + t.channels() : "")));
        double cell = GridBlock.fit(t.height(), t.width(), box, MAX_CELL);
        ColorScale scale = d.inputScale();
        Stack channels = Stack.row(16);
        for (int c = 0; c < t.channels(); c++) {
            Stack ch = Stack.column(4);
            if (t.channels() > 1) {
                ch.add(new TextBlock(channelName(c, t.channels()), CAPTION, false, Painter.MUTED));
            }
            ch.add(new GridBlock("input-" + c, plane(t, c), t.height(), t.width(), scale, cell));
            channels.add(ch);
        }
        s.add(channels);
        s.add(new LegendBlock(scale, Math.max(120, Math.min(channels.width(), 240))));
        return s;
    }

    static String channelName(int c, int channels) {
        return channels == 3 ? new String[] {"R", "G", "B"}[c] : "Channel " + (c + 1);
    }

    static Block kernelsBlock(FigureData d, double zoom) {
        FilterBank f = d.conv().filters();
        Stack s = Stack.column(6);
        s.add(title(f.count() == 1 ? "Kernel " + f.kernelHeight() + "\u00D7" + f.kernelWidth()
                : "Kernels " + f.count() + " \u00D7 " + f.kernelHeight() + "\u00D7" + f.kernelWidth()));
        Stack all = Stack.row(18);
        double cell = GridBlock.fit(f.kernelHeight(), f.kernelWidth(), 160 * zoom, MAX_CELL * zoom);
        for (int n = 0; n < f.count(); n++) {
            all.add(kernelBlock(d, n, cell));
        }
        s.add(all);
        return s;
    }

    static Block kernelBlock(FigureData d, int n, double cell) {
        FilterBank f = d.conv().filters();
        Stack k = Stack.column(4);
        k.add(new TextBlock("Filter " + (n + 1) + " (b = " + fmx.core.CompactNumber.format(f.bias(n)) + ")", CAPTION,
                false, Painter.MUTED));
        Stack channels = Stack.row(8);
        ColorScale scale = d.kernelScale(n);
        int per = f.kernelHeight() * f.kernelWidth();
        for (int c = 0; c < f.channels(); c++) {
            float[] w = new float[per];
            System.arraycopy(f.weights(), n * f.weightsPerFilter() + c * per, w, 0, per);
            channels.add(new GridBlock("kernel-" + n + "-" + c, w, f.kernelHeight(), f.kernelWidth(), scale, cell));
        }
        k.add(channels);
        return k;
    }

    /** Title, grid and legend of one map; {@code withFilter}: the title names the filter. */
    static Block mapPanel(FigureData d, Stage stage, int n, double box, boolean withFilter) {
        Tensor t = d.output(stage);
        double cell = GridBlock.fit(t.height(), t.width(), box, MAX_CELL);
        GridBlock grid = new GridBlock("map-" + stage.id() + "-" + n, plane(t, n), t.height(), t.width(),
                d.scale(stage, n), cell);
        Stack s = Stack.column(6);
        s.add(title((withFilter ? "Filter " + (n + 1) + " \u00B7 " : "") + stage.title() + " " + t.height()
                + "\u00D7" + t.width()));
        s.add(grid);
        s.add(new LegendBlock(d.scale(stage, n), Math.max(100, Math.min(grid.width(), 240))));
        return s;
    }

    static TextBlock title(String text) {
        return new TextBlock(text, TITLE, true, Painter.TEXT);
    }

    /** Channel {@code c} of {@code t} as its own row-major array. */
    static float[] plane(Tensor t, int c) {
        int n = t.height() * t.width();
        float[] p = new float[n];
        System.arraycopy(t.data(), c * n, p, 0, n);
        return p;
    }
}
