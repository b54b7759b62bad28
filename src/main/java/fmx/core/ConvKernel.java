package fmx.core;

/**
 * One implementation of the inner convolution loops ({@link VectorConvolution} or {@link ScalarConvolution}).
 * Both compute the same sums in the same (c, ky, kx) order, so they agree within float rounding (the vector path
 * fuses each multiply-add).
 */
interface ConvKernel {
    /**
     * Output rows [oy0, oy1) of the real filters of {@code block}: writes the convolution (bias added) into
     * {@code out} (N x outH x outW) and, when {@code relu} is not null, max(0, value) into {@code relu}.
     * Polls {@code cancellation} per row.
     */
    void rows(ConvPlan plan, int block, int oy0, int oy1, float[] out, float[] relu, Cancellation cancellation);

    /**
     * Max pooling of rows [py0, py1) of channels [c0, c1) with a window of {@code kh x kw}, stride
     * {@code sy x sx}: {@code in} is C x inH x inW, {@code out} C x outH x outW (the pooled sizes).
     */
    default void maxPoolRows(float[] in, int inH, int inW, float[] out, int outH, int outW, int c0, int c1,
                             int py0, int py1, int kh, int kw, int sy, int sx) {
        PoolRows.max(in, inH, inW, out, outH, outW, c0, c1, py0, py1, kh, kw, sy, sx, 0);
    }

    /**
     * Splits one input row {@code in[from, from + inW)} into {@code s} phases at {@code out[to...]}: phase p (columns
     * p, p+s, p+2s...) starts at {@code to + p * phaseLength}.
     */
    default void splitRow(float[] in, int from, int inW, float[] out, int to, int s, int phaseLength) {
        // Phase by phase: no division or remainder per value.
        for (int phase = 0; phase < s; phase++) {
            int at = to + phase * phaseLength;
            for (int ix = phase; ix < inW; ix += s) {
                out[at++] = in[from + ix];
            }
        }
    }

    /**
     * Whether this kernel reads a stride &gt; 1 input through {@link ConvPlan#source}, split band by band, rather
     * than through {@link ConvPlan#src}, split whole.
     */
    default boolean splitsPerBand() {
        return false;
    }

    String name();
}
