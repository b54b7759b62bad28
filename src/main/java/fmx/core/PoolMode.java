package fmx.core;

import java.util.Locale;

/** How a pooling window summarises its values. */
public enum PoolMode {
    MAX("max"),
    AVG("avg");

    private final String id;

    PoolMode(String id) {
        this.id = id;
    }

    /** The session format's name. */
    public String id() {
        return id;
    }

    public static PoolMode byId(String id) {
        for (PoolMode m : values()) {
            if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new InvalidSettingException("mode", "unknown pooling \"" + id + "\" (known: max, avg)");
    }
}
