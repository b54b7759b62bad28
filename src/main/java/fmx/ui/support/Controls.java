package fmx.ui.support;

import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factories for the views: spinners bound to the session, tooltips, icon buttons, section titles. */
public final class Controls {
    private Controls() {}

    /**
     * Gives {@code control} its stable id and a one-sentence tooltip, which a screen reader also reads: as the help
     * text, and as the name of a control that shows no text of its own (spinner, combo box, field, icon button).
     */
    public static <T extends Control> T named(T control, String id, String tooltip) {
        control.setId(id);
        control.setAccessibleHelp(tooltip);
        boolean ownText = control instanceof Labeled l && l.getText() != null && !l.getText().isBlank();
        if (!ownText && control.getAccessibleText() == null) {
            control.setAccessibleText(tooltip);
        }
        control.setTooltip(tooltip(tooltip));
        return control;
    }

    /** The same for a node that is not a control (a grid): id, tooltip and screen-reader help. */
    public static <T extends Node> T namedNode(T node, String id, String tooltip) {
        node.setId(id);
        node.setAccessibleHelp(tooltip);
        Tooltip.install(node, tooltip(tooltip));
        return node;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

    /** An editable integer spinner two-way bound to {@code property} (whose changes are recorded for undo). */
    public static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty property, String tooltip) {
        Spinner<Integer> s = integerSpinner(min, max, property.get());
        ObjectProperty<Integer> boxed = property.asObject();
        s.getProperties().put("binding", boxed); // bidirectional bindings are weak: keep the adapter alive
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        return named(s, id, tooltip);
    }

    /** An editable integer spinner that calls {@code onChange} with the new value (an action, not a binding). */
    public static Spinner<Integer> actionSpinner(String id, int min, int max, int value, IntConsumer onChange,
                                                 String tooltip) {
        Spinner<Integer> s = integerSpinner(min, max, value);
        s.valueProperty().addListener((o, a, b) -> {
            if (b != null && !Boolean.TRUE.equals(s.getProperties().get("updating"))) {
                onChange.accept(b);
            }
        });
        return named(s, id, tooltip);
    }

    private static Spinner<Integer> integerSpinner(int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setEditable(true);
        s.setPrefWidth(78);
        s.setMinWidth(Region.USE_PREF_SIZE); // a squeezed row must not hide the number
        return s;
    }

    /** Sets a spinner's value from the model without calling its action. */
    public static void show(Spinner<Integer> s, int value) {
        if (s.getValue() != value) {
            s.getProperties().put("updating", true);
            s.getValueFactory().setValue(value);
            s.getProperties().put("updating", false);
        }
    }

    public static <T extends ButtonBase> T icon(T button, Ikon icon) {
        FontIcon f = new FontIcon(icon);
        f.getStyleClass().add("button-icon");
        button.setGraphic(f);
        return button;
    }

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    public static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public static Node withId(Node n, String id) {
        n.setId(id);
        return n;
    }

    /**
     * Stops a scroll pane's skin from caching its viewport as an image. With the cache, every change inside (an
     * edited cell, a new map, a frame of the animation) redraws the cache and then draws it again: twice the
     * rendering, measured as the largest render-thread cost per edit.
     */
    public static ScrollPane withoutViewportCache(ScrollPane scroll) {
        scroll.skinProperty().addListener((o, a, skin) -> {
            Node view = scroll.lookup(".viewport");
            if (view != null) {
                view.setCache(false);
            }
        });
        return scroll;
    }
}
