package fmx.core.trace;

/**
 * A cell under a window's effective extent, in input coordinates ({@code row}, {@code column}; outside [0, H) x
 * [0, W) it is {@code padding}). A cell a tap reads has its tap ({@code ky}, {@code kx}); a cell in a dilation gap,
 * between taps and read by none, has {@code ky = kx = -1}. Immutable.
 */
public record CoveredCell(int row, int column, boolean padding, int ky, int kx) {
    /** True for a dilation gap: covered by the window's extent but read by no tap. */
    public boolean gap() {
        return ky < 0;
    }
}
