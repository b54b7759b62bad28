package fmx.core.trace;

/**
 * How an equation is written: at most {@code maxTerms} products per channel (and values per pooling window) and
 * {@code maxChannels} channel groups, the middle elided with "…" beyond that; numbers with at most {@code decimals}
 * decimals (negative: the shortest text that reads back as the same float, see {@link NumberText}).
 */
public record EquationStyle(int maxTerms, int maxChannels, int decimals) {
    /** For display next to the animation: a 3x3 kernel is written whole, bigger ones are elided; 4 decimals. */
    public static final EquationStyle COMPACT = new EquationStyle(9, 4, 4);
    /** Every term, 4 decimals: for copying. */
    public static final EquationStyle FULL = new EquationStyle(Integer.MAX_VALUE, Integer.MAX_VALUE, 4);
    /** Every term, every float exactly (shortest round-trip text). */
    public static final EquationStyle EXACT = new EquationStyle(Integer.MAX_VALUE, Integer.MAX_VALUE, -1);

    public EquationStyle {
        if (maxTerms < 2 || maxChannels < 2) {
            throw new IllegalArgumentException("an equation shows at least 2 terms and 2 channels, got "
                    + maxTerms + " and " + maxChannels);
        }
    }
}
