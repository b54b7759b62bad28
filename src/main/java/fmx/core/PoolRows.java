package fmx.core;

/** Scalar pooling of a band of rows, for the fused conv-ReLU-pool path (same results as {@link PoolLayer}). */
final class PoolRows {
    private PoolRows() {}

    /** Max pooling of rows [py0, py1), channels [c0, c1), output columns [px0, outW); see {@link ConvKernel}. */
    static void max(float[] in, int inH, int inW, float[] out, int outH, int outW, int c0, int c1,
                    int py0, int py1, int kh, int kw, int sy, int sx, int px0) {
        for (int c = c0; c < c1; c++) {
            for (int py = py0; py < py1; py++) {
                int outRow = (c * outH + py) * outW;
                for (int px = px0; px < outW; px++) {
                    float acc = Float.NEGATIVE_INFINITY;
                    for (int ky = 0; ky < kh; ky++) {
                        int row = (c * inH + py * sy + ky) * inW + px * sx;
                        for (int kx = 0; kx < kw; kx++) {
                            acc = Math.max(acc, in[row + kx]);
                        }
                    }
                    out[outRow + px] = acc;
                }
            }
        }
    }

    /** Average pooling, as {@link PoolLayer} computes it (sum, then times 1/(kh*kw)). */
    static void avg(float[] in, int inH, int inW, float[] out, int outH, int outW, int c0, int c1,
                    int py0, int py1, int kh, int kw, int sy, int sx) {
        float scale = 1f / (kh * kw);
        for (int c = c0; c < c1; c++) {
            for (int py = py0; py < py1; py++) {
                int outRow = (c * outH + py) * outW;
                for (int px = 0; px < outW; px++) {
                    float acc = 0f;
                    for (int ky = 0; ky < kh; ky++) {
                        int row = (c * inH + py * sy + ky) * inW + px * sx;
                        for (int kx = 0; kx < kw; kx++) {
                            acc += in[row + kx];
                        }
                    }
                    out[outRow + px] = acc * scale;
                }
            }
        }
    }
}
