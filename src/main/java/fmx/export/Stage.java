package fmx.export;

import java.util.Locale;

/** The three maps a filter makes: the convolution's z, the activation's a, the pooled map. */
public enum Stage {
    CONV("conv", "Convolution z"),
    ACTIVATION("activation", "Activation a"),
    POOL("pool", "Pooled");

    private final String id;
    private final String title;

    Stage(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The command line's name, e.g. "activation". */
    public String id() {
        return id;
    }

    /** The heading the window shows above such a map, e.g. "Activation a". */
    public String title() {
        return title;
    }

    /** The stage named {@code id} (case-insensitive), or null. */
    public static Stage byId(String id) {
        for (Stage s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
