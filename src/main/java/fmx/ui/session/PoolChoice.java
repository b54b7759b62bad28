package fmx.ui.session;

import fmx.core.PoolMode;

/** Pooling after the activation: none, max or average. */
public enum PoolChoice {
    OFF("Off", null),
    MAX("Max", PoolMode.MAX),
    AVG("Average", PoolMode.AVG);

    private final String label;
    private final PoolMode mode;

    PoolChoice(String label, PoolMode mode) {
        this.label = label;
        this.mode = mode;
    }

    /** The core's mode, or null for {@link #OFF}. */
    public PoolMode mode() {
        return mode;
    }

    public static PoolChoice of(PoolMode mode) {
        return mode == PoolMode.MAX ? MAX : AVG;
    }

    @Override
    public String toString() {
        return label;
    }
}
