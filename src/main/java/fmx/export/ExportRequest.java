package fmx.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One export: what, in which format, at which raster scale (1 to 4, for PNG and GIF), which filter (0-based, or
 * {@link #ALL}), which stage (null: every stage; for CSV and NPY: the last stage), and which animation step
 * (0-based; for {@link FigureKind#STEP}). Immutable.
 */
public record ExportRequest(FigureKind figure, ExportFormat format, int scale, int filter, Stage stage, int step) {
    public static final int ALL = -1;
    public static final int MAX_SCALE = 4;
    /** Longest animation written: a GIF of more frames is no longer a figure. */
    public static final int MAX_FRAMES = 2000;

    public static ExportRequest of(FigureKind figure, ExportFormat format) {
        return new ExportRequest(figure, format, 1, ALL, null, 0);
    }

    public ExportRequest withScale(int s) {
        return new ExportRequest(figure, format, s, filter, stage, step);
    }

    public ExportRequest withFilter(int f) {
        return new ExportRequest(figure, format, scale, f, stage, step);
    }

    public ExportRequest withStage(Stage s) {
        return new ExportRequest(figure, format, scale, filter, s, step);
    }

    public ExportRequest withStep(int k) {
        return new ExportRequest(figure, format, scale, filter, stage, k);
    }

    /** True when the result is a folder of numbered PNG files rather than one file. */
    public boolean writesFolder() {
        return figure == FigureKind.ANIMATION && format == ExportFormat.PNG;
    }

    /**
     * What is wrong with this request for {@code data} (null when nothing), worded for a person and naming the
     * option: "--format gif is for --figure animation only; --figure maps allows png, svg, pdf, csv, npy".
     */
    public String problem(FigureData data) {
        if (!figure.allows(format)) {
            List<String> allowing = java.util.Arrays.stream(FigureKind.values()).filter(k -> k.allows(format))
                    .map(k -> "--figure " + k.id()).toList();
            return "--format " + format.id() + " is for " + String.join(" or ", allowing) + " only; --figure "
                    + figure.id() + " allows " + figure.formats().stream().map(ExportFormat::id)
                    .collect(Collectors.joining(", "));
        }
        if (scale < 1 || scale > MAX_SCALE) {
            return "--scale must be 1 to " + MAX_SCALE + ", got " + scale;
        }
        if (filter != ALL && (filter < 0 || filter >= data.filterCount())) {
            return "--filter must be 1 to " + data.filterCount() + " (the session has " + data.filterCount()
                    + (data.filterCount() == 1 ? " filter" : " filters") + "), got " + (filter + 1);
        }
        if (stage != null && data.output(stage) == null) {
            return "--stage " + stage.id() + ": the session has no " + (stage == Stage.POOL ? "pooling" : "activation")
                    + " layer (stages: " + data.stages().stream().map(Stage::id).collect(Collectors.joining(", "))
                    + ")";
        }
        return null;
    }
}
