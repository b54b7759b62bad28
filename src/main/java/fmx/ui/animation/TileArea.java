package fmx.ui.animation;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Lays out equal tiles (one per input channel: a caption over a grid of {@code frameRows x frameCols} cells) in
 * the number of columns that gives the grids the biggest cells in the area: side by side when the area is wide,
 * stacked when it is tall.
 */
final class TileArea extends Region {
    private static final double GAP = 10;
    private static final double CAPTION = 22;
    private static final double MARGIN = 7;
    private int frameRows = 1;
    private int frameCols = 1;

    TileArea() {
        setMinSize(0, 0);
    }

    void setFrame(int rows, int cols) {
        frameRows = Math.max(1, rows);
        frameCols = Math.max(1, cols);
        requestLayout();
    }

    void setTiles(java.util.List<? extends Node> tiles) {
        getChildren().setAll(tiles);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    @Override
    protected void layoutChildren() {
        int n = getChildren().size();
        if (n == 0) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        int bestCols = 1;
        double bestCell = -1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double tileW = (w - GAP * (cols - 1)) / cols;
            double tileH = (h - GAP * (rows - 1)) / rows - CAPTION;
            double cell = Math.min((tileW - 2 * MARGIN) / frameCols, (tileH - 2 * MARGIN) / frameRows);
            if (cell > bestCell + 1e-9) {
                bestCell = cell;
                bestCols = cols;
            }
        }
        int rows = (n + bestCols - 1) / bestCols;
        // Tiles as big as their grids need (the grid keeps a margin of 6 px), packed to the top left.
        double tileW = Math.min((w - GAP * (bestCols - 1)) / bestCols, bestCell * frameCols + 2 * MARGIN);
        double tileH = Math.min((h - GAP * (rows - 1)) / rows, bestCell * frameRows + 2 * MARGIN + CAPTION);
        for (int i = 0; i < n; i++) {
            Node tile = getChildren().get(i);
            double x = snappedLeftInset() + (i % bestCols) * (tileW + GAP);
            double y = snappedTopInset() + (i / bestCols) * (tileH + GAP);
            tile.resizeRelocate(snapPositionX(x), snapPositionY(y), Math.max(0, tileW), Math.max(0, tileH));
        }
    }
}
