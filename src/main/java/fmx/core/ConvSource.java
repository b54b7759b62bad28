package fmx.core;

/**
 * What the interior loops read: an array of C x H rows, each {@code rowStride} floats apart (channels
 * {@code channelStride} apart), and per tap column kx the offset {@code tapOffset[kx]} that, added to a row's start
 * and a local output column, gives the value that tap reads. Either the input itself (or its phase-split copy), or
 * a zero-padded copy of the input's first or last columns (an edge strip). Read-only once built.
 */
record ConvSource(float[] src, int channelStride, int rowStride, int[] tapOffset) {
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
