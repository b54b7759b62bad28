package fmx.ui.animation;

/**
 * Where a sliding window is drawn, in data cells of the grid it slides over: {@code top} and {@code left} are
 * fractional while the window moves and may be negative (in the padding); {@code height x width} is the window's
 * extent; its {@code kh x kw} taps sit {@code dilY} rows and {@code dilX} columns apart.
 */
public record WindowPose(double top, double left, double height, double width, int kh, int kw, int dilY, int dilX) {

    /** The pose {@code t} of the way from {@code from} to this one (t in [0, 1]). */
    WindowPose from(WindowPose from, double t) {
        if (from == null || t >= 1) {
            return this;
        }
        return new WindowPose(from.top + (top - from.top) * t, from.left + (left - from.left) * t, height, width,
                kh, kw, dilY, dilX);
    }
}
