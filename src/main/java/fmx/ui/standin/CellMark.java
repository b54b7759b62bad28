package fmx.ui.standin;

public record CellMark(int row, int col, Kind kind) {
    public enum Kind { WINDOW, PADDING_TAP, DILATION_GAP, CURRENT, FED, UNVISITED, HOVER, WINNER }
}
