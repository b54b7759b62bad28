package fmx.ui.standin;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

public final class ColorLegend extends Region {
    private final Canvas canvas = new Canvas(120, 14);
    public ColorLegend() { getChildren().add(canvas); setMinHeight(14); setPrefSize(120, 14); }
    public void setScale(ColorScale s) {
        var g = canvas.getGraphicsContext2D();
        for (int i = 0; i < 120; i++) {
            int argb = s.map().argb(i / 119.0);
            g.setFill(Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255));
            g.fillRect(i, 0, 1, 14);
        }
    }
}
