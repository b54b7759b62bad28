package fmx.export;

import fmx.core.ColorScale;
import fmx.core.CompactNumber;
import fmx.core.TextContrast;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * One H x W plane as the window draws it: cells coloured by a {@link ColorScale}, thin grid lines, each cell's number
 * (as text: selectable in SVG and PDF) when the cells are big enough, else the plane as one embedded image. Optional
 * zero-padding frame, overlays for the animation (the window's cells, the current cell, the winner of a max pool)
 * and a count of revealed cells (the rest blank). Every numbered cell's text is in the SVG group {@code id + "-numbers"}.
 */
final class GridBlock implements Block {
    static final double NUMBERS_FROM = 16;
    private static final double MIN_FONT = 7.5;
    /** Above this many cells a plane is drawn as one image even in vector formats (a photo's map). */
    private static final int VECTOR_CELLS = 40_000;

    private final String id;
    private final float[] values;
    private final int rows;
    private final int cols;
    private final ColorScale scale;
    private final double cell;
    private int padTop;
    private int padLeft;
    private int padBottom;
    private int padRight;
    private int revealed = -1;
    private boolean[] window;
    private boolean[] gaps;
    private int currentRow = -1;
    private int currentCol;
    private int winnerRow = -1;
    private int winnerCol;

    /** {@code values}: rows * cols, row-major (not copied). */
    GridBlock(String id, float[] values, int rows, int cols, ColorScale scale, double cell) {
        this.id = id;
        this.values = values;
        this.rows = rows;
        this.cols = cols;
        this.scale = scale;
        this.cell = cell;
    }

    /** The cell size that fits {@code rows x cols} into {@code box} points, at most {@code max}. */
    static double fit(int rows, int cols, double box, double max) {
        return Math.min(max, box / Math.max(rows, cols));
    }

    GridBlock padding(int top, int left, int bottom, int right) {
        padTop = top;
        padLeft = left;
        padBottom = bottom;
        padRight = right;
        return this;
    }

    /** Only the first {@code n} cells (row-major) show; the others are blank, as the animation reveals them. */
    GridBlock revealed(int n) {
        revealed = n;
        return this;
    }

    /** Cells of the frame (padding included; frame row-major) under the sliding window, and its dilation gaps. */
    GridBlock window(boolean[] frameCells, boolean[] frameGaps) {
        window = frameCells;
        gaps = frameGaps;
        return this;
    }

    GridBlock current(int row, int col) {
        currentRow = row;
        currentCol = col;
        return this;
    }

    GridBlock winner(int row, int col) {
        winnerRow = row;
        winnerCol = col;
        return this;
    }

    int frameRows() {
        return padTop + rows + padBottom;
    }

    int frameCols() {
        return padLeft + cols + padRight;
    }

    @Override
    public double width() {
        return frameCols() * cell;
    }

    @Override
    public double height() {
        return frameRows() * cell;
    }

    boolean numbered() {
        return cell >= NUMBERS_FROM && fontSize() >= MIN_FONT;
    }

    private boolean vector() {
        return cell >= 3 && (long) rows * cols <= VECTOR_CELLS;
    }

    @Override
    public void draw(Painter p, double x, double y) {
        p.beginGroup(id);
        int[] argb = new int[rows * cols];
        scale.fill(values, 0, rows * cols, argb, 0);
        double dx = x + padLeft * cell;
        double dy = y + padTop * cell;
        if (vector()) {
            paintPadding(p, x, y);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    p.fill(dx + c * cell, dy + r * cell, cell, cell, shown(i) ? Painter.color(argb[i]) : Painter.BLANK_FILL);
                }
            }
            if (cell >= 7) {
                gridLines(p, x, y);
            }
            if (numbered()) {
                numbers(p, x, y, argb);
            }
        } else {
            BufferedImage image = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < argb.length; i++) {
                argb[i] = shown(i) ? argb[i] : Painter.BLANK_FILL.getRGB();
            }
            image.setRGB(0, 0, cols, rows, argb, 0, cols);
            p.image(image, dx, dy, cols * cell, rows * cell, cell >= 1);
        }
        overlays(p, x, y);
        p.rect(x, y, width(), height(), Painter.BORDER, 1);
        p.endGroup();
    }

    private boolean shown(int i) {
        return revealed < 0 || i < revealed;
    }

    private void paintPadding(Painter p, double x, double y) {
        if (padTop + padLeft + padBottom + padRight == 0) {
            return;
        }
        for (int r = 0; r < frameRows(); r++) {
            for (int c = 0; c < frameCols(); c++) {
                if (!inside(r, c)) {
                    p.fill(x + c * cell, y + r * cell, cell, cell, Painter.PADDING_FILL);
                }
            }
        }
    }

    private boolean inside(int frameRow, int frameCol) {
        return frameRow >= padTop && frameRow < padTop + rows && frameCol >= padLeft && frameCol < padLeft + cols;
    }

    private void gridLines(Painter p, double x, double y) {
        for (int c = 1; c < frameCols(); c++) {
            p.line(x + c * cell, y, x + c * cell, y + height(), Painter.GRID_LINE, 0.75);
        }
        for (int r = 1; r < frameRows(); r++) {
            p.line(x, y + r * cell, x + width(), y + r * cell, Painter.GRID_LINE, 0.75);
        }
    }

    /** As the window: about 40% of the cell, smaller when the longest number would not fit 86% of its width. */
    double fontSize() {
        String longest = "0";
        for (int i = 0; i < rows * cols; i++) {
            String t = CompactNumber.format(values[i]);
            if (t.length() > longest.length()) {
                longest = t;
            }
        }
        double byWidth = cell * 0.86 / FigureFonts.width(longest, false, 100) * 100;
        return Math.min(Math.min(cell * 0.40, byWidth), 40);
    }

    private void numbers(Painter p, double x, double y, int[] argb) {
        double size = fontSize();
        p.beginGroup(id + "-numbers");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (shown(i)) {
                    Color ink = TextContrast.prefersDarkText(argb[i]) ? Painter.DARK_TEXT : Color.WHITE;
                    p.centred(CompactNumber.format(values[i]), x + (c + padLeft + 0.5) * cell,
                            y + (r + padTop + 0.5) * cell, size, false, ink);
                }
            }
        }
        p.endGroup();
        p.beginGroup(id + "-padding");
        for (int r = 0; r < frameRows(); r++) {
            for (int c = 0; c < frameCols(); c++) {
                if (!inside(r, c)) {
                    p.centred("0", x + (c + 0.5) * cell, y + (r + 0.5) * cell, size, false, Painter.PADDING_TEXT);
                }
            }
        }
        p.endGroup();
    }

    private void overlays(Painter p, double x, double y) {
        int fc = frameCols();
        if (gaps != null) {
            for (int i = 0; i < gaps.length; i++) {
                if (gaps[i]) {
                    p.fill(x + i % fc * cell, y + i / fc * cell, cell, cell, new Color(255, 255, 255, 140));
                }
            }
        }
        if (window != null) {
            double w = Math.max(2.5, Math.min(6, cell / 8));
            Path2D outline = unionOutline(x, y);
            p.stroke(outline, Painter.HALO, w + 2);
            p.stroke(outline, Color.WHITE, Math.max(1, w / 3));
        }
        if (currentRow >= 0) {
            cellOutline(p, x + (currentCol + padLeft) * cell, y + (currentRow + padTop) * cell, Painter.ACCENT,
                    Painter.HALO);
        }
        if (winnerRow >= 0) {
            cellOutline(p, x + (winnerCol + padLeft) * cell, y + (winnerRow + padTop) * cell, Painter.HALO,
                    Painter.ACCENT);
        }
    }

    private void cellOutline(Painter p, double cx, double cy, Color color, Color halo) {
        double w = Math.max(2.5, Math.min(5, cell / 8));
        double in = w / 2 + 1;
        p.rect(cx + in, cy + in, cell - 2 * in, cell - 2 * in, halo, w + 2);
        p.rect(cx + in, cy + in, cell - 2 * in, cell - 2 * in, color, w);
    }

    /** The edges of window cells that touch no other window cell: one outline around them all. */
    private Path2D unionOutline(double x, double y) {
        int fc = frameCols();
        int fr = frameRows();
        Path2D path = new Path2D.Double();
        for (int i = 0; i < window.length; i++) {
            if (!window[i]) {
                continue;
            }
            int r = i / fc;
            int c = i % fc;
            double cx = x + c * cell;
            double cy = y + r * cell;
            if (r == 0 || !window[i - fc]) {
                segment(path, cx, cy, cx + cell, cy);
            }
            if (r == fr - 1 || !window[i + fc]) {
                segment(path, cx, cy + cell, cx + cell, cy + cell);
            }
            if (c == 0 || !window[i - 1]) {
                segment(path, cx, cy, cx, cy + cell);
            }
            if (c == fc - 1 || !window[i + 1]) {
                segment(path, cx + cell, cy, cx + cell, cy + cell);
            }
        }
        return path;
    }

    private static void segment(Path2D path, double x1, double y1, double x2, double y2) {
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
    }
}
