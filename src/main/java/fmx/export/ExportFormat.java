package fmx.export;

import java.util.Locale;

/** The file formats of an export, with their file extension. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG (vector)"),
    PDF("pdf", "PDF (vector)"),
    GIF("gif", "Animated GIF"),
    CSV("csv", "CSV numbers"),
    NPY("npy", "NumPy .npy"),
    JSON("json", "Session JSON");

    private final String id;
    private final String label;

    ExportFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The command line's name and the file extension, e.g. "png". */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static ExportFormat byId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
