package fmx.ui.common;

/**
 * The window's number format; the rules live in {@link fmx.core.CompactNumber} so that exported figures print
 * numbers exactly as the screen does. Pure Java, thread-safe.
 */
public final class CompactNumber {
    private CompactNumber() {
    }

    public static String format(float value) {
        return fmx.core.CompactNumber.format(value);
    }

    public static String format(double value) {
        return fmx.core.CompactNumber.format(value);
    }

    /** The float's shortest exact decimal, for an editor: see {@link fmx.core.CompactNumber#exact(float)}. */
    public static String exact(float value) {
        return fmx.core.CompactNumber.exact(value);
    }

    static String fixed(double value, int decimals) {
        return fmx.core.CompactNumber.fixed(value, decimals);
    }
}
