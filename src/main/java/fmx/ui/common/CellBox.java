package fmx.ui.common;

/** A rectangle of frame cells, inclusive; frame cell (r, c) is data cell (r - padTop, c - padLeft). */
record CellBox(int top, int left, int bottom, int right) {
    static CellBox all(GridGeometry g) {
        return new CellBox(0, 0, g.frameRows() - 1, g.frameCols() - 1);
    }

    CellBox union(CellBox o) {
        return o == null ? this : new CellBox(Math.min(top, o.top), Math.min(left, o.left),
                Math.max(bottom, o.bottom), Math.max(right, o.right));
    }

    int rows() {
        return bottom - top + 1;
    }

    int cols() {
        return right - left + 1;
    }
}
