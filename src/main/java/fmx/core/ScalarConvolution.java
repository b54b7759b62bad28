package fmx.core;

/**
 * The portable path of {@link ConvolutionEngine}, for machines where the Vector API is not compiled to vector
 * instructions (there it is many times slower than plain loops). For each output row and filter it adds, tap by
 * tap, one weight times a contiguous run of the (phase-split) input over the branch-free interior columns; the few
 * border columns are summed pixel by pixel with bounds tests. The per-pixel order of the sum (c, ky, kx, then
 * bias) is the vector path's, so the two agree within float rounding. The run loop is a simple stride-1 loop
 * that HotSpot's auto-vectoriser handles where it can. Stateless and thread-safe.
 */
final class ScalarConvolution implements ConvKernel {
    static final ScalarConvolution INSTANCE = new ScalarConvolution();

    private ScalarConvolution() {}

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void rows(ConvPlan p, int block, int oy0, int oy1, float[] out, float[] relu, Cancellation cancellation) {
        final float[] src = p.src;
        final float[] packed = p.packed;
        final int[] tapOffset = p.tapOffset;
        final int kh = p.kh;
        final int kw = p.kw;
        final int oxLo = p.oxLo;
        final int oxHi = p.oxHi;
        final int width = p.blockWidth[block];
        final int n0 = p.blockStart[block];
        for (int oy = oy0; oy < oy1; oy++) {
            cancellation.check();
            final int kyFirst = p.kyFirst(oy);
            final int kyEnd = p.kyEnd(oy);
            for (int j = 0; j < p.blockReal[block]; j++) {
                final int n = n0 + j;
                final int rowAt = (n * p.outH + oy) * p.outW;
                java.util.Arrays.fill(out, rowAt + oxLo, rowAt + oxHi, 0f);
                for (int c = 0; c < p.channels; c++) {
                    for (int ky = kyFirst; ky < kyEnd; ky++) {
                        final int srcRow = c * p.srcChannelStride + (oy * p.sy + ky * p.dy - p.padTop) * p.srcRowStride;
                        int wi = p.blockOffset[block] + (c * kh + ky) * kw * width + j;
                        for (int kx = 0; kx < kw; kx++, wi += width) {
                            final float w = packed[wi];
                            final int shift = srcRow + tapOffset[kx] - rowAt;
                            for (int i = rowAt + oxLo; i < rowAt + oxHi; i++) {
                                out[i] += w * src[i + shift];
                            }
                        }
                    }
                }
                final float bias = p.biases[n];
                for (int i = rowAt + oxLo; i < rowAt + oxHi; i++) {
                    out[i] += bias;
                }
                if (relu != null) {
                    for (int i = rowAt + oxLo; i < rowAt + oxHi; i++) {
                        relu[i] = Math.max(out[i], 0f);
                    }
                }
            }
            p.borderColumns(block, oy, out, relu);
        }
    }
}
