package fmx.ui.common;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws the moving window of a {@link GridModel}: a thick outline at a fractional cell position, and the weights. */
final class WindowFramePainter {
    private static final Color HALO = Color.web("#111111");
    private static final Color WEIGHT_BACK = Color.rgb(17, 17, 17, 0.78);

    private WindowFramePainter() {
    }

    static void paint(GraphicsContext gc, GridModel m, GridGeometry g, Text measurer) {
        GridModel.WindowFrame w = m.window;
        double s = g.cellSize();
        double x = g.x(w.left() + m.padLeft);
        double y = g.y(w.top() + m.padTop);
        double width = Math.max(4, Math.min(7, s / 7));
        gc.setFill(HALO);
        MarkPainter.frame(gc, x, y, w.width() * s, w.height() * s, width + 2);
        gc.setFill(Color.WHITE);
        MarkPainter.frame(gc, x, y, w.width() * s, w.height() * s, Math.max(1.2, width / 3));
        if (w.weights() != null && s >= 24) {
            paintWeights(gc, w, x, y, s, measurer);
        }
    }

    /** Each tap's weight in a small dark pill in the bottom-right corner of its cell, written "×w". */
    private static void paintWeights(GraphicsContext gc, GridModel.WindowFrame w, double x0, double y0, double s,
                                     Text measurer) {
        double size = Math.max(8, Math.min(15, s * 0.2));
        Font font = Font.font("System", FontWeight.BOLD, size);
        measurer.setFont(font);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double h = size * 1.35;
        for (int i = 0; i < w.kh(); i++) {
            for (int j = 0; j < w.kw(); j++) {
                String text = "\u00D7" + CompactNumber.format(w.weights()[i * w.kw() + j]);
                measurer.setText(text);
                double tw = Math.min(s - 4, measurer.getLayoutBounds().getWidth() + size * 0.6);
                double cx = x0 + (j * w.dilX() + 1) * s - tw / 2 - 2;
                double cy = y0 + (i * w.dilY() + 1) * s - h / 2 - 2;
                gc.setFill(WEIGHT_BACK);
                gc.fillRoundRect(cx - tw / 2, cy - h / 2, tw, h, h, h);
                gc.setFill(Color.WHITE);
                gc.fillText(text, cx, cy, s - 4);
            }
        }
    }
}
