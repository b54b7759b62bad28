package fmx.ui.lesson;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.effect.Effect;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Draws attention to one node of the window, found by its id: a pulsing glow (an effect, so it works on canvases
 * and controls alike) and the style class {@code lesson-highlight}. One node at a time; the previous one gets its
 * own effect back.
 */
final class Highlighter {
    static final String STYLE_CLASS = "lesson-highlight";

    private final DropShadow glow = new DropShadow(12, Color.web("#ff8c00"));
    private final Timeline pulse = new Timeline(
            new KeyFrame(Duration.ZERO, new KeyValue(glow.radiusProperty(), 6), new KeyValue(glow.spreadProperty(), 0.5)),
            new KeyFrame(Duration.millis(700), new KeyValue(glow.radiusProperty(), 24),
                    new KeyValue(glow.spreadProperty(), 0.75)));
    private Node current;
    private Effect previousEffect;

    Highlighter() {
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
    }

    /** Highlights the node with id {@code id} in {@code scene} (null or not found: nothing); returns it. */
    Node highlight(Scene scene, String id) {
        clear();
        if (scene == null || id == null || id.isBlank()) {
            return null;
        }
        Node node = scene.lookup("#" + id);
        if (node == null) {
            return null;
        }
        current = node;
        previousEffect = node.getEffect();
        node.setEffect(glow);
        node.getStyleClass().add(STYLE_CLASS);
        pulse.play();
        return node;
    }

    void clear() {
        pulse.stop();
        if (current != null) {
            current.setEffect(previousEffect);
            current.getStyleClass().remove(STYLE_CLASS);
            current = null;
        }
    }

    Node current() {
        return current;
    }
}
