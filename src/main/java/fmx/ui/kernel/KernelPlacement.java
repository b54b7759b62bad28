package fmx.ui.kernel;

import fmx.core.FilterBank;
import fmx.core.Int2;

/**
 * Puts one square kernel into a filter of a bank whose filters all share one kh x kw window. The window becomes the
 * kernel's, or bigger only as far as the other filters' non-zero weights need: they are kept centred (cropped or
 * padded evenly on both sides), so that no weight of theirs is lost and their anchor, the centre of an odd window,
 * stays where it was. (The size spinners keep the top-left weights instead; there the user edits cells by hand.)
 * Stateless.
 */
final class KernelPlacement {
    private KernelPlacement() {}

    /** The window {@code bank} gets when filter {@code n} receives a {@code size} x {@code size} kernel. */
    static Int2 window(FilterBank bank, int n, int size) {
        int rowLow = Integer.MAX_VALUE;
        int rowHigh = -1;
        int colLow = Integer.MAX_VALUE;
        int colHigh = -1;
        for (int m = 0; m < bank.count(); m++) {
            if (m == n) {
                continue;
            }
            for (int c = 0; c < bank.channels(); c++) {
                for (int y = 0; y < bank.kernelHeight(); y++) {
                    for (int x = 0; x < bank.kernelWidth(); x++) {
                        if (bank.weight(m, c, y, x) != 0) {
                            rowLow = Math.min(rowLow, y);
                            rowHigh = Math.max(rowHigh, y);
                            colLow = Math.min(colLow, x);
                            colHigh = Math.max(colHigh, x);
                        }
                    }
                }
            }
        }
        return new Int2(side(size, bank.kernelHeight(), rowLow, rowHigh), side(size, bank.kernelWidth(), colLow, colHigh));
    }

    /**
     * The smallest side from {@code size} up, in steps of 2 (the kernel stays exactly centred), whose centred crop of
     * {@code old} keeps the others' weights at {@code low..high}; none (high below 0): {@code size}.
     */
    private static int side(int size, int old, int low, int high) {
        int side = size;
        while (high >= 0 && (offset(old, side) > low || offset(old, side) + side <= high)) {
            side += 2; // ends by side >= old, where the offset is 0 or below and the crop holds the whole old window
        }
        return side;
    }

    /** Where a centred window of {@code side} starts in one of {@code old} (negative: it pads). */
    private static int offset(int old, int side) {
        return Math.floorDiv(old - side, 2);
    }

    /**
     * {@code bank} with its window set to {@link #window} and filter {@code n}'s every channel slice holding
     * {@code kernel} ({@code size * size} weights, row-major) centred, zeros around; other filters and biases kept.
     */
    static FilterBank withKernel(FilterBank bank, int n, float[] kernel, int size) {
        Int2 window = window(bank, n, size);
        int kh = window.y();
        int kw = window.x();
        int oy = offset(bank.kernelHeight(), kh);
        int ox = offset(bank.kernelWidth(), kw);
        float[] w = new float[bank.count() * bank.channels() * kh * kw];
        for (int m = 0; m < bank.count(); m++) {
            for (int c = 0; c < bank.channels(); c++) {
                int base = (m * bank.channels() + c) * kh * kw;
                if (m == n) {
                    int ky0 = (kh - size) / 2;
                    int kx0 = (kw - size) / 2;
                    for (int y = 0; y < size; y++) {
                        System.arraycopy(kernel, y * size, w, base + (ky0 + y) * kw + kx0, size);
                    }
                    continue;
                }
                for (int y = Math.max(0, -oy); y < Math.min(kh, bank.kernelHeight() - oy); y++) {
                    for (int x = Math.max(0, -ox); x < Math.min(kw, bank.kernelWidth() - ox); x++) {
                        w[base + y * kw + x] = bank.weight(m, c, y + oy, x + ox);
                    }
                }
            }
        }
        return new FilterBank(bank.count(), bank.channels(), kh, kw, w, bank.biases());
    }
}
