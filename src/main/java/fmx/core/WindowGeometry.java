package fmx.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sliding window (a convolution kernel or a pooling window) goes over an input of H x W: the one place
 * that validates window settings and computes output sizes.
 *
 * <p>Per axis, with input size {@code in}, kernel {@code k}, stride {@code s}, dilation {@code d} and padding
 * {@code before + after}: effective extent {@code e = d*(k-1) + 1} and
 * {@code out = floor((in + before + after - e) / s) + 1}. Output (oy, ox), tap (ky, kx) reads input row
 * {@code oy*sy + ky*dy - padTop} and column {@code ox*sx + kx*dx - padLeft}; outside the input it reads zero.
 * Immutable.
 */
public record WindowGeometry(int inHeight, int inWidth, Int2 kernel, Int2 stride, Int2 dilation,
                             int padTop, int padBottom, int padLeft, int padRight, int outHeight, int outWidth) {

    /**
     * Validates and resolves a window. Throws {@link InvalidSettingException} naming the field
     * ({@code stride: must be a positive integer, got 0}) or the conflict (kernel larger than the padded input).
     */
    public static WindowGeometry of(int inHeight, int inWidth, Int2 kernel, Int2 stride, Padding padding, Int2 dilation) {
        requirePositive("kernel", kernel);
        requirePositive("stride", stride);
        requirePositive("dilation", dilation);
        // In long: a huge dilation or padding must give a message, not wrap around.
        long[] py = sides(padding, kernel.y(), dilation.y(), stride.y(), true);
        long[] px = sides(padding, kernel.x(), dilation.x(), stride.x(), false);
        long extentY = (long) (kernel.y() - 1) * dilation.y() + 1;
        long extentX = (long) (kernel.x() - 1) * dilation.x() + 1;
        long paddedH = inHeight + py[0] + py[1];
        long paddedW = inWidth + px[0] + px[1];
        if (extentY > paddedH || extentX > paddedW) {
            boolean padded = paddedH != inHeight || paddedW != inWidth;
            throw new InvalidSettingException("the " + describeWindow(kernel, dilation, extentY, extentX)
                    + " is larger than the " + (padded ? "padded input (" + paddedH + "x" + paddedW + ", from "
                    + inHeight + "x" + inWidth + " with padding)" : "input (" + inHeight + "x" + inWidth + ")"));
        }
        if (paddedH > Integer.MAX_VALUE || paddedW > Integer.MAX_VALUE) {
            throw new InvalidSettingException("padding", "the padded input would be "
                    + (paddedH > Integer.MAX_VALUE ? paddedH + " rows" : paddedW + " columns")
                    + ", more than the largest size (" + Integer.MAX_VALUE + ")");
        }
        int outH = (int) ((paddedH - extentY) / stride.y() + 1);
        int outW = (int) ((paddedW - extentX) / stride.x() + 1);
        return new WindowGeometry(inHeight, inWidth, kernel, stride, dilation, (int) py[0], (int) py[1],
                (int) px[0], (int) px[1], outH, outW);
    }

    /** A pooling window: no padding, no dilation, floor mode. */
    public static WindowGeometry pooling(int inHeight, int inWidth, Int2 size, Int2 stride) {
        requirePositive("size", size); // the session calls a pool's window "size", not "kernel"
        return of(inHeight, inWidth, size, stride, Padding.VALID, Int2.of(1));
    }

    /** Effective extent of a dilated kernel on one axis: {@code (k-1)*d + 1}. */
    public static int extent(int kernel, int dilation) {
        return (kernel - 1) * dilation + 1;
    }

    public int extentY() {
        return extent(kernel.y(), dilation.y());
    }

    public int extentX() {
        return extent(kernel.x(), dilation.x());
    }

    public int paddedHeight() {
        return inHeight + padTop + padBottom;
    }

    public int paddedWidth() {
        return inWidth + padLeft + padRight;
    }

    /** Rows of the padded input left over after the last window: nonzero when the stride does not divide evenly. */
    public int remainderY() {
        return (paddedHeight() - extentY()) % stride.y();
    }

    public int remainderX() {
        return (paddedWidth() - extentX()) % stride.x();
    }

    /** Input rows (0-based, padding excluded) that no tap of any window reads. */
    public int[] unvisitedRows() {
        return unvisited(inHeight, outHeight, kernel.y(), stride.y(), dilation.y(), padTop);
    }

    /** Input columns (0-based, padding excluded) that no tap of any window reads. */
    public int[] unvisitedColumns() {
        return unvisited(inWidth, outWidth, kernel.x(), stride.x(), dilation.x(), padLeft);
    }

    /** Input row read by output row {@code oy} and tap row {@code ky}; may be outside [0, H) (padding). */
    public int inputRow(int oy, int ky) {
        return oy * stride.y() + ky * dilation.y() - padTop;
    }

    /** Input column read by output column {@code ox} and tap column {@code kx}; may be outside [0, W) (padding). */
    public int inputColumn(int ox, int kx) {
        return ox * stride.x() + kx * dilation.x() - padLeft;
    }

    /**
     * First output index whose tap at offset {@code tapOffset} (= k*d - padBefore) reads inside [0, in): the
     * start of the branch-free range for that tap.
     */
    static int firstInside(int tapOffset, int stride) {
        return tapOffset >= 0 ? 0 : ceilDiv(-tapOffset, stride);
    }

    /** One past the last output index whose tap at {@code tapOffset} reads inside [0, in), clamped to out. */
    static int endInside(int tapOffset, int stride, int in, int out) {
        int last = in - 1 - tapOffset;
        if (last < 0) {
            return 0;
        }
        return Math.min(out, last / stride + 1);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int[] unvisited(int in, int out, int k, int s, int d, int before) {
        boolean[] seen = new boolean[in];
        for (int o = 0; o < out; o++) {
            for (int t = 0; t < k; t++) {
                int i = o * s + t * d - before;
                if (i >= 0 && i < in) {
                    seen[i] = true;
                }
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < in; i++) {
            if (!seen[i]) {
                missing.add(i);
            }
        }
        return missing.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long[] sides(Padding padding, int k, int d, int s, boolean vertical) {
        return switch (padding) {
            case Padding.Valid v -> new long[] {0, 0};
            case Padding.Explicit e -> {
                int p = vertical ? e.y() : e.x();
                if (p < 0) {
                    throw new InvalidSettingException("padding", "must be 0 or more, got " + p);
                }
                yield new long[] {p, p};
            }
            case Padding.Same same -> {
                if (s != 1) {
                    throw new InvalidSettingException("padding", "\"same\" needs stride 1 on every axis, got stride " + s
                            + (vertical ? " vertically" : " horizontally")
                            + " (with a larger stride the output cannot keep the input's size)");
                }
                long total = (long) d * (k - 1);
                yield new long[] {total / 2, total - total / 2};
            }
        };
    }

    private static void requirePositive(String field, Int2 v) {
        if (v.y() < 1 || v.x() < 1) {
            int bad = v.y() < 1 ? v.y() : v.x();
            throw new InvalidSettingException(field, "must be a positive integer, got " + bad);
        }
    }

    private static String describeWindow(Int2 kernel, Int2 dilation, long extentY, long extentX) {
        String size = kernel.y() + "x" + kernel.x();
        if (dilation.y() == 1 && dilation.x() == 1) {
            return "window (" + size + ")";
        }
        return "window (" + size + ", dilated to " + extentY + "x" + extentX + ")";
    }
}
