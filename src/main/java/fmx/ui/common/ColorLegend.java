package fmx.ui.common;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
    // Three ticks at most (low, 0, high), created once: a new scale per result changes texts, never nodes.
    private final List<Label> labels = new ArrayList<>();
    private final List<Line> ticks = new ArrayList<>();
    private final double[] positions = new double[3];
    private int shown;
    private ColorScale scale;
    private ColorMap paintedMap;
    private double paintedWidth = -1;

    public ColorLegend() {
        getStyleClass().add("color-legend");
        frame.setFill(null);
        frame.setStroke(Color.rgb(128, 128, 128, 0.7));
        getChildren().addAll(bar, frame);
        for (int i = 0; i < 3; i++) {
            Label label = new Label();
            label.getStyleClass().add("color-legend-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Line tick = new Line();
            tick.setStroke(Color.rgb(128, 128, 128, 0.9));
            labels.add(label);
            ticks.add(tick);
            getChildren().addAll(tick, label);
        }
        setScale(ColorScale.fit(ColorMap.DIVERGING, -1f, 1f));
    }

    /** Shows {@code scale}; the same scale again costs nothing. */
    public void setScale(ColorScale scale) {
        java.util.Objects.requireNonNull(scale, "scale");
        if (scale.equals(this.scale)) {
            return;
        }
        this.scale = scale;
        shown = 0;
        if (scale.isProper()) {
            tick(0, scale.low());
            if (scale.low() < 0 && scale.high() > 0) {
                tick(scale.position(0f), 0f);
            }
            tick(1, scale.high());
        } else {
            tick(0.5, scale.low());
        }
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).setVisible(i < shown);
            ticks.get(i).setVisible(i < shown);
        }
        setAccessibleText(Messages.TEXTS.text("legend.accessible", scale.map().label(),
                CompactNumber.format(scale.low()),
                CompactNumber.format(scale.high())));
        setNeedsLayout(true); // same size whatever the numbers: only this legend lays out again
    }

    public ColorScale getScale() {
        return scale;
    }

    /** The labels' texts, left to right (for tests and accessibility). */
    public List<String> tickTexts() {
        return labels.subList(0, shown).stream().map(Label::getText).toList();
    }

    private void tick(double position, float value) {
        labels.get(shown).setText(CompactNumber.format(value));
        positions[shown] = position;
        shown++;
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
        double labelH = labels.getFirst().prefHeight(-1);
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
        for (int i = 0; i < shown; i++) {
            inset = Math.max(inset, Math.min(40, labels.get(i).prefWidth(-1) / 2));
        }
        double barX = Math.round(left + inset);
        double barW = Math.max(10, Math.round(width - 2 * inset));
        bar.relocate(barX, top);
        bar.setWidth(barW);
        bar.setHeight(BAR_HEIGHT);
        if (barW != paintedWidth || scale.map() != paintedMap) {
            paintBar(barW); // the bar shows the colour map, not the range: most new scales keep it
            paintedWidth = barW;
            paintedMap = scale.map();
        }
        frame.setX(barX + 0.5);
        frame.setY(top + 0.5);
        frame.setWidth(barW - 1);
        frame.setHeight(BAR_HEIGHT - 1);
        double previousRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < shown; i++) {
            double x = Math.round(barX + positions[i] * barW) + 0.5;
            Line t = ticks.get(i);
            t.setStartX(x);
            t.setEndX(x);
            t.setStartY(top + BAR_HEIGHT);
            t.setEndY(top + BAR_HEIGHT + TICK);
            Label l = labels.get(i);
            double lw = l.prefWidth(-1);
            double lx = Math.max(left, Math.min(left + width - lw, x - lw / 2));
            l.setVisible(lx >= previousRight + 4 || i == 0);
            t.setVisible(true);
            if (l.isVisible()) {
                previousRight = lx + lw;
            }
            l.resizeRelocate(Math.round(lx), top + BAR_HEIGHT + TICK, lw, l.prefHeight(-1));
        }
    }
}
