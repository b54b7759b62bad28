package fmx.ui.common;

/**
 * Receives a block of numbers pasted at data cell ({@code row}, {@code col}) of a {@link CellGrid}. The block is
 * rectangular ({@code block[r][c]}) and may reach past the grid's edge: the receiver clips it.
 */
@FunctionalInterface
public interface BlockPasteHandler {
    void onBlockPaste(int row, int col, float[][] block);
}
