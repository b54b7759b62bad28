package fmx.core.trace;

import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.InvalidSettingException;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one filter of a convolution, one per output cell in row-major order: step {@code i} is output cell
 * ({@code i / outW}, {@code i % outW}), and there are {@code outH * outW} steps.
 *
 * <p>Nothing is precomputed: {@link #step(int)} computes one step from its index in O(C*kh*kw), so a trace of any
 * size costs nothing until a step is asked for. z is accumulated in the reference loop's order (per channel, per
 * tap row, per tap column, skipping padding, then the bias); it equals {@link ConvLayer#apply} at (filter, oy, ox)
 * within float rounding, since the vector engine may sum in another order; a = {@link ActivationLayer#apply(float)} of z, or z with no activation.
 *
 * <p>Immutable and thread-safe as long as nobody writes into the input tensor.
 */
public final class ConvTrace extends SteppedTrace {
    private final Tensor input;
    private final ConvLayer layer;
    private final int filter;
    private final ActivationLayer activation;

    private ConvTrace(Tensor input, ConvLayer layer, int filter, ActivationLayer activation) {
        super(layer.geometry(input.shape()), "output cell");
        this.input = input;
        this.layer = layer;
        this.filter = filter;
        this.activation = activation;
    }

    /**
     * The trace of filter {@code filter} of {@code layer} over {@code input} (C x H x W), followed by
     * {@code activation} (null for none). Throws {@link InvalidSettingException} when the layer does not fit the
     * input or the filter index is out of range.
     */
    public static ConvTrace of(Tensor input, ConvLayer layer, int filter, ActivationLayer activation) {
        int count = layer.filters().count();
        if (filter < 0 || filter >= count) {
            throw new InvalidSettingException("filter", "index " + filter + " is out of range: the layer has "
                    + count + " filter" + (count == 1 ? "" : "s") + " (0 to " + (count - 1) + ")");
        }
        return new ConvTrace(input, layer, filter, activation);
    }

    public Tensor input() {
        return input;
    }

    public ConvLayer layer() {
        return layer;
    }

    public int filter() {
        return filter;
    }

    /** The activation applied to z, or null. */
    public ActivationLayer activation() {
        return activation;
    }

    /** Step {@code i}, computed now. */
    public ConvStep step(int i) {
        int oy = outRow(i);
        int ox = outColumn(i);
        FilterBank f = layer.filters();
        int channels = f.channels();
        int kh = f.kernelHeight();
        int kw = f.kernelWidth();
        boolean flip = layer.flip();
        List<Tap> taps = new ArrayList<>(channels * kh * kw);
        float[] partial = new float[channels];
        float acc = 0f;
        for (int c = 0; c < channels; c++) {
            float channelAcc = 0f;
            for (int ky = 0; ky < kh; ky++) {
                int row = geometry.inputRow(oy, ky);
                int wky = flip ? kh - 1 - ky : ky;
                for (int kx = 0; kx < kw; kx++) {
                    int column = geometry.inputColumn(ox, kx);
                    int wkx = flip ? kw - 1 - kx : kx;
                    float weight = f.weight(filter, c, wky, wkx);
                    boolean padding = !inside(row, column);
                    float value = padding ? 0f : input.get(c, row, column);
                    float product = weight * value;
                    if (!padding) {
                        acc += product; // the core skips padding taps: keep its rounding exactly
                        channelAcc += product;
                    }
                    taps.add(new Tap(c, ky, kx, row, column, padding, wky, wkx, weight, value, product));
                }
            }
            partial[c] = channelAcc;
        }
        float bias = f.bias(filter);
        float z = acc + bias;
        int paddedTop = oy * geometry.stride().y();
        int paddedLeft = ox * geometry.stride().x();
        return new ConvStep(i, filter, oy, ox, paddedTop, paddedLeft, paddedTop - geometry.padTop(),
                paddedLeft - geometry.padLeft(), flip, List.copyOf(taps), partial, acc, bias, z, activation,
                activate(z));
    }

    /** z at output cell (oy, ox) without building a step (no allocation); same value as {@code step(i).z()}. */
    public float z(int oy, int ox) {
        FilterBank f = layer.filters();
        int kh = f.kernelHeight();
        int kw = f.kernelWidth();
        boolean flip = layer.flip();
        float acc = 0f;
        for (int c = 0; c < f.channels(); c++) {
            for (int ky = 0; ky < kh; ky++) {
                int row = geometry.inputRow(oy, ky);
                if (row < 0 || row >= input.height()) {
                    continue;
                }
                int wky = flip ? kh - 1 - ky : ky;
                for (int kx = 0; kx < kw; kx++) {
                    int column = geometry.inputColumn(ox, kx);
                    if (column >= 0 && column < input.width()) {
                        acc += f.weight(filter, c, wky, flip ? kw - 1 - kx : kx) * input.get(c, row, column);
                    }
                }
            }
        }
        return acc + f.bias(filter);
    }

    /** a at output cell (oy, ox): the activation of {@link #z(int, int)}. */
    public float a(int oy, int ox) {
        return activate(z(oy, ox));
    }

    /** The activation map a of this filter as a lazily computed grid (outH x outW), for pooling traces. */
    public ValueGrid activationMap() {
        return new ValueGrid() {
            @Override
            public int height() {
                return geometry.outHeight();
            }

            @Override
            public int width() {
                return geometry.outWidth();
            }

            @Override
            public float get(int y, int x) {
                return a(y, x);
            }
        };
    }

    private float activate(float z) {
        return activation == null ? z : activation.apply(z);
    }

    private boolean inside(int row, int column) {
        return row >= 0 && row < input.height() && column >= 0 && column < input.width();
    }
}
