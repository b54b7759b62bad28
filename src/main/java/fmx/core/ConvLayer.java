package fmx.core;

/**
 * A 2-D convolution layer as CNN frameworks compute it: cross-correlation of each filter with the zero-padded
 * input, plus the filter's bias. Output (n, oy, ox) = bias[n] + sum over c, ky, kx of
 * {@code w[n][c][ky][kx] * in[c][oy*sy + ky*dy - padTop][ox*sx + kx*dx - padLeft]}. With {@code flip} each
 * kernel is rotated by 180 degrees first ({@code w[n][c][kh-1-ky][kw-1-kx]}), giving the mathematical
 * convolution that {@code scipy.signal.convolve2d} computes.
 *
 * <p>Input C x H x W, filters N x C x kh x kw, output N x outH x outW (see {@link WindowGeometry}).
 */
public record ConvLayer(FilterBank filters, Int2 stride, Padding padding, Int2 dilation, boolean flip)
        implements Layer {

    /** Stride 1, no padding, no dilation, no flip. */
    public static ConvLayer of(FilterBank filters) {
        return new ConvLayer(filters, Int2.of(1), Padding.VALID, Int2.of(1), false);
    }

    @Override
    public String type() {
        return "conv";
    }

    @Override
    public WindowGeometry geometry(Shape3 input) {
        if (input.channels() != filters.channels()) {
            throw new InvalidSettingException("filters", "each filter has " + filters.channels() + " channel"
                    + (filters.channels() == 1 ? "" : "s") + ", the input to this layer has " + input.channels());
        }
        return WindowGeometry.of(input.height(), input.width(), filters.kernelSize(), stride, padding, dilation);
    }

    @Override
    public Shape3 outputShape(Shape3 input) {
        WindowGeometry g = geometry(input);
        return new Shape3(filters.count(), g.outHeight(), g.outWidth());
    }

    @Override
    public Tensor apply(Tensor input, Parallelism parallelism, Cancellation cancellation) {
        return ConvolutionEngine.selected().convolve(this, input, parallelism, cancellation);
    }

    @Override
    public long parameters() {
        return filters.parameters();
    }

    @Override
    public long multiplyAdds(Shape3 input) {
        Shape3 out = outputShape(input);
        return (long) out.height() * out.width() * filters.count() * filters.weightsPerFilter();
    }

    /** The same layer with other filters. */
    public ConvLayer withFilters(FilterBank f) {
        return new ConvLayer(f, stride, padding, dilation, flip);
    }
}
