package fmx.core;

/**
 * The numeric core again, written from the formulas only and as plainly as possible, to test the real one
 * against. It shares no code with {@code src/main}: plain arrays in, plain arrays out.
 *
 * <p>Convolution pads an explicit zero-filled copy of the input and runs a direct 6-deep loop with double
 * accumulation. Every result comes with a "magnitude" (the sum of the absolute values of the terms that were
 * added), so that tests can bound the float rounding error of the real implementation.
 */
final class NaiveReference {
    private NaiveReference() {}

    /** How to pad one convolution: explicit (py, px) on both sides, "same", or "valid". */
    sealed interface Pad {
        record Explicit(int y, int x) implements Pad {}

        record Same() implements Pad {}

        record Valid() implements Pad {}
    }

    /** Settings of one convolution, per axis vertical first. */
    record Conv(int sy, int sx, Pad pad, int dy, int dx, boolean flip) {}

    /** A result with, per value, the sum of |term| that produced it. */
    record Result(double[][][] values, double[][][] magnitude) {}

    /** Zero rows/columns {before, after} on one axis; "same" pads d*(k-1), the smaller half before. */
    static int[] sides(Pad pad, int k, int d, boolean vertical) {
        return switch (pad) {
            case Pad.Valid v -> new int[] {0, 0};
            case Pad.Explicit e -> vertical ? new int[] {e.y(), e.y()} : new int[] {e.x(), e.x()};
            case Pad.Same s -> {
                int total = d * (k - 1);
                int smaller = Math.floorDiv(total, 2);
                yield new int[] {smaller, total - smaller};
            }
        };
    }

    /**
     * floor((in + before + after - d(k-1) - 1) / s) + 1, or 0 when the dilated kernel is larger than the padded
     * input (no window fits: the setting is invalid).
     */
    static int outputSize(int in, int before, int after, int k, int s, int d) {
        int numerator = in + before + after - d * (k - 1) - 1;
        if (numerator < 0) {
            return 0;
        }
        return Math.floorDiv(numerator, s) + 1;
    }

    /** Output size with symmetric padding p: floor((in + 2p - d(k-1) - 1) / s) + 1 (0 when nothing fits). */
    static int outputSize(int in, int k, int s, int p, int d) {
        return outputSize(in, p, p, k, s, d);
    }

    /** True when every axis has at least one window position and "same" is not combined with a stride above 1. */
    static boolean isValid(int h, int w, int kh, int kw, Conv conv) {
        if (conv.pad() instanceof Pad.Same && (conv.sy() != 1 || conv.sx() != 1)) {
            return false;
        }
        int[] py = sides(conv.pad(), kh, conv.dy(), true);
        int[] px = sides(conv.pad(), kw, conv.dx(), false);
        return outputSize(h, py[0], py[1], kh, conv.sy(), conv.dy()) > 0
                && outputSize(w, px[0], px[1], kw, conv.sx(), conv.dx()) > 0;
    }

    /**
     * out[n][oy][ox] = bias[n] + sum over c, ky, kx of k[n][c][ky][kx] * padded[c][oy*sy + ky*dy][ox*sx + kx*dx],
     * with k the kernel rotated by 180 degrees when {@code flip}. Input [C][H][W], weights [N][C][kh][kw].
     */
    static Result convolve(float[][][] input, float[][][][] weights, float[] bias, Conv conv) {
        int channels = input.length;
        int h = input[0].length;
        int w = input[0][0].length;
        int filters = weights.length;
        int kh = weights[0][0].length;
        int kw = weights[0][0][0].length;
        if (!isValid(h, w, kh, kw, conv)) {
            throw new IllegalArgumentException("invalid convolution");
        }
        int[] py = sides(conv.pad(), kh, conv.dy(), true);
        int[] px = sides(conv.pad(), kw, conv.dx(), false);

        double[][][] padded = new double[channels][h + py[0] + py[1]][w + px[0] + px[1]];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    padded[c][y + py[0]][x + px[0]] = input[c][y][x];
                }
            }
        }
        double[][][][] kernel = new double[filters][channels][kh][kw];
        for (int n = 0; n < filters; n++) {
            for (int c = 0; c < channels; c++) {
                for (int ky = 0; ky < kh; ky++) {
                    for (int kx = 0; kx < kw; kx++) {
                        kernel[n][c][ky][kx] = conv.flip()
                                ? weights[n][c][kh - 1 - ky][kw - 1 - kx]
                                : weights[n][c][ky][kx];
                    }
                }
            }
        }

        int outH = outputSize(h, py[0], py[1], kh, conv.sy(), conv.dy());
        int outW = outputSize(w, px[0], px[1], kw, conv.sx(), conv.dx());
        double[][][] out = new double[filters][outH][outW];
        double[][][] magnitude = new double[filters][outH][outW];
        for (int n = 0; n < filters; n++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    double sum = bias[n];
                    double abs = Math.abs(bias[n]);
                    for (int c = 0; c < channels; c++) {
                        for (int ky = 0; ky < kh; ky++) {
                            for (int kx = 0; kx < kw; kx++) {
                                double term = kernel[n][c][ky][kx]
                                        * padded[c][oy * conv.sy() + ky * conv.dy()][ox * conv.sx() + kx * conv.dx()];
                                sum += term;
                                abs += Math.abs(term);
                            }
                        }
                    }
                    out[n][oy][ox] = sum;
                    magnitude[n][oy][ox] = abs;
                }
            }
        }
        return new Result(out, magnitude);
    }

    /** Input rows (0-based) that no tap of any window reads, found by marking every read of the padded input. */
    static int[] unvisited(int in, int before, int after, int k, int s, int d) {
        int out = outputSize(in, before, after, k, s, d);
        boolean[] read = new boolean[in + before + after];
        for (int o = 0; o < out; o++) {
            for (int t = 0; t < k; t++) {
                read[o * s + t * d] = true;
            }
        }
        return java.util.stream.IntStream.range(0, in).filter(i -> !read[i + before]).toArray();
    }

    enum Activation { IDENTITY, RELU, LEAKY_RELU, SIGMOID, TANH }

    /** f(z) in double: z; max(0, z); z if z > 0 else slope*z; 1/(1 + e^-z); tanh z. */
    static double activate(Activation f, double z, double slope) {
        return switch (f) {
            case IDENTITY -> z;
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z > 0 ? z : slope * z;
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-z));
            case TANH -> (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));
        };
    }

    /**
     * Max or average over windows of kh x kw placed at (oy*sy, ox*sx), no padding, floor mode:
     * out = floor((in - k) / s) + 1 per axis. Throws when the window is larger than the input.
     */
    static Result pool(float[][][] input, boolean max, int kh, int kw, int sy, int sx) {
        int channels = input.length;
        int h = input[0].length;
        int w = input[0][0].length;
        int outH = outputSize(h, 0, 0, kh, sy, 1);
        int outW = outputSize(w, 0, 0, kw, sx, 1);
        if (outH == 0 || outW == 0) {
            throw new IllegalArgumentException("window larger than input");
        }
        double[][][] out = new double[channels][outH][outW];
        double[][][] magnitude = new double[channels][outH][outW];
        for (int c = 0; c < channels; c++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    double best = Double.NEGATIVE_INFINITY;
                    double sum = 0;
                    double abs = 0;
                    for (int ky = 0; ky < kh; ky++) {
                        for (int kx = 0; kx < kw; kx++) {
                            double v = input[c][oy * sy + ky][ox * sx + kx];
                            best = Math.max(best, v);
                            sum += v;
                            abs += Math.abs(v);
                        }
                    }
                    out[c][oy][ox] = max ? best : sum / (kh * kw);
                    magnitude[c][oy][ox] = max ? Math.abs(best) : abs / (kh * kw);
                }
            }
        }
        return new Result(out, magnitude);
    }
}
