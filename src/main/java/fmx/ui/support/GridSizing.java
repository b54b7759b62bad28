package fmx.ui.support;

/**
 * Cell sizes that let grids use the room they have: a 5 x 5 example fills its panel with big, readable cells, a
 * 64 x 64 photo shrinks to fit. Whole pixels, clamped to [min, max]. Pure arithmetic.
 */
public final class GridSizing {
    /** What a {@link fmx.ui.common.CellGrid} adds around its cells (its margin, both sides) plus a little air. */
    public static final double GRID_CHROME = 16;

    private GridSizing() {}

    /** The largest whole cell size with {@code count} cells in {@code space} pixels, within [min, max]. */
    public static double cellFor(double space, int count, double min, double max) {
        if (count <= 0 || !(space > 0)) {
            return min;
        }
        return Math.clamp(Math.floor((space - GRID_CHROME) / count), min, max);
    }
}
