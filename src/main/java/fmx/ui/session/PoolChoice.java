package fmx.ui.session;

import fmx.core.PoolMode;

/** Pooling after the activation: none, max or average. */
public enum PoolChoice {
    OFF(null),
    MAX(PoolMode.MAX),
    AVG(PoolMode.AVG);

    private final PoolMode mode;

    PoolChoice(PoolMode mode) {
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
        return Messages.TEXTS.text("pool." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
