package fmx.ui.session;

/** What the mouse is over, shared so that the input and the maps can highlight each other. */
public sealed interface HoverTarget {
    HoverTarget NONE = new Nothing();

    record Nothing() implements HoverTarget {}

    /** Input cell (row, col) of channel {@code channel}. */
    record InputCell(int channel, int row, int col) implements HoverTarget {}

    /** Cell (row, col) of the map of filter {@code filter} at pipeline stage {@code stage} (0 conv, 1 act, 2 pool). */
    record MapCell(int filter, int stage, int row, int col) implements HoverTarget {}
}
