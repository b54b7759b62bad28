package fmx.core;

/**
 * The continuous kernels behind {@link PhotoKernel} and the photo entries of {@link KernelPreset}, sampled at
 * pixel centres of a kh x kw window whose centre is ((kh-1)/2, (kw-1)/2) (between two pixels when a side is
 * even). x grows to the right, y downwards, as rows are stored; angles are counter-clockwise as seen on screen.
 * Results are flat row-major kh*kw arrays. Stateless.
 */
final class KernelFunctions {
    private KernelFunctions() {}

    /** exp(-(dx^2 + dy^2) / (2 sigma^2)), normalised to sum 1. */
    static float[] gaussian(int kh, int kw, double sigma) {
        double[] g = new double[kh * kw];
        double cy = (kh - 1) / 2.0;
        double cx = (kw - 1) / 2.0;
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                double r2 = (y - cy) * (y - cy) + (x - cx) * (x - cx);
                g[y * kw + x] = Math.exp(-r2 / (2 * sigma * sigma));
            }
        }
        return toFloat(scale(g, 1 / sum(g)));
    }

    /**
     * Laplacian of Gaussian, (r^2 - 2 sigma^2) / sigma^4 * exp(-r^2 / (2 sigma^2)) (negative centre, like the 3 x 3
     * Laplacian), made zero-sum over the window, then {@link #unitPositive}.
     */
    static float[] laplacianOfGaussian(int kh, int kw, double sigma) {
        double[] l = new double[kh * kw];
        double[] envelope = new double[kh * kw];
        double cy = (kh - 1) / 2.0;
        double cx = (kw - 1) / 2.0;
        double s2 = sigma * sigma;
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                double r2 = (y - cy) * (y - cy) + (x - cx) * (x - cx);
                envelope[y * kw + x] = Math.exp(-r2 / (2 * s2));
                l[y * kw + x] = (r2 - 2 * s2) / (s2 * s2) * envelope[y * kw + x];
            }
        }
        return toFloat(unitPositive(zeroSum(l, envelope)));
    }

    /** gaussian(sigma1) - gaussian(sigma2), each normalised over the same window: sums to 0; then unitPositive. */
    static float[] differenceOfGaussians(int kh, int kw, double sigma1, double sigma2) {
        float[] a = gaussian(kh, kw, sigma1);
        float[] b = gaussian(kh, kw, sigma2);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (double) a[i] - b[i];
        }
        double[] ones = new double[d.length];
        java.util.Arrays.fill(ones, 1);
        return toFloat(unitPositive(zeroSum(d, ones)));
    }

    /**
     * A line of {@code length} pixels through the centre at {@code angleDegrees}, anti-aliased: each pixel weighs
     * max(0, 1 - its distance to the segment), so a horizontal or vertical line of odd length is exactly a row
     * (column) of 1 / length. Normalised to sum 1.
     */
    static float[] motionBlur(int kh, int kw, double length, double angleDegrees) {
        double a = Math.toRadians(angleDegrees);
        double ux = Math.cos(a);
        double uy = -Math.sin(a); // rows grow downwards
        double half = (length - 1) / 2.0;
        double cy = (kh - 1) / 2.0;
        double cx = (kw - 1) / 2.0;
        double[] w = new double[kh * kw];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                double px = x - cx;
                double py = y - cy;
                double t = Math.clamp(px * ux + py * uy, -half, half);
                double dist = Math.hypot(px - t * ux, py - t * uy);
                w[y * kw + x] = Math.max(0, 1 - dist);
            }
        }
        return toFloat(scale(w, 1 / sum(w)));
    }

    /**
     * Gabor: exp(-(x'^2 + aspect^2 y'^2) / (2 sigma^2)) * cos(2 pi x' / wavelength + phase), with x' = x cos(theta) -
     * y sin(theta) along the wave (theta counter-clockwise on screen: 0 gives vertical stripes, 90 horizontal ones)
     * and y' across it. The DC part is removed in proportion to the envelope (so a flat region gives 0 and the
     * kernel keeps its shape), then {@link #unitPositive}.
     */
    static float[] gabor(int kh, int kw, double wavelength, double sigma, double aspect, double thetaDegrees,
                         double phaseDegrees) {
        double t = Math.toRadians(thetaDegrees);
        double phase = Math.toRadians(phaseDegrees);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        double cy = (kh - 1) / 2.0;
        double cx = (kw - 1) / 2.0;
        double[] g = new double[kh * kw];
        double[] envelope = new double[kh * kw];
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                double px = x - cx;
                double py = -(y - cy); // y up, so that angles turn counter-clockwise on screen
                double along = px * cos + py * sin;
                double across = -px * sin + py * cos;
                double e = Math.exp(-(along * along + aspect * aspect * across * across) / (2 * sigma * sigma));
                envelope[y * kw + x] = e;
                g[y * kw + x] = e * Math.cos(2 * Math.PI * along / wavelength + phase);
            }
        }
        return toFloat(unitPositive(zeroSum(g, envelope)));
    }

    /** v - (sum v / sum shape) * shape: sums to 0, changed only where {@code shape} is. */
    private static double[] zeroSum(double[] v, double[] shape) {
        double k = sum(v) / sum(shape);
        for (int i = 0; i < v.length; i++) {
            v[i] -= k * shape[i];
        }
        return v;
    }

    /**
     * Scales a zero-sum kernel so that its positive weights sum to 1 (and its negative ones to -1): a response then
     * lies within +-(the input's range), in the input's units.
     */
    private static double[] unitPositive(double[] v) {
        double positive = 0;
        for (double x : v) {
            positive += Math.max(x, 0);
        }
        return positive == 0 ? v : scale(v, 1 / positive);
    }

    private static double[] scale(double[] v, double f) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
        return v;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i] + 0f; // + 0f turns -0 into 0
        }
        return f;
    }
}
