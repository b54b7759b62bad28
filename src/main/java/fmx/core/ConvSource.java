package fmx.core;

/**
 * What the interior loops read: an array of C x H rows, each {@code rowStride} floats apart (channels
 * {@code channelStride} apart), and per tap column kx the offset {@code tapOffset[kx]} that, added to a row's start
 * and a local output column, gives the value that tap reads: the input itself, or its phase-split copy (whole, or
 * one band of rows of it). Read-only once built.
 */
record ConvSource(float[] src, int channelStride, int rowStride, int[] tapOffset, int[][] classOffsets,
                  int rowOrigin) {
    ConvSource(float[] src, int channelStride, int rowStride, int[] tapOffset) {
        this(src, channelStride, rowStride, tapOffset, null, 0);
    }

    /**
     * This source's layout over {@code band}, which holds input rows from {@code origin} on (row iy of channel c at
     * {@code c * channelStride + (iy - origin) * rowStride}): a band of rows split for one task.
     */
    ConvSource over(float[] band, int origin) {
        return new ConvSource(band, channelStride, rowStride, tapOffset, classOffsets, origin);
    }

    /** Where output row oy's window starts in {@link #src} (input row oy*sy - padTop, possibly above the image). */
    int rowStart(int oy, int sy, int padTop) {
        return (oy * sy - padTop - rowOrigin) * rowStride;
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
        return new ConvSource(src, channelStride, rowStride, tapOffset, offsets, rowOrigin);
    }

    /**
     * The input columns [x0, x0 + width) of every row, zeros outside [0, inW), split into {@code s} phases (phase p
     * holds local columns p, p+s, ...): local column u is at {@code (u % s) * ceil(width/s) + u / s}. Tap kx of
     * local output column ox then reads local column {@code s*ox + kx*dx}. Written into a buffer taken from
     * {@code spares} (every value the kernels read is overwritten); {@code kernel} splits the inside part of each
     * row.
     */
    static ConvSource copyOf(float[] in, int channels, int inH, int inW, int x0, int width, int s, int kw, int dx,
                             ConvKernel kernel, SpareBuffers spares, Parallelism parallelism) {
        int rows = channels * inH;
        int phaseLength = (width + s - 1) / s;
        int rowStride = s * phaseLength;
        float[] out = spares.take(rows * rowStride);
        int rowsPerTask = 64;
        int tasks = (rows + rowsPerTask - 1) / rowsPerTask;
        parallelism.forEach(tasks, (long) rowsPerTask * width * 8, t -> {
            int end = Math.min(rows, (t + 1) * rowsPerTask);
            for (int r = t * rowsPerTask; r < end; r++) {
                fillRow(in, r * inW, inW, x0, width, s, phaseLength, rowStride, kernel, out, r * rowStride);
            }
        });
        return new ConvSource(out, inH * rowStride, rowStride, phaseOffsets(kw, dx, s, phaseLength));
    }

    /** Where tap kx (local column kx*dx) lies in a row split into s phases of phaseLength. */
    static int[] phaseOffsets(int kw, int dx, int s, int phaseLength) {
        int[] taps = new int[kw];
        for (int kx = 0; kx < kw; kx++) {
            int t = kx * dx;
            taps[kx] = (t % s) * phaseLength + t / s;
        }
        return taps;
    }

    /**
     * One row of the layout of {@link #copyOf}: input columns [x0, x0 + width) of the row starting at
     * {@code in[from]}, zeros outside [0, inW), split into {@code s} phases of {@code phaseLength} at {@code out[to]}
     * ({@code rowStride} values, every one written).
     */
    static void fillRow(float[] in, int from, int inW, int x0, int width, int s, int phaseLength, int rowStride,
                        ConvKernel kernel, float[] out, int to) {
        int u0 = Math.min(width, Math.max(0, -x0)); // local columns [u0, u1) lie inside the input
        int u1 = Math.max(u0, Math.min(width, inW - x0));
        // Zeros only where no input value goes: the padding, and the slots past the width at each phase's end.
        for (int u = 0; u < u0; u++) {
            out[to + (u % s) * phaseLength + u / s] = 0f;
        }
        for (int u = u1; u < rowStride; u++) {
            out[to + (u % s) * phaseLength + u / s] = 0f;
        }
        if (s == 1) {
            System.arraycopy(in, from + x0 + u0, out, to + u0, u1 - u0);
            return;
        }
        // The first columns up to a multiple of s one by one, so that the split starts at phase 0.
        int ua = Math.min(u1, u0 + Math.floorMod(-u0, s));
        for (int u = u0; u < ua; u++) {
            out[to + (u % s) * phaseLength + u / s] = in[from + x0 + u];
        }
        if (u1 > ua) {
            kernel.splitRow(in, from + x0 + ua, u1 - ua, out, to + ua / s, s, phaseLength);
        }
    }
}
