package fmx.core;

/**
 * The original scalar convolution loop, kept as an independent second implementation that the tests check the
 * {@link ConvolutionEngine} against ({@link ConvLayer#apply} runs the engine). For each output row it adds, tap by
 * tap, one weight times a run of input values. Each tap's run of output columns whose input lies inside the image is computed up front,
 * so the inner loop has no bounds test and zero padding costs nothing (no padded copy). Work is split over
 * (filter, block of output rows); cancellation is polled per output row.
 */
final class Convolution {
    /** Output rows per parallel task: big enough to amortise the split, small enough to balance 2 to 16 cores. */
    private static final int ROWS_PER_TASK = 16;

    private Convolution() {}

    static Tensor apply(ConvLayer layer, Tensor input, Parallelism parallelism, Cancellation cancellation) {
        WindowGeometry g = layer.geometry(input.shape());
        FilterBank f = layer.filters();
        int outH = g.outHeight();
        int outW = g.outWidth();
        Tensor out = Tensor.zeros(f.count(), outH, outW);
        int blocks = (outH + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        long workPerTask = (long) Math.min(ROWS_PER_TASK, outH) * outW * f.weightsPerFilter();
        parallelism.forEach(f.count() * blocks, workPerTask, task -> {
            int n = task / blocks;
            int oy0 = (task % blocks) * ROWS_PER_TASK;
            int oy1 = Math.min(outH, oy0 + ROWS_PER_TASK);
            convolveRows(layer.flip(), g, f, n, input, out.data(), oy0, oy1, cancellation);
        });
        return out;
    }

    private static void convolveRows(boolean flip, WindowGeometry g, FilterBank f, int n, Tensor input,
                                     float[] out, int oy0, int oy1, Cancellation cancellation) {
        final float[] in = input.data();
        final float[] w = f.weightsView();
        final int channels = f.channels();
        final int kh = f.kernelHeight();
        final int kw = f.kernelWidth();
        final int inH = input.height();
        final int inW = input.width();
        final int outW = g.outWidth();
        final int sx = g.stride().x();
        final int dx = g.dilation().x();
        final int padLeft = g.padLeft();
        final float bias = f.bias(n);
        final int filterBase = n * channels * kh * kw;
        for (int oy = oy0; oy < oy1; oy++) {
            cancellation.check();
            final int outRow = (n * g.outHeight() + oy) * outW;
            for (int c = 0; c < channels; c++) {
                for (int ky = 0; ky < kh; ky++) {
                    int iy = g.inputRow(oy, ky);
                    if (iy < 0 || iy >= inH) {
                        continue; // a padding row: contributes zero
                    }
                    final int inRow = (c * inH + iy) * inW;
                    final int wky = flip ? kh - 1 - ky : ky;
                    for (int kx = 0; kx < kw; kx++) {
                        final int wkx = flip ? kw - 1 - kx : kx;
                        final float weight = w[filterBase + (c * kh + wky) * kw + wkx];
                        final int tap = kx * dx - padLeft;
                        final int oxStart = WindowGeometry.firstInside(tap, sx);
                        final int oxEnd = WindowGeometry.endInside(tap, sx, inW, outW);
                        int ix = inRow + oxStart * sx + tap;
                        if (sx == 1) {
                            for (int ox = oxStart; ox < oxEnd; ox++, ix++) {
                                out[outRow + ox] += weight * in[ix];
                            }
                        } else {
                            for (int ox = oxStart; ox < oxEnd; ox++, ix += sx) {
                                out[outRow + ox] += weight * in[ix];
                            }
                        }
                    }
                }
            }
            for (int ox = 0; ox < outW; ox++) {
                out[outRow + ox] += bias;
            }
        }
    }
}
