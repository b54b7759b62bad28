package fmx.core.trace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Compact number text for equations: integers without ".0", -0 as "0", at most {@code decimals} decimals with
 * trailing zeros dropped ({@code decimals < 0}: the shortest text that reads back as the same float). Values too
 * small to show at that many decimals, or of 10^7 and more, use scientific form "1.23e-5". Rounding starts from the
 * float's shortest decimal text, so 0.1f shows as 0.1, never 0.10000000149. Stateless.
 */
public final class NumberText {
    private static final BigDecimal LARGE = BigDecimal.valueOf(10_000_000);

    private NumberText() {}

    /** Plain text, e.g. "3", "-1.5", "0.3333", "1.2e-5". */
    public static String plain(float v, int decimals) {
        if (Float.isNaN(v)) {
            return "NaN";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0f) {
            return "0";
        }
        if (v == (int) v && Math.abs(v) < 1e7f) {
            return Integer.toString((int) v); // the common classroom case, without BigDecimal
        }
        BigDecimal exact = new BigDecimal(Float.toString(v));
        if (exact.abs().compareTo(LARGE) >= 0) {
            return scientific(decimals < 0 ? exact : exact.round(new MathContext(Math.max(decimals, 1) + 1)));
        }
        if (decimals < 0) {
            return exact.stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return scientific(exact.round(new MathContext(3)));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** As an operand: negative numbers in parentheses, "(-1)". */
    public static String operand(float v, int decimals) {
        String s = plain(v, decimals);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** LaTeX, e.g. "-1.5", "1.2\times 10^{-5}", "\infty". */
    public static String latex(float v, int decimals) {
        return toLatex(plain(v, decimals));
    }

    /** LaTeX operand: negative numbers in parentheses. */
    public static String latexOperand(float v, int decimals) {
        return toLatex(operand(v, decimals));
    }

    private static String toLatex(String s) {
        String t = s.replace("∞", "\\infty");
        int e = t.indexOf('e');
        if (e < 0) {
            return t;
        }
        String exponent = t.substring(e + 1).replace(")", "");
        String close = t.endsWith(")") ? ")" : "";
        return t.substring(0, e) + "\\times 10^{" + exponent + "}" + close;
    }

    private static String scientific(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        BigDecimal mantissa = stripped.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
