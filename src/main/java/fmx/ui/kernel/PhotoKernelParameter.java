package fmx.ui.kernel;

/**
 * A parameter of the photo-kernel dialog, with the range its controls offer, their step and its default. The ranges
 * reach past what fits a 31 x 31 window (a Gaussian of sigma 8) on purpose: such a value shows the core's message
 * instead of being silently clamped. Integer parameters (length, orientations) have step 1.
 */
public enum PhotoKernelParameter {
    /** The Gaussian's standard deviation in pixels (the blur's radius is about 3 sigma). */
    SIGMA(0.3, 8, 0.1, 2),
    /** Difference of Gaussians: the wider Gaussian's sigma over the narrower's (1.6 approximates the LoG). */
    RATIO(1.1, 4, 0.1, 1.6),
    /** Motion blur: the streak's length in pixels. */
    LENGTH(1, 31, 1, 9),
    /** Motion blur: the streak's direction in degrees, 0 horizontal, counter-clockwise. */
    ANGLE(0, 180, 5, 0),
    /** Gabor: the stripes' period in pixels (2 is the finest a pixel grid holds). */
    WAVELENGTH(2, 24, 0.5, 6),
    /** Gabor: how round the envelope is (below 1: longer stripes, a bigger window). */
    ASPECT(0.25, 2, 0.05, 1),
    /** Gabor: the wave's shift in degrees (0: a line detector, 90: an edge detector). */
    PHASE(-180, 180, 15, 0),
    /** Gabor bank: how many filters, at evenly spaced orientations 0, 180/n, 2 * 180/n... degrees. */
    ORIENTATIONS(2, 16, 1, 4);

    private final double min;
    private final double max;
    private final double step;
    private final double defaultValue;

    PhotoKernelParameter(double min, double max, double step, double defaultValue) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.defaultValue = defaultValue;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double step() {
        return step;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public boolean isInteger() {
        return step == 1;
    }

    /** The name shown beside its controls: "Sigma σ". */
    public String label() {
        return Messages.TEXTS.text("photo.param." + key());
    }

    /** The unit after its value ("px", "°"), or "". */
    public String unit() {
        return Messages.TEXTS.text("photo.unit." + key());
    }

    /** One-sentence tooltip. */
    public String help() {
        return Messages.TEXTS.text("photo.param." + key() + ".help");
    }

    /** Lower-case name for ids and bundle keys: "sigma". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
