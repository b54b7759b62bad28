package fmx.core.trace;

/**
 * One multiply of a convolution step: tap (ky, kx) of channel {@code channel} reads input cell ({@code row},
 * {@code column}) and multiplies it by the weight stored at kernel position ({@code weightRow}, {@code weightColumn}).
 *
 * <p>Coordinates are unpadded: {@code row} runs from {@code -padTop} to {@code H + padBottom - 1}, and a cell outside
 * [0, H) x [0, W) is padding ({@code padding} is true, {@code input} is 0). Without flip the weight position equals
 * the tap; with flip it is {@code (kh-1-ky, kw-1-kx)} (the kernel rotated by 180 degrees), see {@link #flipped()}.
 * {@code product = weight * input} in float arithmetic. Immutable.
 */
public record Tap(int channel, int ky, int kx, int row, int column, boolean padding,
                  int weightRow, int weightColumn, float weight, float input, float product) {

    /** True when the weight came from the rotated kernel position rather than (ky, kx). */
    public boolean flipped() {
        return weightRow != ky || weightColumn != kx;
    }
}
