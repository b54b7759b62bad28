package fmx.ui.kernel;

import static fmx.ui.kernel.PhotoKernelParameter.ANGLE;
import static fmx.ui.kernel.PhotoKernelParameter.ASPECT;
import static fmx.ui.kernel.PhotoKernelParameter.LENGTH;
import static fmx.ui.kernel.PhotoKernelParameter.ORIENTATIONS;
import static fmx.ui.kernel.PhotoKernelParameter.PHASE;
import static fmx.ui.kernel.PhotoKernelParameter.RATIO;
import static fmx.ui.kernel.PhotoKernelParameter.SIGMA;
import static fmx.ui.kernel.PhotoKernelParameter.WAVELENGTH;

import java.util.List;

/** The kinds of {@link fmx.core.PhotoKernel} the dialog makes, each with the parameters it reads, in display order. */
public enum PhotoKernelKind {
    GAUSSIAN(SIGMA),
    LAPLACIAN_OF_GAUSSIAN(SIGMA),
    DIFFERENCE_OF_GAUSSIANS(SIGMA, RATIO),
    MOTION_BLUR(LENGTH, ANGLE),
    GABOR_BANK(ORIENTATIONS, WAVELENGTH, SIGMA, ASPECT, PHASE);

    private final List<PhotoKernelParameter> parameters;

    PhotoKernelKind(PhotoKernelParameter... parameters) {
        this.parameters = List.of(parameters);
    }

    public List<PhotoKernelParameter> parameters() {
        return parameters;
    }

    /** A whole bank (replaces every filter) rather than one filter's weights. */
    public boolean isBank() {
        return this == GABOR_BANK;
    }

    public String label() {
        return Messages.TEXTS.text("photo.kind." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** One sentence on what it does to a photo (the kind list's tooltip). */
    public String help() {
        return Messages.TEXTS.text("photo.kind." + name().toLowerCase(java.util.Locale.ROOT) + ".help");
    }

    @Override
    public String toString() {
        return label();
    }
}
