package fmx.core;

import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The classic image-processing kernels, sized to any kh x kw (up to {@link PhotoKernel#MAX_SIZE} per axis in the
 * app) where the idea carries over: smoothing kernels use binomial (Gaussian-like) weights, derivative kernels a
 * smoothed central difference. At 3 x 3 each gives its textbook values (Sobel x = [[-1 0 1] [-2 0 2] [-1 0 1]],
 * vertical edge rows (1 0 -1)...). The photo kernels (Laplacian and difference of Gaussians, motion blur, Gabor)
 * fit their scale to the window here: sigma = (min(kh, kw) - 1) / 6, so the window reaches 3 sigma; to set sigma,
 * wavelength or angle directly, and get the window from them, use {@link PhotoKernel}, which samples the same
 * functions. Weights come as a flat row-major array of kh*kw values, to be copied into every channel slice.
 * Stateless.
 */
public enum KernelPreset {
    IDENTITY("Identity", "Copies the input: 1 at the centre, 0 elsewhere."),
    BOX_BLUR("Box blur", "Averages the window: every weight 1 / (kh*kw)."),
    GAUSSIAN("Gaussian blur", "Weighted average, centre counts most (binomial weights)."),
    SHARPEN("Sharpen", "Boosts the centre against its neighbours."),
    SOBEL_X("Sobel x", "Responds to left-right changes (vertical edges), smoothed vertically."),
    SOBEL_Y("Sobel y", "Responds to top-bottom changes (horizontal edges), smoothed horizontally."),
    PREWITT_X("Prewitt x", "Left-right change, every row weighted equally."),
    PREWITT_Y("Prewitt y", "Top-bottom change, every column weighted equally."),
    LAPLACIAN("Laplacian", "Second derivative: the centre against its four neighbours."),
    EMBOSS("Emboss", "Light from the top left: a relief effect."),
    OUTLINE("Outline", "The centre against all its neighbours: outlines shapes."),
    VERTICAL_EDGE("Vertical edge", "Rows (1 0 -1): bright on the left, dark on the right."),
    HORIZONTAL_EDGE("Horizontal edge", "Columns (1 0 -1): bright above, dark below."),
    LAPLACIAN_OF_GAUSSIAN("Laplacian of Gaussian", "Blobs and edges at the window's scale, noise smoothed away."),
    DIFFERENCE_OF_GAUSSIANS("Difference of Gaussians", "A narrow blur minus a wide one: a band of detail sizes."),
    MOTION_BLUR("Motion blur", "A horizontal streak: the camera moved sideways."),
    GABOR("Gabor", "Vertical stripes under a Gaussian: what a CNN's first layer often learns."),
    RANDOM("Random", "Random integers from -2 to 2.");

    private final String label;
    private final String description;

    KernelPreset(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** One sentence for a tooltip. */
    public String description() {
        return description;
    }

    /** The kernel for {@code kh x kw}, row-major; {@code random} is only used by {@link #RANDOM}. */
    public float[] weights(int kh, int kw, RandomGenerator random) {
        if (kh < 1 || kw < 1) {
            throw new InvalidSettingException("kernel", "needs at least 1 row and column, got " + kh + "x" + kw);
        }
        return switch (this) {
            case IDENTITY -> centre(kh, kw, 1f);
            case BOX_BLUR -> fill(kh, kw, 1f / (kh * kw));
            case GAUSSIAN -> scale(outer(binomial(kh), binomial(kw)), 1f / (sum(binomial(kh)) * sum(binomial(kw))));
            case SHARPEN -> sharpen(kh, kw);
            case SOBEL_X -> outer(binomial(kh), derivative(kw));
            case SOBEL_Y -> outer(derivative(kh), binomial(kw));
            case PREWITT_X -> outer(fill(kh, 1, 1f), halves(kw));
            case PREWITT_Y -> outer(halves(kh), fill(kw, 1, 1f));
            case LAPLACIAN -> laplacian(kh, kw);
            case EMBOSS -> emboss(kh, kw);
            case OUTLINE -> outline(kh, kw);
            case VERTICAL_EDGE -> outer(fill(kh, 1, 1f), negate(halves(kw)));
            case HORIZONTAL_EDGE -> outer(negate(halves(kh)), fill(kw, 1, 1f));
            case LAPLACIAN_OF_GAUSSIAN -> KernelFunctions.laplacianOfGaussian(kh, kw, fittedSigma(kh, kw));
            case DIFFERENCE_OF_GAUSSIANS -> KernelFunctions.differenceOfGaussians(kh, kw,
                    fittedSigma(kh, kw) / DOG_RATIO, fittedSigma(kh, kw));
            case MOTION_BLUR -> KernelFunctions.motionBlur(kh, kw, kw, 0);
            case GABOR -> KernelFunctions.gabor(kh, kw, Math.max(2, Math.min(kh, kw) / 2.0), fittedSigma(kh, kw),
                    1, 0, 0);
            case RANDOM -> randomIntegers(kh * kw, random);
        };
    }

    /** As {@link #weights(int, int, RandomGenerator)} with a fresh random source. */
    public float[] weights(int kh, int kw) {
        return weights(kh, kw, new Random());
    }

    @Override
    public String toString() {
        return label;
    }

    /** The usual ratio of the two sigmas of a difference of Gaussians (close to a Laplacian of Gaussian). */
    static final double DOG_RATIO = 1.6;

    /** A sigma whose 3-sigma reach fills the window. */
    private static double fittedSigma(int kh, int kw) {
        return Math.max(Math.min(kh, kw) - 1, 1) / 6.0;
    }

    private static float[] centre(int kh, int kw, float value) {
        float[] w = new float[kh * kw];
        w[((kh - 1) / 2) * kw + (kw - 1) / 2] = value;
        return w;
    }

    private static float[] fill(int kh, int kw, float value) {
        float[] w = new float[kh * kw];
        java.util.Arrays.fill(w, value);
        return w;
    }

    /** Row k of Pascal's triangle as a 1-D kernel of length n: 1, 1 1, 1 2 1, 1 3 3 1... */
    static float[] binomial(int n) {
        float[] b = new float[n];
        b[0] = 1;
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0; j--) {
                b[j] += b[j - 1];
            }
        }
        return b;
    }

    /** Smoothed central difference of length n: binomial(n-2) convolved with (-1 0 1); (-1 1) at 2, (0) at 1. */
    static float[] derivative(int n) {
        if (n == 1) {
            return new float[] {0};
        }
        if (n == 2) {
            return new float[] {-1, 1};
        }
        float[] b = binomial(n - 2);
        float[] d = new float[n];
        for (int i = 0; i < b.length; i++) {
            d[i] -= b[i];
            d[i + 2] += b[i];
        }
        return d;
    }

    /** -1 on the first half, +1 on the second, 0 in the middle when n is odd. */
    private static float[] halves(int n) {
        float[] h = new float[n];
        for (int i = 0; i < n; i++) {
            h[i] = Integer.signum(2 * i - (n - 1));
        }
        return h;
    }

    private static float[] outer(float[] column, float[] row) {
        float[] w = new float[column.length * row.length];
        for (int y = 0; y < column.length; y++) {
            for (int x = 0; x < row.length; x++) {
                w[y * row.length + x] = column[y] * row[x] + 0f; // + 0f turns -0 into 0
            }
        }
        return w;
    }

    private static float[] negate(float[] v) {
        float[] n = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            n[i] = -v[i] + 0f;
        }
        return n;
    }

    private static float[] scale(float[] v, float factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return v;
    }

    private static float sum(float[] v) {
        float s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }

    /** The 4-neighbours of the centre at -1 and the centre +(their count): 3x3 gives 0 -1 0 / -1 5 -1 / 0 -1 0. */
    private static float[] sharpen(int kh, int kw) {
        float[] w = laplacian(kh, kw);
        for (int i = 0; i < w.length; i++) {
            w[i] = -w[i] + 0f;
        }
        w[((kh - 1) / 2) * kw + (kw - 1) / 2] += 1;
        return w;
    }

    /** The 4-neighbours of the centre (those inside the window) at 1, the centre at minus their count. */
    private static float[] laplacian(int kh, int kw) {
        float[] w = new float[kh * kw];
        int cy = (kh - 1) / 2;
        int cx = (kw - 1) / 2;
        int[][] neighbours = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        int count = 0;
        for (int[] n : neighbours) {
            int y = cy + n[0];
            int x = cx + n[1];
            if (y >= 0 && y < kh && x >= 0 && x < kw) {
                w[y * kw + x] = 1;
                count++;
            }
        }
        w[cy * kw + cx] = -count;
        return w;
    }

    /** Weight (dy + dx) clamped to [-2, 2] around the centre, the centre 1: 3x3 gives -2 -1 0 / -1 1 1 / 0 1 2. */
    private static float[] emboss(int kh, int kw) {
        float[] w = new float[kh * kw];
        int cy = (kh - 1) / 2;
        int cx = (kw - 1) / 2;
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                w[y * kw + x] = Math.clamp((y - cy) + (x - cx), -2, 2);
            }
        }
        w[cy * kw + cx] = 1;
        return w;
    }

    private static float[] outline(int kh, int kw) {
        float[] w = fill(kh, kw, -1f);
        w[((kh - 1) / 2) * kw + (kw - 1) / 2] = kh * kw - 1;
        return w;
    }

    private static float[] randomIntegers(int n, RandomGenerator random) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = random.nextInt(-2, 3);
        }
        return w;
    }
}
