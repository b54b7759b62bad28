package fmx.core;

/**
 * The convolution written straight from its definition (in double precision), for the engine's tests only:
 * out(n, oy, ox) = bias[n] + sum over c, ky, kx of w[n][c][ky'][kx'] * in[c][oy*sy + ky*dy - padTop][ox*sx + kx*dx - padLeft],
 * zero outside the input, with ky' = kh-1-ky and kx' = kw-1-kx when flipped. Also returns, per output value, the sum of
 * |w * in| over its taps, which bounds the float rounding error of any summation order.
 */
final class EngineReference {
    final double[] values;
    final double[] magnitudes;

    EngineReference(ConvLayer layer, Tensor in) {
        FilterBank f = layer.filters();
        Shape3 outShape = layer.outputShape(in.shape());
        WindowGeometry g = layer.geometry(in.shape());
        int n = f.count();
        int kh = f.kernelHeight();
        int kw = f.kernelWidth();
        values = new double[(int) outShape.volume()];
        magnitudes = new double[values.length];
        int i = 0;
        for (int filter = 0; filter < n; filter++) {
            for (int oy = 0; oy < outShape.height(); oy++) {
                for (int ox = 0; ox < outShape.width(); ox++, i++) {
                    double sum = f.bias(filter);
                    double magnitude = Math.abs(f.bias(filter));
                    for (int c = 0; c < f.channels(); c++) {
                        for (int ky = 0; ky < kh; ky++) {
                            for (int kx = 0; kx < kw; kx++) {
                                int iy = oy * g.stride().y() + ky * g.dilation().y() - g.padTop();
                                int ix = ox * g.stride().x() + kx * g.dilation().x() - g.padLeft();
                                if (iy < 0 || iy >= in.height() || ix < 0 || ix >= in.width()) {
                                    continue;
                                }
                                float w = layer.flip() ? f.weight(filter, c, kh - 1 - ky, kw - 1 - kx)
                                        : f.weight(filter, c, ky, kx);
                                double term = (double) w * in.get(c, iy, ix);
                                sum += term;
                                magnitude += Math.abs(term);
                            }
                        }
                    }
                    values[i] = sum;
                    magnitudes[i] = magnitude;
                }
            }
        }
    }
}
