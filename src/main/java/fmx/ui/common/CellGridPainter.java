package fmx.ui.common;

import fmx.core.TextContrast;
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
 * their numbers (in grids of more than {@link #RASTER_CELLS_FROM} cells only once they are big enough for numbers);
 * smaller cells go through one {@code PixelWriter.setPixels} call and a scaled image, so that a
 * 1000 x 1000 photo draws in a few milliseconds. Overlay colours keep a dark halo so that they show on every colour
 * of every map. FX thread only.
 */
final class CellGridPainter {
    static final double RASTER_BELOW = 3;
    static final double NUMBERS_FROM = 16;
    /** Grids with more cells than this are drawn as a raster unless their cells are big enough for numbers. */
    static final int RASTER_CELLS_FROM = 1024;

    static final Color SELECTION = Color.web("#0B66E4");
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
    private static final double MIN_FONT = 7.5;
    /** The numbers' font size in the picture on the canvas (0: none): a partial repaint must keep it. */
    private double paintedFontSize = -1;
    private long rasterVersion = -1;
    private int rasterRevealed;

    /**
     * The layer that changes with the data: colours, padding, tints, grid lines, numbers, veils and the border. Marks
     * of the tinting kinds ({@link MarkPainter#isBaseKind}) are drawn here, under the numbers; the rest go on the overlay.
     */
    void paintBase(GraphicsContext gc, GridModel m, GridGeometry g, double width, double height, double renderScale) {
        paintBase(gc, m, g, width, height, renderScale, null);
    }

    /**
     * Like {@link #paintBase(GraphicsContext, GridModel, GridGeometry, double, double, double)}, but when
     * {@code cells} is given only those frame cells are cleared and drawn again (under a rectangular clip, which the
     * canvas applies without a mask): one edited cell costs one number, not all of them. Falls back to the whole
     * picture when the numbers' font size changed.
     */
    void paintBase(GraphicsContext gc, GridModel m, GridGeometry g, double width, double height, double renderScale,
                   CellBox cells) {
        // A big grid without numbers goes through the raster too: one image instead of thousands of rectangles
        // per frame, which is what keeps the animation of a 64 x 64 input smooth.
        boolean fine = m.hasData() && g.cellSize() >= RASTER_BELOW
                && ((long) m.rows * m.cols <= RASTER_CELLS_FROM || g.cellSize() >= NUMBERS_FROM);
        double fontSize = fine && g.cellSize() >= NUMBERS_FROM ? numberFontSize(m, g) : 0;
        CellBox box = fontSize == paintedFontSize && m.hasData() ? cells : null;
        paintedFontSize = fontSize;
        double s = g.cellSize();
        if (box == null) {
            gc.clearRect(0, 0, width, height);
        } else {
            // One device pixel more on each side: the scaled colour raster may have put a neighbour's colour on the
            // edge pixels of these cells' neighbours. Everything but the numbers is drawn whole under the clip.
            double px = 1 / renderScale;
            double x = g.x(box.left()) - px;
            double y = g.y(box.top()) - px;
            double w = box.cols() * s + 2 * px;
            double h = box.rows() * s + 2 * px;
            gc.save();
            gc.beginPath();
            gc.rect(x, y, w, h);
            gc.clip();
            gc.clearRect(x, y, w, h);
        }
        if (m.hasData()) {
            resetStrokes(gc);
            double px = 1 / renderScale;
            Map<CellMark.Kind, boolean[]> masks = MarkPainter.masks(m, g);
            paintRaster(gc, m, g); // one image for all the colours: a rectangle per cell costs the renderer far more
            paintPadding(gc, m, g, fine);
            MarkPainter.paintTints(gc, g, masks);
            paintGridLines(gc, g, px);
            if (fontSize >= MIN_FONT) {
                paintNumbers(gc, m, g, fontSize, box == null ? CellBox.all(g) : box);
            }
            MarkPainter.paintVeils(gc, g, masks);
            paintBorder(gc, g, px);
        }
        if (box != null) {
            gc.restore();
        }
    }

    /**
     * The layer that changes from frame to frame, drawn over the base on its own canvas so that the base is not
     * redrawn: outlines of marks, the moving window, the selection, the stale veil and the focus ring. Returns false
     * when it drew nothing, so that the grid can hide the canvas instead of blending a transparent picture over the
     * base on every repaint.
     */
    boolean paintOverlay(GraphicsContext gc, GridModel m, GridGeometry g, double width, double height) {
        gc.clearRect(0, 0, width, height);
        if (!m.hasData()) {
            return false;
        }
        resetStrokes(gc);
        Map<CellMark.Kind, boolean[]> masks = MarkPainter.masks(m, g);
        boolean drew = m.window != null || m.showSelection && m.selRow >= 0 || m.stale || m.focused;
        for (CellMark.Kind kind : masks.keySet()) {
            drew |= MarkPainter.isOverlayKind(kind);
        }
        if (!drew) {
            return false;
        }
        MarkPainter.paintOutlines(gc, g, masks);
        if (m.window != null) {
            WindowFramePainter.paint(gc, m, g, measurer);
        }
        if (m.showSelection && m.selRow >= 0) {
            double s = g.cellSize();
            double x = g.x(m.selCol + m.padLeft);
            double y = g.y(m.selRow + m.padTop);
            MarkPainter.outline(gc, x, y, s, s, SELECTION, Math.max(2, Math.min(3.5, s / 10)), Color.WHITE);
        }
        if (m.stale) {
            paintStale(gc, g, width);
        }
        if (m.focused) {
            gc.setStroke(SELECTION.deriveColor(0, 1, 1, 0.75));
            gc.setLineWidth(2);
            gc.strokeRoundRect(g.originX() - 4, g.originY() - 4, g.width() + 8, g.height() + 8, 8, 8);
        }
        return true;
    }

    private static void resetStrokes(GraphicsContext gc) {
        gc.setLineCap(StrokeLineCap.SQUARE);
        gc.setLineJoin(StrokeLineJoin.MITER);
        gc.setLineDashes();
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
            MarkPainter.hatchLines(gc, g.originX(), g.originY(), g.width(), g.height(), Math.max(5, g.cellSize() / 5),
                    PADDING_HATCH, 1, false);
        }
        gc.restore();
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

    /** Formats every value into {@code labels} and returns the font size that fits the longest in a cell. */
    private double numberFontSize(GridModel m, GridGeometry g) {
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
        double size = fontSizeFor(longestText, g.cellSize());
        return size < MIN_FONT ? 0 : size;
    }

    /** The numbers of the frame cells in {@code box}, in the size {@link #numberFontSize} gave. */
    private void paintNumbers(GraphicsContext gc, GridModel m, GridGeometry g, double size, CellBox box) {
        double s = g.cellSize();
        gc.setFont(Font.font("System", FontWeight.SEMI_BOLD, size));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        int[] argb = pixels(m.cols);
        int r0 = Math.max(0, box.top() - m.padTop);
        int r1 = Math.min(m.rows - 1, box.bottom() - m.padTop);
        int c0 = Math.max(0, box.left() - m.padLeft);
        int c1 = Math.min(m.cols - 1, box.right() - m.padLeft);
        for (int r = r0; r <= r1; r++) {
            m.scale.fill(m.values, r * m.cols, m.cols, argb, 0);
            double cy = g.y(r + m.padTop) + s / 2;
            for (int c = c0; c <= c1; c++) {
                if (m.revealed(r, c)) {
                    gc.setFill(TextContrast.prefersDarkText(argb[c]) ? DARK_TEXT : LIGHT_TEXT);
                    gc.fillText(labels[r * m.cols + c], g.x(c + m.padLeft) + s / 2, cy);
                }
            }
        }
        gc.setFont(Font.font("System", FontWeight.NORMAL, size));
        gc.setFill(PADDING_TEXT);
        for (int fr = box.top(); fr <= box.bottom(); fr++) {
            boolean dataRow = fr >= m.padTop && fr < m.padTop + m.rows;
            for (int fc = box.left(); fc <= box.right(); fc++) {
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

    private void paintStale(GraphicsContext gc, GridGeometry g, double canvasWidth) {
        gc.setFill(Color.rgb(150, 150, 150, 0.55));
        gc.fillRect(g.originX(), g.originY(), g.width(), g.height());
        String text = Messages.TEXTS.text("grid.stale");
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

    private int[] pixels(int n) {
        if (rasterPixels.length < n) {
            rasterPixels = new int[n];
        }
        return rasterPixels;
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
