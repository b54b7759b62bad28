package fmx.ui.common;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A horizontal colour bar for a {@link ColorScale} with ticks and labels at its low end, at 0 (when 0 lies inside) and
 * at its high end, formatted like the cells ({@link CompactNumber}). Built of nodes, so the labels follow the theme's
 * text colour. FX thread only.
 */
public final class ColorLegend extends Region {
    private static final double BAR_HEIGHT = 14;
    private static final double TICK = 4;

    private final Canvas bar = new Canvas();
    private final Rectangle frame = new Rectangle();
    private final List<Label> labels = new ArrayList<>();
    private final List<Line> ticks = new ArrayList<>();
    private final List<Double> positions = new ArrayList<>();
    private ColorScale scale;

    public ColorLegend() {
        getStyleClass().add("color-legend");
        frame.setFill(null);
        frame.setStyle("-fx-stroke: rgba(128,128,128,0.7);");
        getChildren().addAll(bar, frame);
        setScale(ColorScale.fit(ColorMap.DIVERGING, -1f, 1f));
    }

    public void setScale(ColorScale scale) {
        this.scale = java.util.Objects.requireNonNull(scale, "scale");
        getChildren().removeAll(labels);
        getChildren().removeAll(ticks);
        labels.clear();
        ticks.clear();
        positions.clear();
        if (scale.isProper()) {
            addTick(0, scale.low());
            if (scale.low() < 0 && scale.high() > 0) {
                addTick(scale.position(0f), 0f);
            }
            addTick(1, scale.high());
        } else {
            addTick(0.5, scale.low());
        }
        setAccessibleText("colour scale " + scale.map().label() + " from " + CompactNumber.format(scale.low())
                + " to " + CompactNumber.format(scale.high()));
        requestLayout();
    }

    public ColorScale getScale() {
        return scale;
    }

    /** The labels' texts, left to right (for tests and accessibility). */
    public List<String> tickTexts() {
        return labels.stream().map(Label::getText).toList();
    }

    private void addTick(double position, float value) {
        Label label = new Label(CompactNumber.format(value));
        label.getStyleClass().add("color-legend-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Line tick = new Line();
        tick.setStyle("-fx-stroke: rgba(128,128,128,0.9);");
        labels.add(label);
        ticks.add(tick);
        positions.add(position);
        getChildren().addAll(tick, label);
    }

    /** One column per pixel, coloured from the map's table (the canvas keeps it crisp at any render scale). */
    private void paintBar(double width) {
        GraphicsContext gc = bar.getGraphicsContext2D();
        gc.clearRect(0, 0, width, BAR_HEIGHT);
        int n = (int) Math.ceil(width);
        for (int x = 0; x < n; x++) {
            gc.setFill(CellGridPainter.color(scale.map().argb(n == 1 ? 0.5 : (double) x / (n - 1))));
            gc.fillRect(x, 0, 1, BAR_HEIGHT);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200 + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double labelH = labels.isEmpty() ? 0 : labels.getFirst().prefHeight(-1);
        return snappedTopInset() + BAR_HEIGHT + TICK + labelH + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 80;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        // Labels at the ends are centred on their tick but kept inside: leave room for half a label each side.
        double inset = 0;
        for (Label l : labels) {
            inset = Math.max(inset, Math.min(40, l.prefWidth(-1) / 2));
        }
        double barX = Math.round(left + inset);
        double barW = Math.max(10, Math.round(width - 2 * inset));
        bar.relocate(barX, top);
        bar.setWidth(barW);
        bar.setHeight(BAR_HEIGHT);
        paintBar(barW);
        frame.setX(barX + 0.5);
        frame.setY(top + 0.5);
        frame.setWidth(barW - 1);
        frame.setHeight(BAR_HEIGHT - 1);
        double previousRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels.size(); i++) {
            double x = Math.round(barX + positions.get(i) * barW) + 0.5;
            Line t = ticks.get(i);
            t.setStartX(x);
            t.setEndX(x);
            t.setStartY(top + BAR_HEIGHT);
            t.setEndY(top + BAR_HEIGHT + TICK);
            Label l = labels.get(i);
            double lw = l.prefWidth(-1);
            double lx = Math.max(left, Math.min(left + width - lw, x - lw / 2));
            l.setVisible(lx >= previousRight + 4 || i == 0);
            if (l.isVisible()) {
                previousRight = lx + lw;
            }
            l.resizeRelocate(Math.round(lx), top + BAR_HEIGHT + TICK, lw, l.prefHeight(-1));
        }
    }
}
