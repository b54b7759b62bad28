package fmx.core;

/**
 * N filters, each C x kh x kw weights plus one bias. Weights are flat in N-C-kh-kw order: weight (n, c, ky, kx)
 * is {@code weights[((n * C + c) * kh + ky) * kw + kx]}; biases hold N values. Any kh, kw &gt;= 1 (not only odd or
 * square). Immutable: the arrays are copied in and never handed out.
 */
public final class FilterBank {
    private final int count;
    private final int channels;
    private final int kernelHeight;
    private final int kernelWidth;
    private final float[] weights;
    private final float[] biases;

    public FilterBank(int count, int channels, int kernelHeight, int kernelWidth, float[] weights, float[] biases) {
        if (count < 1) {
            throw new InvalidSettingException("filters", "need at least one filter");
        }
        if (channels < 1 || kernelHeight < 1 || kernelWidth < 1) {
            throw new InvalidSettingException("filters", "a kernel needs at least 1 channel, row and column, got "
                    + channels + " x " + kernelHeight + " x " + kernelWidth);
        }
        long expected = (long) count * channels * kernelHeight * kernelWidth;
        if (weights.length != expected) {
            throw new InvalidSettingException("filters", weights.length + " weights given, " + count + " filters of "
                    + channels + " x " + kernelHeight + " x " + kernelWidth + " need " + expected);
        }
        if (biases.length != count) {
            throw new InvalidSettingException("filters", biases.length + " biases given for " + count + " filters");
        }
        this.count = count;
        this.channels = channels;
        this.kernelHeight = kernelHeight;
        this.kernelWidth = kernelWidth;
        this.weights = weights.clone();
        this.biases = biases.clone();
    }

    /** From nested weights [N][C][kh][kw] and biases [N]; every filter must have the same shape. */
    public static FilterBank of(float[][][][] weights, float[] biases) {
        int n = weights.length;
        if (n == 0) {
            throw new InvalidSettingException("filters", "need at least one filter");
        }
        Tensor first = Tensor.of(weights[0]);
        float[] flat = new float[Math.toIntExact(n * first.shape().volume())];
        for (int i = 0; i < n; i++) {
            Tensor t;
            try {
                t = Tensor.of(weights[i]);
            } catch (InvalidSettingException e) {
                throw e.at("filters[" + i + "]");
            }
            if (!t.shape().equals(first.shape())) {
                throw new InvalidSettingException("filters[" + i + "]", "shape " + t.shape()
                        + " differs from filters[0]'s " + first.shape() + "; all filters of a layer have one shape");
            }
            System.arraycopy(t.data(), 0, flat, i * t.data().length, t.data().length);
        }
        return new FilterBank(n, first.channels(), first.height(), first.width(), flat, biases);
    }

    /** One filter with zero bias, from [C][kh][kw]. */
    public static FilterBank single(float[][][] weights) {
        return of(new float[][][][] {weights}, new float[1]);
    }

    public int count() {
        return count;
    }

    public int channels() {
        return channels;
    }

    public int kernelHeight() {
        return kernelHeight;
    }

    public int kernelWidth() {
        return kernelWidth;
    }

    public Int2 kernelSize() {
        return Int2.of(kernelHeight, kernelWidth);
    }

    public float weight(int n, int c, int ky, int kx) {
        return weights[((n * channels + c) * kernelHeight + ky) * kernelWidth + kx];
    }

    public float bias(int n) {
        return biases[n];
    }

    /** A copy of the flat weights (N-C-kh-kw order). */
    public float[] weights() {
        return weights.clone();
    }

    /** A copy of the biases. */
    public float[] biases() {
        return biases.clone();
    }

    /** Number of weights per filter, C*kh*kw. */
    public int weightsPerFilter() {
        return channels * kernelHeight * kernelWidth;
    }

    /** Trainable parameters: (kh*kw*C + 1) * N. */
    public long parameters() {
        return ((long) weightsPerFilter() + 1) * count;
    }

    /** Package-private view on the weights for the numeric loops (not copied). */
    float[] weightsView() {
        return weights;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterBank f && count == f.count && channels == f.channels
                && kernelHeight == f.kernelHeight && kernelWidth == f.kernelWidth
                && java.util.Arrays.equals(weights, f.weights) && java.util.Arrays.equals(biases, f.biases);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(weights) * 31 + java.util.Arrays.hashCode(biases);
    }

    @Override
    public String toString() {
        return count + " filters of " + channels + " x " + kernelHeight + " x " + kernelWidth;
    }
}
