package fmx.ui.session;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as people write them: "3", "-0.5", "0.333" (at most 3 significant decimals), "−" as minus sign. */
public final class Numbers {
    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        String s;
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            s = Long.toString((long) v);
        } else {
            BigDecimal d = new BigDecimal(v).round(new MathContext(Math.abs(v) >= 1 ? 4 : 3));
            s = d.stripTrailingZeros().toPlainString();
        }
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
