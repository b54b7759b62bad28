package fmx.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link GridModel} on a canvas. Cells of at least {@link #RASTER_BELOW} pixels are drawn one by one with
 * their numbers; smaller cells go through one {@code PixelWriter.setPixels} call and a scaled image, so that a
 * 1000 x 1000 photo draws in a few milliseconds. Overlay colours keep a dark halo so that they show on every colour
 * of every map. FX thread only.
 */
final class CellGridPainter {
    static final double RASTER_BELOW = 3;
    static final double NUMBERS_FROM = 16;

    static final Color ACCENT = Color.web("#F5A300");
    static final Color SELECTION = Color.web("#0B66E4");
    private static final Color HALO = Color.web("#111111");
    private static final Color PADDING_FILL = Color.web("#DADADA");
    private static final Color PADDING_HATCH = Color.web("#B4B4B4");
    private static final Color PADDING_TEXT = Color.web("#7A7A7A");
    // Mid-grey lines show on black and on white cells, in the light and the dark theme.
    private static final Color GRID_LINE = Color.rgb(128, 128, 128, 0.55);
    private static final Color BORDER = Color.rgb(0, 0, 0, 0.35);
    private static final Color FRAME = Color.rgb(140, 140, 140, 0.95);
    private static final Color DARK_TEXT = Color.web("#151515");
    private static final Color LIGHT_TEXT = Color.WHITE;

    private final Text measurer = new Text();
    private WritableImage raster;
    private int[] rasterPixels = new int[0];
    private String[] labels = new String[0];
    private long rasterVersion = -1;
    private int rasterRevealed;

    void paint(GraphicsContext gc, GridModel m, GridGeometry g, double width, double height, double renderScale) {
        gc.clearRect(0, 0, width, height);
        if (!m.hasData()) {
            return;
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
        gc.setLineJoin(StrokeLineJoin.MITER);
        gc.setLineDashes();
        double px = 1 / renderScale;
        boolean fine = g.cellSize() >= RASTER_BELOW;
        Map<CellMark.Kind, boolean[]> masks = masks(m, g);
        if (fine) {
            paintRaster(gc, m, g); // one image for all the colours: a rectangle per cell costs the renderer far more
            paintPadding(gc, m, g, true);
            paintTints(gc, m, g, masks);
            paintGridLines(gc, g, px);
            if (g.cellSize() >= NUMBERS_FROM) {
                paintNumbers(gc, m, g);
            }
        } else {
            paintRaster(gc, m, g);
            paintPadding(gc, m, g, false);
            paintTints(gc, m, g, masks);
        }
        paintVeils(gc, g, masks);
        paintBorder(gc, g, px);
        paintOutlines(gc, m, g, masks, px);
        if (m.window != null) {
            WindowFramePainter.paint(gc, m, g, measurer);
        }
        if (m.showSelection && m.selRow >= 0) {
            double s = g.cellSize();
            double x = g.x(m.selCol + m.padLeft);
            double y = g.y(m.selRow + m.padTop);
            outline(gc, x, y, s, s, SELECTION, Math.max(2, Math.min(3.5, s / 10)), Color.WHITE);
        }
        if (m.stale) {
            paintStale(gc, g, width);
        }
        if (m.focused) {
            gc.setStroke(SELECTION.deriveColor(0, 1, 1, 0.75));
            gc.setLineWidth(2);
            gc.strokeRoundRect(g.originX() - 4, g.originY() - 4, g.width() + 8, g.height() + 8, 8, 8);
        }
    }

    private void paintRaster(GraphicsContext gc, GridModel m, GridGeometry g) {
        int n = m.rows * m.cols;
        boolean sameSize = raster != null && (int) raster.getWidth() == m.cols && (int) raster.getHeight() == m.rows;
        if (!sameSize || rasterVersion != m.colourVersion || rasterRevealed != m.revealedCount) {
            // Overlays and hover redraw often on a big photo: convert the values only when they change.
            int[] argb = pixels(n);
            m.scale.fill(m.values, 0, n, argb, 0);
            if (m.revealedCount >= 0 && m.revealedCount < n) {
                java.util.Arrays.fill(argb, Math.max(0, m.revealedCount), n, 0x1A808080);
            }
            if (!sameSize) {
                raster = new WritableImage(m.cols, m.rows);
            }
            raster.getPixelWriter().setPixels(0, 0, m.cols, m.rows, PixelFormat.getIntArgbInstance(), argb, 0, m.cols);
            rasterVersion = m.colourVersion;
            rasterRevealed = m.revealedCount;
        }
        gc.setImageSmoothing(false);
        gc.drawImage(raster, g.x(m.padLeft), g.y(m.padTop), m.cols * g.cellSize(), m.rows * g.cellSize());
    }

    private void paintPadding(GraphicsContext gc, GridModel m, GridGeometry g, boolean hatch) {
        if (m.frameRows() == m.rows && m.frameCols() == m.cols) {
            return;
        }
        double top = g.y(m.padTop);
        double bottom = g.y(m.padTop + m.rows);
        double left = g.x(m.padLeft);
        double right = g.x(m.padLeft + m.cols);
        double[][] bands = {
            {g.originX(), g.originY(), g.width(), top - g.originY()},
            {g.originX(), bottom, g.width(), g.originY() + g.height() - bottom},
            {g.originX(), top, left - g.originX(), bottom - top},
            {right, top, g.originX() + g.width() - right, bottom - top}};
        gc.setFill(PADDING_FILL);
        gc.save();
        gc.beginPath();
        for (double[] b : bands) {
            if (b[2] > 0 && b[3] > 0) {
                gc.fillRect(b[0], b[1], b[2], b[3]);
                gc.rect(b[0], b[1], b[2], b[3]);
            }
        }
        if (hatch) {
            gc.clip();
            hatchLines(gc, g.originX(), g.originY(), g.width(), g.height(), Math.max(5, g.cellSize() / 5),
                    PADDING_HATCH, 1, false);
        }
        gc.restore();
    }

    private void paintTints(GraphicsContext gc, GridModel m, GridGeometry g, Map<CellMark.Kind, boolean[]> masks) {
        fillMask(gc, g, masks.get(CellMark.Kind.FED), ACCENT.deriveColor(0, 1, 1, 0.45));
        fillMask(gc, g, masks.get(CellMark.Kind.CURRENT), ACCENT.deriveColor(0, 1, 1, 0.35));
    }

    /** Greyed kinds go over the numbers: the cells read as skipped. */
    private void paintVeils(GraphicsContext gc, GridGeometry g, Map<CellMark.Kind, boolean[]> masks) {
        boolean[] gaps = masks.get(CellMark.Kind.DILATION_GAP);
        if (gaps != null) {
            fillMask(gc, g, gaps, Color.rgb(255, 255, 255, 0.55));
            clipToMask(gc, g, gaps, () -> {
                double step = Math.max(4, g.cellSize() / 6);
                hatchLines(gc, g.originX(), g.originY(), g.width(), g.height(), step, Color.rgb(90, 90, 90, 0.55), 1, false);
                hatchLines(gc, g.originX(), g.originY(), g.width(), g.height(), step, Color.rgb(90, 90, 90, 0.55), 1, true);
            });
        }
        boolean[] unvisited = masks.get(CellMark.Kind.UNVISITED);
        if (unvisited != null) {
            fillMask(gc, g, unvisited, Color.rgb(140, 140, 140, 0.45));
            clipToMask(gc, g, unvisited, () -> hatchLines(gc, g.originX(), g.originY(), g.width(), g.height(),
                    Math.max(6, g.cellSize() / 3), Color.rgb(70, 70, 70, 0.55), Math.max(1.5, g.cellSize() / 14), false));
        }
    }

    /**
     * A mid-grey frame just outside the cells with a dark line inside it: visible on light and dark backgrounds,
     * around black cells and white ones.
     */
    private static void paintBorder(GraphicsContext gc, GridGeometry g, double px) {
        double x = g.originX();
        double y = g.originY();
        double w = g.width();
        double h = g.height();
        gc.setFill(FRAME);
        gc.fillRect(x - 2 * px, y - 2 * px, w + 4 * px, 2 * px);
        gc.fillRect(x - 2 * px, y + h, w + 4 * px, 2 * px);
        gc.fillRect(x - 2 * px, y, 2 * px, h);
        gc.fillRect(x + w, y, 2 * px, h);
        gc.setFill(BORDER);
        gc.fillRect(x, y, w, px);
        gc.fillRect(x, y + h - px, w, px);
        gc.fillRect(x, y, px, h);
        gc.fillRect(x + w - px, y, px, h);
    }

    private void paintGridLines(GraphicsContext gc, GridGeometry g, double px) {
        if (g.cellSize() < 7) {
            return;
        }
        // Thin filled rectangles, not stroked lines: the software renderer fills axis-aligned rectangles directly
        // but rasterises every stroke as a shape (measured: grid lines were most of the render thread's time).
        gc.setFill(GRID_LINE);
        for (int c = 1; c < g.frameCols(); c++) {
            gc.fillRect(g.x(c), g.originY(), px, g.height());
        }
        for (int r = 1; r < g.frameRows(); r++) {
            gc.fillRect(g.originX(), g.y(r), g.width(), px);
        }
    }

    private void paintNumbers(GraphicsContext gc, GridModel m, GridGeometry g) {
        int n = m.rows * m.cols;
        if (labels.length < n) {
            labels = new String[n];
        }
        int longest = 1;
        String longestText = "0";
        for (int i = 0; i < n; i++) {
            String t = CompactNumber.format(m.values[i]);
            labels[i] = t;
            if (t.length() > longest) {
                longest = t.length();
                longestText = t;
            }
        }
        double s = g.cellSize();
        double size = fontSizeFor(longestText, s);
        if (size < 7.5) {
            return;
        }
        gc.setFont(Font.font("System", FontWeight.SEMI_BOLD, size));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        int[] argb = pixels(m.cols);
        for (int r = 0; r < m.rows; r++) {
            m.scale.fill(m.values, r * m.cols, m.cols, argb, 0);
            double cy = g.y(r + m.padTop) + s / 2;
            for (int c = 0; c < m.cols; c++) {
                if (m.revealed(r, c)) {
                    gc.setFill(prefersDarkText(argb[c]) ? DARK_TEXT : LIGHT_TEXT);
                    gc.fillText(labels[r * m.cols + c], g.x(c + m.padLeft) + s / 2, cy);
                }
            }
        }
        gc.setFont(Font.font("System", FontWeight.NORMAL, size));
        gc.setFill(PADDING_TEXT);
        for (int fr = 0; fr < g.frameRows(); fr++) {
            boolean dataRow = fr >= m.padTop && fr < m.padTop + m.rows;
            for (int fc = 0; fc < g.frameCols(); fc++) {
                if (dataRow && fc >= m.padLeft && fc < m.padLeft + m.cols) {
                    fc = m.padLeft + m.cols - 1; // jump over the data
                    continue;
                }
                gc.fillText("0", g.x(fc) + s / 2, g.y(fr) + s / 2);
            }
        }
    }

    /** About 40% of the cell, smaller when the longest number would not fit in 86% of its width. */
    double fontSizeFor(String longest, double cell) {
        measurer.setFont(Font.font("System", FontWeight.SEMI_BOLD, 100));
        measurer.setText(longest);
        double widthAt100 = measurer.getLayoutBounds().getWidth();
        double byWidth = widthAt100 <= 0 ? cell : cell * 0.86 / widthAt100 * 100;
        return Math.min(Math.min(cell * 0.40, byWidth), 40);
    }

    private void paintOutlines(GraphicsContext gc, GridModel m, GridGeometry g, Map<CellMark.Kind, boolean[]> masks,
                               double px) {
        double s = g.cellSize();
        boolean[] taps = masks.get(CellMark.Kind.PADDING_TAP);
        if (taps != null) {
            double w = Math.max(1.5, s / 18);
            double in = w / 2 + Math.max(2, s / 12);
            gc.setStroke(HALO);
            gc.setLineWidth(w);
            gc.setLineCap(StrokeLineCap.BUTT);
            gc.setLineDashes(Math.max(3, s / 8), Math.max(2, s / 12));
            forEach(taps, g, (x, y) -> gc.strokeRect(x + in, y + in, s - 2 * in, s - 2 * in));
            gc.setLineCap(StrokeLineCap.SQUARE);
            gc.setLineDashes();
        }
        boolean[] window = masks.get(CellMark.Kind.WINDOW);
        if (window != null) {
            double w = Math.max(2.5, Math.min(6, s / 8));
            unionOutline(gc, g, window, HALO, w + 2);
            unionOutline(gc, g, window, Color.WHITE, Math.max(1, w / 3));
        }
        boolean[] hover = masks.get(CellMark.Kind.HOVER);
        if (hover != null) {
            forEach(hover, g, (x, y) -> outline(gc, x, y, s, s, HALO, Math.max(2, s / 14), Color.WHITE));
        }
        boolean[] current = masks.get(CellMark.Kind.CURRENT);
        if (current != null) {
            forEach(current, g, (x, y) -> outline(gc, x, y, s, s, ACCENT, Math.max(2.5, Math.min(5, s / 8)), HALO));
        }
        boolean[] winner = masks.get(CellMark.Kind.WINNER);
        if (winner != null) {
            forEach(winner, g, (x, y) -> {
                outline(gc, x, y, s, s, HALO, Math.max(2.5, Math.min(5, s / 8)), ACCENT);
                if (s >= 14) {
                    star(gc, x + s - s * 0.2, y + s * 0.2, s * 0.16);
                }
            });
        }
    }

    private void paintStale(GraphicsContext gc, GridGeometry g, double canvasWidth) {
        gc.setFill(Color.rgb(150, 150, 150, 0.55));
        gc.fillRect(g.originX(), g.originY(), g.width(), g.height());
        String text = "out of date";
        Font font = Font.font("System", FontWeight.BOLD, 12);
        measurer.setFont(font);
        measurer.setText(text);
        double tw = measurer.getLayoutBounds().getWidth();
        double bw = tw + 14;
        double bh = 20;
        double bx = Math.max(1, Math.min(canvasWidth - bw - 1, g.originX() + g.width() - bw - 4));
        double by = Math.max(1, g.originY() + 4);
        gc.setFill(Color.web("#FFF4D6"));
        gc.fillRoundRect(bx, by, bw, bh, bh, bh);
        gc.setStroke(Color.web("#8A6100"));
        gc.setLineWidth(1);
        gc.strokeRoundRect(bx + 0.5, by + 0.5, bw - 1, bh - 1, bh, bh);
        gc.setFill(Color.web("#5C4100"));
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, bx + bw / 2, by + bh / 2);
    }

    // ---- helpers ----

    /** Per kind, a flag per frame cell; absent when no mark of that kind lies inside the frame. */
    private static Map<CellMark.Kind, boolean[]> masks(GridModel m, GridGeometry g) {
        Map<CellMark.Kind, boolean[]> masks = new EnumMap<>(CellMark.Kind.class);
        int fr = g.frameRows();
        int fc = g.frameCols();
        for (CellMark mark : m.marks) {
            int r = mark.row() + m.padTop;
            int c = mark.col() + m.padLeft;
            if (r >= 0 && r < fr && c >= 0 && c < fc) {
                masks.computeIfAbsent(mark.kind(), k -> new boolean[fr * fc])[r * fc + c] = true;
            }
        }
        return masks;
    }

    private interface CellAction {
        void at(double x, double y);
    }

    private static void forEach(boolean[] mask, GridGeometry g, CellAction action) {
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                action.at(g.x(i % g.frameCols()), g.y(i / g.frameCols()));
            }
        }
    }

    private static void fillMask(GraphicsContext gc, GridGeometry g, boolean[] mask, Color fill) {
        if (mask == null) {
            return;
        }
        gc.setFill(fill);
        double s = g.cellSize();
        forEach(mask, g, (x, y) -> gc.fillRect(x, y, s, s));
    }

    private static void clipToMask(GraphicsContext gc, GridGeometry g, boolean[] mask, Runnable draw) {
        double s = g.cellSize();
        gc.save();
        gc.beginPath();
        forEach(mask, g, (x, y) -> gc.rect(x, y, s, s));
        gc.clip();
        draw.run();
        gc.restore();
    }

    private static void hatchLines(GraphicsContext gc, double x, double y, double w, double h, double step,
                                   Color color, double width, boolean rising) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineCap(StrokeLineCap.BUTT);
        for (double d = -h; d < w; d += step) {
            if (rising) {
                gc.strokeLine(x + d, y + h, x + d + h, y);
            } else {
                gc.strokeLine(x + d, y, x + d + h, y + h);
            }
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
    }

    /** A coloured outline just inside the cell with a thin contrasting line on each side. */
    static void outline(GraphicsContext gc, double x, double y, double w, double h, Color color, double width,
                        Color halo) {
        double in = width / 2 + 1;
        gc.setStroke(halo);
        gc.setLineWidth(width + 2);
        gc.strokeRect(x + in, y + in, w - 2 * in, h - 2 * in);
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeRect(x + in, y + in, w - 2 * in, h - 2 * in);
    }

    /** Strokes the edges of the marked cells that do not touch another marked cell: one outline around them all. */
    private static void unionOutline(GraphicsContext gc, GridGeometry g, boolean[] mask, Color color, double width) {
        int fc = g.frameCols();
        int fr = g.frameRows();
        double s = g.cellSize();
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineCap(StrokeLineCap.SQUARE);
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) {
                continue;
            }
            int r = i / fc;
            int c = i % fc;
            double x = g.x(c);
            double y = g.y(r);
            if (r == 0 || !mask[i - fc]) {
                gc.strokeLine(x, y, x + s, y);
            }
            if (r == fr - 1 || !mask[i + fc]) {
                gc.strokeLine(x, y + s, x + s, y + s);
            }
            if (c == 0 || !mask[i - 1]) {
                gc.strokeLine(x, y, x, y + s);
            }
            if (c == fc - 1 || !mask[i + 1]) {
                gc.strokeLine(x + s, y, x + s, y + s);
            }
        }
    }

    private static void star(GraphicsContext gc, double cx, double cy, double radius) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? radius : radius * 0.45;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            xs[k] = cx + r * Math.cos(a);
            ys[k] = cy + r * Math.sin(a);
        }
        gc.setFill(ACCENT);
        gc.fillPolygon(xs, ys, 10);
        gc.setStroke(HALO);
        gc.setLineWidth(Math.max(1, radius / 6));
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.strokePolygon(xs, ys, 10);
        gc.setLineJoin(StrokeLineJoin.MITER);
    }

    private int[] pixels(int n) {
        if (rasterPixels.length < n) {
            rasterPixels = new int[n];
        }
        return rasterPixels;
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    /** True when dark text has more contrast on {@code argb} than white (WCAG relative luminance). */
    static boolean prefersDarkText(int argb) {
        double l = 0.2126 * lin((argb >> 16) & 0xFF) + 0.7152 * lin((argb >> 8) & 0xFF) + 0.0722 * lin(argb & 0xFF);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05);
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
