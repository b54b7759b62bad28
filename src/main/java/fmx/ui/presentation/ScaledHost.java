package fmx.ui.presentation;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content scaled by {@link #scaleProperty()}: the content is laid out at (width / scale) x
 * (height / scale) and drawn through a Scale transform, so text, controls and the grids' canvases all grow together
 * and the whole still fits the window. At scale 1 it is a plain container.
 */
public final class ScaledHost extends Region {
    private final Parent content;
    private final Scale transform = new Scale(1, 1, 0, 0);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);

    public ScaledHost(Parent content) {
        this.content = content;
        getChildren().add(content);
        content.getTransforms().add(transform);
        transform.xProperty().bind(scale);
        transform.yProperty().bind(scale);
        scale.addListener((o, a, b) -> requestLayout());
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public Parent content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        double s = scale.get();
        content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * scale.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * scale.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
