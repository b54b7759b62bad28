package fmx.ui.common;

/**
 * Receives a paint stroke on a {@link CellGrid}: {@link #begin()}, then {@link #cell} once for every data cell the
 * drag enters (cells skipped by a fast drag are filled in along a straight line), then {@link #end()}, so that an
 * undo stack can group the stroke into one edit.
 */
@FunctionalInterface
public interface PaintStrokeHandler {
    default void begin() {
    }

    void cell(int row, int col);

    default void end() {
    }
}
