package fmx.ui.common;

/**
 * A highlight on one cell of a {@link CellGrid}. {@code row} and {@code col} count data cells from 0; they may lie in
 * the padding frame (negative, or at least the data size) when the grid draws one.
 */
public record CellMark(int row, int col, Kind kind) {

    /** How a marked cell is drawn. */
    public enum Kind {
        /** A cell under the sliding window: the window's cells get one thick outline around them all. */
        WINDOW,
        /** A kernel tap that falls on a padding cell: dashed outline. */
        PADDING_TAP,
        /** A cell the dilated kernel skips: light cross-hatch, no outline. */
        DILATION_GAP,
        /** The output cell being computed: strong accent outline and tint. */
        CURRENT,
        /** An output cell that the hovered input cell feeds: tinted. */
        FED,
        /** A row or column the stride never visits: grey stripes. */
        UNVISITED,
        /** The cell under the mouse: outline. */
        HOVER,
        /** The pooling winner (max): bold outline and a star. */
        WINNER
    }
}
