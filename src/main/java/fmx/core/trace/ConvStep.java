package fmx.core.trace;

import fmx.core.ActivationLayer;
import java.util.List;

/**
 * One step of a convolution trace: filter {@code filter}'s window at output cell ({@code outRow}, {@code outColumn}).
 *
 * <ul>
 *   <li>{@code paddedTop, paddedLeft}: the window's top-left cell in padded coordinates (0 = the first padding row);
 *       {@code top, left}: the same cell in input coordinates ({@code paddedTop - padTop}, may be negative).</li>
 *   <li>{@code taps}: C*kh*kw taps in (channel, ky, kx) order, padding taps included (input 0).</li>
 *   <li>{@code partialSums[c]}: the sum of channel c's products, in (ky, kx) order, each rounded on its own.</li>
 *   <li>{@code channelSum}: the running sum over all channels and taps in (c, ky, kx) order, skipping padding taps,
 *       as the reference loop {@code fmx.core.Convolution} accumulates; {@code z = channelSum + bias} equals
 *       {@code ConvLayer.apply} at (filter, outRow, outColumn) within float rounding (the vector engine may sum in
 *       another order). Adding the rounded {@code partialSums} may differ from {@code channelSum} in the last
 *       bits.</li>
 *   <li>{@code activation}: the layer that maps z to a, or null when none follows (then {@code a == z}).</li>
 * </ul>
 * Immutable (the arrays are not copied: treat them as read-only).
 */
public record ConvStep(int index, int filter, int outRow, int outColumn, int paddedTop, int paddedLeft, int top,
                       int left, boolean flip, List<Tap> taps, float[] partialSums, float channelSum, float bias,
                       float z, ActivationLayer activation, float a) implements TraceStep {

    /** Number of input channels. */
    public int channels() {
        return partialSums.length;
    }

    /** The taps of channel {@code c}, in (ky, kx) order. */
    public List<Tap> taps(int c) {
        int perChannel = taps.size() / partialSums.length;
        return taps.subList(c * perChannel, (c + 1) * perChannel);
    }
}
