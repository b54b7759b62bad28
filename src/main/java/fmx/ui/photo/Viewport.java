package fmx.ui.photo;

/**
 * The part of the photo a panel shows: photo coordinate (left, top) at the panel's top-left corner, {@code zoom}
 * screen pixels per photo pixel, a panel of width x height screen pixels. Photo pixel i spans [i, i+1). Immutable.
 */
public record Viewport(double left, double top, double zoom, int width, int height) {
    /** The photo column under screen column {@code px} (its centre). */
    public double photoX(double px) {
        return left + px / zoom;
    }

    public double photoY(double py) {
        return top + py / zoom;
    }
}
