package fmx.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What is exported, with the formats each allows. */
public enum FigureKind {
    INPUT("input", "Input", EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)),
    KERNELS("kernels", "Kernels", EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)),
    MAPS("maps", "Feature maps", EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.CSV,
            ExportFormat.NPY)),
    STEP("step", "Animation step", EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)),
    SHEET("sheet", "Figure sheet", EnumSet.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)),
    /** Every step: an animated GIF, numbered PNG files in a folder, or a PDF with one page per step. */
    ANIMATION("animation", "Animation (all steps)", EnumSet.of(ExportFormat.GIF, ExportFormat.PNG, ExportFormat.PDF)),
    SESSION("session", "Session", EnumSet.of(ExportFormat.JSON));

    private final String id;
    private final String label;
    private final Set<ExportFormat> formats;

    FigureKind(String id, String label, Set<ExportFormat> formats) {
        this.id = id;
        this.label = label;
        this.formats = formats;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The formats this figure can be written in, in the order of {@link ExportFormat}. */
    public Set<ExportFormat> formats() {
        return EnumSet.copyOf(formats);
    }

    public boolean allows(ExportFormat f) {
        return formats.contains(f);
    }

    public static FigureKind byId(String id) {
        for (FigureKind k : values()) {
            if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
