package fmx.ui.common;

/** Receives a number the user typed into data cell ({@code row}, {@code col}) of a {@link CellGrid}. */
@FunctionalInterface
public interface CellEditHandler {
    void onCellEdit(int row, int col, float value);
}
