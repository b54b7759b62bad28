package fmx.core;

/**
 * What the interior loops read: an array of C x H rows, each {@code rowStride} floats apart (channels
 * {@code channelStride} apart), and per tap column kx the offset {@code tapOffset[kx]} that, added to a row's start
 * and a local output column, gives the value that tap reads. Either the input itself (or its phase-split copy), or
 * a zero-padded copy of the input's first or last columns (an edge strip). Read-only once built.
 */
record ConvSource(float[] src, int channelStride, int rowStride, int[] tapOffset, int[][] classOffsets) {
    ConvSource(float[] src, int channelStride, int rowStride, int[] tapOffset) {
        this(src, channelStride, rowStride, tapOffset, null);
    }

    /**
     * This source with, per tap class of {@link ConvPlan} ({kyFirst, kyEnd} in {@code classRows}), the offset of
     * every tap (c, ky in [kyFirst, kyEnd), kx) from the start of the output row's top input row (ky = 0): what the
     * kernels' flat tap loop adds to that row's start and the output column.
     */
    ConvSource withClasses(int[][] classRows, int channels, int dy) {
        int[][] offsets = new int[classRows.length][];
        for (int k = 0; k < classRows.length; k++) {
            int first = classRows[k][0];
            int end = classRows[k][1];
            int[] taps = new int[channels * (end - first) * tapOffset.length];
            int t = 0;
            for (int c = 0; c < channels; c++) {
                for (int ky = first; ky < end; ky++) {
                    for (int kx = 0; kx < tapOffset.length; kx++) {
                        taps[t++] = c * channelStride + ky * dy * rowStride + tapOffset[kx];
                    }
                }
            }
            offsets[k] = taps;
        }
        return new ConvSource(src, channelStride, rowStride, tapOffset, offsets);
    }

    /**
     * The input columns [x0, x0 + width) of every row, zeros outside [0, inW), split into {@code s} phases (phase p
     * holds local columns p, p+s, ...): local column u is at {@code (u % s) * ceil(width/s) + u / s}. Tap kx of
     * local output column ox then reads local column {@code s*ox + kx*dx}.
     */
    static ConvSource copyOf(float[] in, int channels, int inH, int inW, int x0, int width, int s, int kw, int dx,
                             Parallelism parallelism) {
        int rows = channels * inH;
        int phaseLength = (width + s - 1) / s;
        int rowStride = s * phaseLength;
        float[] out = new float[rows * rowStride];
        int rowsPerTask = 256;
        int tasks = (rows + rowsPerTask - 1) / rowsPerTask;
        parallelism.forEach(tasks, (long) rowsPerTask * width * 8, t -> {
            int end = Math.min(rows, (t + 1) * rowsPerTask);
            for (int r = t * rowsPerTask; r < end; r++) {
                int from = r * inW;
                int to = r * rowStride;
                int u0 = Math.max(0, -x0);
                int u1 = Math.min(width, inW - x0);
                if (s == 1) {
                    if (u1 > u0) {
                        System.arraycopy(in, from + x0 + u0, out, to + u0, u1 - u0);
                    }
                    continue;
                }
                for (int phase = 0; phase < s; phase++) {
                    int first = u0 + Math.floorMod(phase - u0, s);
                    int at = to + phase * phaseLength + first / s;
                    for (int u = first; u < u1; u += s) {
                        out[at++] = in[from + x0 + u];
                    }
                }
            }
        });
        int[] taps = new int[kw];
        for (int kx = 0; kx < kw; kx++) {
            int t = kx * dx;
            taps[kx] = (t % s) * phaseLength + t / s;
        }
        return new ConvSource(out, inH * rowStride, rowStride, taps);
    }
}
