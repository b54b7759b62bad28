package fmx.ui.common;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.List;

/** What a {@link CellGrid} shows; the painter reads it, the grid writes it. FX thread only. */
final class GridModel {
    float[] values;
    int rows;
    int cols;
    ColorScale scale = ColorScale.fit(ColorMap.DIVERGING, -1f, 1f);
    int padTop;
    int padBottom;
    int padLeft;
    int padRight;
    List<CellMark> marks = List.of();
    /** Bumped whenever values or the scale change: the painter keeps its raster until then. */
    long colourVersion;
    boolean stale;
    int revealedCount = -1;
    /** Selected data cell, or -1 when none. */
    int selRow = -1;
    int selCol = -1;
    boolean showSelection;
    boolean focused;
    /** The sliding window in data-cell units (fractional while it moves), or null. */
    WindowFrame window;

    /**
     * A rectangle of cells drawn like {@link CellMark.Kind#WINDOW}, at fractional positions so that a moving window
     * can be interpolated; with {@code weights} (kh x kw, row-major) each tap at (top + i*dilY, left + j*dilX) shows
     * its weight.
     */
    record WindowFrame(double top, double left, double height, double width,
                       float[] weights, int kh, int kw, int dilY, int dilX) {
    }

    int frameRows() {
        return padTop + rows + padBottom;
    }

    int frameCols() {
        return padLeft + cols + padRight;
    }

    boolean hasData() {
        return values != null && rows > 0 && cols > 0;
    }

    boolean revealed(int row, int col) {
        return revealedCount < 0 || row * cols + col < revealedCount;
    }
}
