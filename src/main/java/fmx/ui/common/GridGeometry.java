package fmx.ui.common;

/**
 * Where the cells of a grid sit in an area: the cell size that fits {@code frameRows x frameCols} cells (data plus
 * padding frame) into the area within [min, max], rounded to whole device pixels so that cell edges stay crisp at
 * any render scale, and the grid centred. Frame coordinates count from the top-left padding cell; data cell (r, c)
 * is frame cell (r + padTop, c + padLeft). Immutable, pure Java.
 */
record GridGeometry(double cellSize, double originX, double originY, int frameRows, int frameCols) {

    static GridGeometry fit(double width, double height, double margin, int frameRows, int frameCols,
                            double minCell, double maxCell, double renderScale) {
        double availW = Math.max(0, width - 2 * margin);
        double availH = Math.max(0, height - 2 * margin);
        double fit = frameRows == 0 || frameCols == 0 ? maxCell : Math.min(availW / frameCols, availH / frameRows);
        double size = Math.max(minCell, Math.min(maxCell, fit));
        if (size * renderScale >= 2) { // whole device pixels, but keep sub-pixel sizes for huge rasters
            size = Math.floor(size * renderScale) / renderScale;
        }
        double gridW = size * frameCols;
        double gridH = size * frameRows;
        double ox = Math.max(margin, Math.round((width - gridW) / 2 * renderScale) / renderScale);
        double oy = Math.max(margin, Math.round((height - gridH) / 2 * renderScale) / renderScale);
        return new GridGeometry(size, ox, oy, frameRows, frameCols);
    }

    double x(double frameCol) {
        return originX + frameCol * cellSize;
    }

    double y(double frameRow) {
        return originY + frameRow * cellSize;
    }

    double width() {
        return frameCols * cellSize;
    }

    double height() {
        return frameRows * cellSize;
    }

    /** The frame column under {@code x}, or -1 outside the grid. */
    int frameColAt(double px) {
        int c = (int) Math.floor((px - originX) / cellSize);
        return px < originX || c >= frameCols ? -1 : c;
    }

    /** The frame row under {@code y}, or -1 outside the grid. */
    int frameRowAt(double py) {
        int r = (int) Math.floor((py - originY) / cellSize);
        return py < originY || r >= frameRows ? -1 : r;
    }
}
