package fmx.ui.common;

/** Receives a data cell ({@code row}, {@code col}) of a {@link CellGrid}; (-1, -1) means none. */
@FunctionalInterface
public interface CellHandler {
    void onCell(int row, int col);
}
