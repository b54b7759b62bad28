package fmx.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Kernels for photos, set by their physical parameters (a blur's sigma, a stripe's wavelength) rather than by a
 * window size: each picks the smallest odd square window that holds it (a Gaussian reaches 3 sigma each side),
 * at most {@link #MAX_SIZE} x {@link #MAX_SIZE}; a parameter that needs more is refused with a message. The
 * classroom presets at a given window size are {@link KernelPreset}; both sample the same functions.
 *
 * <p>Weights are flat row-major size*size arrays. Smoothing kernels (Gaussian, motion blur) sum to 1; the
 * others sum to 0 with their positive weights summing to 1, so a response stays within plus or minus the input's
 * range. Angles are in degrees, counter-clockwise on screen. Records: immutable and thread-safe.
 */
public sealed interface PhotoKernel {
    /** The largest window side, 31 (a Gaussian of sigma 5). */
    int MAX_SIZE = 31;

    /** Short name for a list, with the parameters: "Gaussian sigma 2". */
    String label();

    /** The window side (odd, 1 to {@link #MAX_SIZE}). */
    int size();

    /** size*size weights, row-major. */
    float[] weights();

    /** Gaussian blur exp(-r^2 / (2 sigma^2)), window 2*ceil(3 sigma)+1. */
    record Gaussian(double sigma) implements PhotoKernel {
        public Gaussian {
            positive("sigma", sigma);
        }

        @Override
        public String label() {
            return "Gaussian \u03c3 " + number(sigma);
        }

        @Override
        public int size() {
            return sizeFor("sigma", sigma, 3 * sigma);
        }

        @Override
        public float[] weights() {
            return KernelFunctions.gaussian(size(), size(), sigma);
        }
    }

    /** Laplacian of Gaussian (negative centre: blobs brighter than their ring give negative responses). */
    record LaplacianOfGaussian(double sigma) implements PhotoKernel {
        public LaplacianOfGaussian {
            positive("sigma", sigma);
        }

        @Override
        public String label() {
            return "LoG \u03c3 " + number(sigma);
        }

        @Override
        public int size() {
            return sizeFor("sigma", sigma, 3 * sigma);
        }

        @Override
        public float[] weights() {
            return KernelFunctions.laplacianOfGaussian(size(), size(), sigma);
        }
    }

    /** Gaussian(sigma) minus Gaussian(sigma * ratio), ratio above 1 (1.6 approximates the LoG, sign reversed). */
    record DifferenceOfGaussians(double sigma, double ratio) implements PhotoKernel {
        public DifferenceOfGaussians {
            positive("sigma", sigma);
            if (!(ratio > 1)) {
                throw new InvalidSettingException("ratio", "must be above 1, got " + number(ratio));
            }
        }

        @Override
        public String label() {
            return "DoG \u03c3 " + number(sigma) + " / " + number(sigma * ratio);
        }

        @Override
        public int size() {
            return sizeFor("sigma", sigma * ratio, 3 * sigma * ratio);
        }

        @Override
        public float[] weights() {
            return KernelFunctions.differenceOfGaussians(size(), size(), sigma, sigma * ratio);
        }
    }

    /** A straight streak of {@code length} pixels at {@code angle} degrees (0: horizontal), as a moving camera makes. */
    record MotionBlur(int length, double angle) implements PhotoKernel {
        public MotionBlur {
            if (length < 1 || length > MAX_SIZE) {
                throw new InvalidSettingException("length", "must be 1 to " + MAX_SIZE + " pixels, got " + length);
            }
        }

        @Override
        public String label() {
            return "Motion blur " + length + " px " + number(angle) + "\u00b0";
        }

        @Override
        public int size() {
            return length | 1;
        }

        @Override
        public float[] weights() {
            return KernelFunctions.motionBlur(size(), size(), length, angle);
        }
    }

    /**
     * One Gabor filter: a cosine wave of {@code wavelength} pixels travelling at {@code angle} degrees (0: vertical
     * stripes), under a Gaussian envelope of {@code sigma} along the wave and sigma / aspect across it,
     * shifted by {@code phase} degrees (0: even, centre on a crest; 90: odd, an edge detector).
     */
    record Gabor(double wavelength, double sigma, double aspect, double angle, double phase) implements PhotoKernel {
        public Gabor {
            if (!(wavelength >= 2)) {
                throw new InvalidSettingException("wavelength", "must be at least 2 pixels (the finest stripes a "
                        + "pixel grid holds), got " + number(wavelength));
            }
            positive("sigma", sigma);
            positive("aspect", aspect);
        }

        @Override
        public String label() {
            return "Gabor " + number(angle) + "\u00b0 \u03bb " + number(wavelength);
        }

        @Override
        public int size() {
            return sizeFor("sigma", sigma, 3 * sigma / Math.min(1, aspect));
        }

        @Override
        public float[] weights() {
            return KernelFunctions.gabor(size(), size(), wavelength, sigma, aspect, angle, phase);
        }
    }

    /**
     * {@code orientations} Gabor filters at angles 0, 180/n, 2*180/n... degrees, all else equal: the oriented
     * stripe and edge detectors that the first layer of a trained CNN tends to learn.
     */
    static List<Gabor> gaborBank(int orientations, double wavelength, double sigma, double aspect, double phase) {
        if (orientations < 1 || orientations > 32) {
            throw new InvalidSettingException("orientations", "must be 1 to 32, got " + orientations);
        }
        List<Gabor> bank = new ArrayList<>(orientations);
        for (int i = 0; i < orientations; i++) {
            bank.add(new Gabor(wavelength, sigma, aspect, 180.0 * i / orientations, phase));
        }
        return bank;
    }

    /**
     * A filter bank of these kernels for an input of {@code channels} channels: every kernel centred in the window
     * of the largest one (zeros around), each channel slice holding its weights divided by {@code channels}, so
     * that an RGB photo gives the kernel applied to the mean of R, G and B, in the same range as grey. Biases 0.
     */
    static FilterBank filterBank(List<? extends PhotoKernel> kernels, int channels) {
        if (kernels.isEmpty()) {
            throw new InvalidSettingException("filters", "need at least one filter");
        }
        if (channels < 1) {
            throw new InvalidSettingException("channels", "need at least 1, got " + channels);
        }
        int size = 1;
        for (PhotoKernel k : kernels) {
            size = Math.max(size, k.size());
        }
        int perFilter = channels * size * size;
        float[] weights = new float[kernels.size() * perFilter];
        for (int n = 0; n < kernels.size(); n++) {
            PhotoKernel k = kernels.get(n);
            float[] w = k.weights();
            int s = k.size();
            int offset = (size - s) / 2;
            for (int c = 0; c < channels; c++) {
                int base = n * perFilter + c * size * size;
                for (int y = 0; y < s; y++) {
                    for (int x = 0; x < s; x++) {
                        weights[base + (y + offset) * size + x + offset] = w[y * s + x] / channels;
                    }
                }
            }
        }
        return new FilterBank(kernels.size(), channels, size, size, weights, new float[kernels.size()]);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidSettingException(name, "must be a positive number, got " + number(value));
        }
    }

    /** 2*ceil(reach)+1, refused above MAX_SIZE with what the parameter would need. */
    private static int sizeFor(String name, double value, double reach) {
        long size = 2 * (long) Math.ceil(reach - 1e-9) + 1;
        if (size > MAX_SIZE) {
            throw new InvalidSettingException(name, number(value) + " needs a " + size + " x " + size
                    + " kernel, the largest is " + MAX_SIZE + " x " + MAX_SIZE);
        }
        return (int) Math.max(1, size);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
