package fmx.core;

/**
 * Formats numbers for cells, legends and tooltips as short as they can be read: integers without ".0"
 * ({@code 3}, {@code -12}), other values with about three significant digits ({@code 1.25}, {@code 12.3},
 * {@code 0.333}, {@code 0.042}), very small or large ones in scientific form ({@code 1.2e-5}, {@code 3.4e6}).
 * Trailing zeros are dropped and a result that rounds to zero is {@code "0"}, never {@code "-0"}.
 * Shared by the window and exported figures so that both print a number the same way. Allocation-light and
 * fast enough for thousands of cells per frame. Pure Java, thread-safe.
 */
public final class CompactNumber {
    private static final long[] POW10 = {1, 10, 100, 1000, 10000};

    private CompactNumber() {
    }

    public static String format(float value) {
        return format((double) value);
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221E" : "-\u221E";
        }
        double abs = Math.abs(value);
        if (abs < 1e6 && abs == Math.rint(abs)) {
            long n = (long) value;
            return n == 0 ? "0" : Long.toString(n);
        }
        if (abs < 0.0005 || abs >= 1e5) {
            return scientific(value);
        }
        int magnitude = (int) Math.floor(Math.log10(abs)); // -4 .. 4
        int decimals = Math.max(0, Math.min(3, 2 - magnitude));
        return fixed(value, decimals);
    }

    /**
     * The float's shortest exact decimal, without exponent or ".0" ({@code 0.12345}, {@code 3}): for an editor,
     * where rounding would change the value when the user commits it unchanged.
     */
    public static String exact(float value) {
        if (!Float.isFinite(value)) {
            return format(value);
        }
        if (value == 0) {
            return "0";
        }
        return new java.math.BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** {@code value} rounded to {@code decimals} (0..4) places, trailing zeros dropped, no "-0". */
    public static String fixed(double value, int decimals) {
        long scaled = Math.round(Math.abs(value) * POW10[decimals]);
        if (scaled == 0) {
            return "0";
        }
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        StringBuilder sb = new StringBuilder(12);
        if (value < 0) {
            sb.append('-');
        }
        long unit = POW10[decimals];
        sb.append(scaled / unit);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(scaled % unit);
            for (int i = frac.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb.toString();
    }

    private static String scientific(double value) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        double mantissa = value / Math.pow(10, exponent);
        if (Math.abs(Math.round(mantissa * 10) / 10.0) >= 10) { // 9.96e4 rounds to 10.0e4: renormalise
            exponent++;
            mantissa /= 10;
        }
        return fixed(mantissa, 1) + "e" + exponent;
    }
}
