package fmx.ui.session;

import fmx.core.FilterBank;

/**
 * Edits of an immutable {@link FilterBank} that return a new bank: one weight, one bias, a whole filter, adding,
 * removing, duplicating, moving filters, resizing kernels and changing the channel count. Stateless.
 */
public final class FilterBanks {
    private FilterBanks() {}

    public static FilterBank withWeight(FilterBank f, int n, int c, int ky, int kx, float value) {
        float[] w = f.weights();
        w[((n * f.channels() + c) * f.kernelHeight() + ky) * f.kernelWidth() + kx] = value;
        return new FilterBank(f.count(), f.channels(), f.kernelHeight(), f.kernelWidth(), w, f.biases());
    }

    public static FilterBank withBias(FilterBank f, int n, float bias) {
        float[] b = f.biases();
        b[n] = bias;
        return new FilterBank(f.count(), f.channels(), f.kernelHeight(), f.kernelWidth(), f.weights(), b);
    }

    /** Filter {@code n}'s every channel slice set to {@code slice} (kh*kw values, row-major). */
    public static FilterBank withFilterSlices(FilterBank f, int n, float[] slice) {
        float[] w = f.weights();
        int per = f.kernelHeight() * f.kernelWidth();
        for (int c = 0; c < f.channels(); c++) {
            System.arraycopy(slice, 0, w, (n * f.channels() + c) * per, per);
        }
        return new FilterBank(f.count(), f.channels(), f.kernelHeight(), f.kernelWidth(), w, f.biases());
    }

    /** Filter {@code n}'s channel slice {@code c} (kh*kw values, a copy). */
    public static float[] slice(FilterBank f, int n, int c) {
        int per = f.kernelHeight() * f.kernelWidth();
        float[] s = new float[per];
        System.arraycopy(f.weights(), (n * f.channels() + c) * per, s, 0, per);
        return s;
    }

    /** A new filter inserted at {@code at}, every slice {@code slice}, bias 0. */
    public static FilterBank insert(FilterBank f, int at, float[] slice) {
        int per = f.weightsPerFilter();
        float[] w = new float[per * (f.count() + 1)];
        float[] src = f.weights();
        System.arraycopy(src, 0, w, 0, at * per);
        System.arraycopy(src, at * per, w, (at + 1) * per, (f.count() - at) * per);
        int plane = f.kernelHeight() * f.kernelWidth();
        for (int c = 0; c < f.channels(); c++) {
            System.arraycopy(slice, 0, w, at * per + c * plane, plane);
        }
        float[] b = new float[f.count() + 1];
        float[] srcB = f.biases();
        System.arraycopy(srcB, 0, b, 0, at);
        System.arraycopy(srcB, at, b, at + 1, f.count() - at);
        return new FilterBank(f.count() + 1, f.channels(), f.kernelHeight(), f.kernelWidth(), w, b);
    }

    public static FilterBank duplicate(FilterBank f, int n) {
        int per = f.weightsPerFilter();
        float[] src = f.weights();
        float[] w = new float[per * (f.count() + 1)];
        System.arraycopy(src, 0, w, 0, (n + 1) * per);
        System.arraycopy(src, n * per, w, (n + 1) * per, (f.count() - n) * per);
        float[] b = new float[f.count() + 1];
        float[] srcB = f.biases();
        System.arraycopy(srcB, 0, b, 0, n + 1);
        System.arraycopy(srcB, n, b, n + 1, f.count() - n);
        return new FilterBank(f.count() + 1, f.channels(), f.kernelHeight(), f.kernelWidth(), w, b);
    }

    public static FilterBank remove(FilterBank f, int n) {
        int per = f.weightsPerFilter();
        float[] src = f.weights();
        float[] w = new float[per * (f.count() - 1)];
        System.arraycopy(src, 0, w, 0, n * per);
        System.arraycopy(src, (n + 1) * per, w, n * per, (f.count() - n - 1) * per);
        float[] b = new float[f.count() - 1];
        float[] srcB = f.biases();
        System.arraycopy(srcB, 0, b, 0, n);
        System.arraycopy(srcB, n + 1, b, n, f.count() - n - 1);
        return new FilterBank(f.count() - 1, f.channels(), f.kernelHeight(), f.kernelWidth(), w, b);
    }

    /** Filters {@code a} and {@code b} swapped. */
    public static FilterBank swap(FilterBank f, int a, int b) {
        int per = f.weightsPerFilter();
        float[] w = f.weights();
        float[] tmp = new float[per];
        System.arraycopy(w, a * per, tmp, 0, per);
        System.arraycopy(w, b * per, w, a * per, per);
        System.arraycopy(tmp, 0, w, b * per, per);
        float[] bias = f.biases();
        float t = bias[a];
        bias[a] = bias[b];
        bias[b] = t;
        return new FilterBank(f.count(), f.channels(), f.kernelHeight(), f.kernelWidth(), w, bias);
    }

    /** Kernels resized to kh x kw, keeping the overlapping top-left weights, new ones 0. */
    public static FilterBank resize(FilterBank f, int kh, int kw) {
        float[] w = new float[f.count() * f.channels() * kh * kw];
        for (int n = 0; n < f.count(); n++) {
            for (int c = 0; c < f.channels(); c++) {
                for (int y = 0; y < Math.min(kh, f.kernelHeight()); y++) {
                    for (int x = 0; x < Math.min(kw, f.kernelWidth()); x++) {
                        w[((n * f.channels() + c) * kh + y) * kw + x] = f.weight(n, c, y, x);
                    }
                }
            }
        }
        return new FilterBank(f.count(), f.channels(), kh, kw, w, f.biases());
    }

    /** Channel count changed: existing slices kept, new slices copy slice 0 (so a preset keeps its meaning). */
    public static FilterBank withChannels(FilterBank f, int channels) {
        int plane = f.kernelHeight() * f.kernelWidth();
        float[] w = new float[f.count() * channels * plane];
        float[] src = f.weights();
        for (int n = 0; n < f.count(); n++) {
            for (int c = 0; c < channels; c++) {
                int from = (n * f.channels() + (c < f.channels() ? c : 0)) * plane;
                System.arraycopy(src, from, w, (n * channels + c) * plane, plane);
            }
        }
        return new FilterBank(f.count(), channels, f.kernelHeight(), f.kernelWidth(), w, f.biases());
    }
}
