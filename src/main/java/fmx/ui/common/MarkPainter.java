package fmx.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws the {@link CellMark}s of a grid for {@link CellGridPainter}: tints and veils on the base layer, outlines on
 * the overlay, each kind from a mask of the frame cells it marks. Outlines are filled rectangles where they can be
 * (the software renderer fills axis-aligned rectangles directly but rasterises every stroke as a shape), with a dark
 * halo so that they show on every colour of every map. Stateless; FX thread only.
 */
final class MarkPainter {
    static final Color ACCENT = Color.web("#F5A300");
    private static final Color HALO = Color.web("#111111");

    private MarkPainter() {
    }

    /** True for the kinds drawn on the base layer (tints and veils, under the numbers or over the colours). */
    static boolean isBaseKind(CellMark.Kind kind) {
        return switch (kind) {
            case FED, CURRENT, DILATION_GAP, UNVISITED -> true;
            default -> false;
        };
    }

    /** True for the kinds drawn on the overlay (outlines); {@code CURRENT} is on both layers: tint and outline. */
    static boolean isOverlayKind(CellMark.Kind kind) {
        return switch (kind) {
            case FED, DILATION_GAP, UNVISITED -> false;
            default -> true;
        };
    }

    /** Tints go under the numbers: cells fed to the current step, the current cell. */
    static void paintTints(GraphicsContext gc, GridGeometry g, Map<CellMark.Kind, boolean[]> masks) {
        fillMask(gc, g, masks.get(CellMark.Kind.FED), ACCENT.deriveColor(0, 1, 1, 0.45));
        fillMask(gc, g, masks.get(CellMark.Kind.CURRENT), ACCENT.deriveColor(0, 1, 1, 0.35));
    }

    /** Greyed kinds go over the numbers: the cells read as skipped. */
    static void paintVeils(GraphicsContext gc, GridGeometry g, Map<CellMark.Kind, boolean[]> masks) {
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

    /** The overlay kinds: dashed padding taps, the window's union outline, hover, current and winner cells. */
    static void paintOutlines(GraphicsContext gc, GridGeometry g, Map<CellMark.Kind, boolean[]> masks) {
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

    /** Per kind, a flag per frame cell; absent when no mark of that kind lies inside the frame. */
    static Map<CellMark.Kind, boolean[]> masks(GridModel m, GridGeometry g) {
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

    static void hatchLines(GraphicsContext gc, double x, double y, double w, double h, double step,
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
        gc.setFill(halo);
        frame(gc, x + in, y + in, w - 2 * in, h - 2 * in, width + 2);
        gc.setFill(color);
        frame(gc, x + in, y + in, w - 2 * in, h - 2 * in, width);
    }

    /**
     * What {@code strokeRect(x, y, w, h)} with this line width and square corners covers, filled with the current
     * fill as four rectangles that do not overlap: the software renderer fills axis-aligned rectangles directly but
     * sends every stroke through its general shape rasteriser.
     */
    static void frame(GraphicsContext gc, double x, double y, double w, double h, double lineWidth) {
        double hw = lineWidth / 2;
        if (w <= lineWidth || h <= lineWidth) {
            gc.fillRect(x - hw, y - hw, Math.max(0, w) + lineWidth, Math.max(0, h) + lineWidth);
            return;
        }
        gc.fillRect(x - hw, y - hw, w + lineWidth, lineWidth); // top, corners included
        gc.fillRect(x - hw, y + h - hw, w + lineWidth, lineWidth); // bottom
        gc.fillRect(x - hw, y + hw, lineWidth, h - lineWidth); // left, between them
        gc.fillRect(x + w - hw, y + hw, lineWidth, h - lineWidth); // right
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
}
