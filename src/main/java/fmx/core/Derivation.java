package fmx.core;

/**
 * One figure of the shape arithmetic with how it was obtained: {@code quantity} ("output height"),
 * {@code formula} in symbols ("floor((in + pt + pb - d*(k-1) - 1) / s) + 1"), {@code evaluation} with the numbers
 * ("floor((5 + 0 + 0 - 1*(3-1) - 1) / 1) + 1 = 3") and the {@code value}.
 */
public record Derivation(String quantity, String formula, String evaluation, long value) {
    @Override
    public String toString() {
        return quantity + " = " + formula + " = " + evaluation;
    }
}
