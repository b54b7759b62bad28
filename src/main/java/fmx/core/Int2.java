package fmx.core;

/**
 * A pair of per-axis integers, vertical first: a stride (sy, sx), a dilation (dy, dx), a window size (h, w).
 * Immutable; validation belongs to whoever gives the numbers a meaning ({@link WindowGeometry}).
 */
public record Int2(int y, int x) {
    /** The same value on both axes. */
    public static Int2 of(int both) {
        return new Int2(both, both);
    }

    public static Int2 of(int y, int x) {
        return new Int2(y, x);
    }

    public boolean isSquare() {
        return y == x;
    }

    /** "2" when both axes agree, "2x1" (vertical x horizontal) when they differ. */
    @Override
    public String toString() {
        return isSquare() ? Integer.toString(y) : y + "x" + x;
    }
}
