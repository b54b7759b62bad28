package fmx.ui.photo;

import fmx.core.Tensor;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The one zoom and pan that the photo and every map panel share: photo coordinate (left, top) at a panel's
 * top-left corner, zoom screen pixels per photo pixel, panels of panelWidth x panelHeight. While the view fits the
 * whole photo (until a zoom or pan) it fits again when the panels change size. FX-thread only; no scene classes.
 */
final class SharedViewport {
    private final Supplier<Tensor> photo;
    private final DoubleProperty zoom;
    private final DoubleProperty left;
    private final DoubleProperty top;
    private final IntegerProperty panelWidth;
    private final IntegerProperty panelHeight;
    private boolean fitted = true;

    /** {@code owner} is the bean the properties name; {@code photo} gives the photo shown (null for none). */
    SharedViewport(Object owner, Supplier<Tensor> photo) {
        this.photo = photo;
        zoom = new SimpleDoubleProperty(owner, "zoom", 1);
        left = new SimpleDoubleProperty(owner, "left", 0);
        top = new SimpleDoubleProperty(owner, "top", 0);
        panelWidth = new SimpleIntegerProperty(owner, "panelWidth", 320);
        panelHeight = new SimpleIntegerProperty(owner, "panelHeight", 240);
        panelWidth.addListener(x -> refitIfFitted());
        panelHeight.addListener(x -> refitIfFitted());
    }

    /** Fits the whole photo into a panel. */
    void fit() {
        Tensor t = photo.get();
        if (t == null) {
            return;
        }
        double z = Math.min(panelWidth.get() / (double) t.width(), panelHeight.get() / (double) t.height());
        setView(z, (t.width() - panelWidth.get() / z) / 2, (t.height() - panelHeight.get() / z) / 2);
        fitted = true;
    }

    private void refitIfFitted() {
        if (fitted) {
            fit();
        }
    }

    /** One photo pixel per screen pixel, keeping the panel's centre. */
    void oneToOne() {
        zoomAt(1 / zoom.get(), panelWidth.get() / 2.0, panelHeight.get() / 2.0);
    }

    /** Multiplies the zoom by {@code factor} keeping the photo point under screen point (sx, sy) in place. */
    void zoomAt(double factor, double sx, double sy) {
        double z = Math.clamp(zoom.get() * factor, 1.0 / 64, 64);
        double px = left.get() + sx / zoom.get();
        double py = top.get() + sy / zoom.get();
        setView(z, px - sx / z, py - sy / z);
        fitted = false;
    }

    /** Moves the view by a drag of (dx, dy) screen pixels. */
    void pan(double dx, double dy) {
        setView(zoom.get(), left.get() - dx / zoom.get(), top.get() - dy / zoom.get());
        fitted = false;
    }

    private void setView(double z, double l, double t) {
        zoom.set(z);
        left.set(l);
        top.set(t);
    }

    Viewport snapshot() {
        return new Viewport(left.get(), top.get(), zoom.get(), Math.max(1, panelWidth.get()),
                Math.max(1, panelHeight.get()));
    }

    DoubleProperty zoom() {
        return zoom;
    }

    DoubleProperty left() {
        return left;
    }

    DoubleProperty top() {
        return top;
    }

    IntegerProperty panelWidth() {
        return panelWidth;
    }

    IntegerProperty panelHeight() {
        return panelHeight;
    }
}
