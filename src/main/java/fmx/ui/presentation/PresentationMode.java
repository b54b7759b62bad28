package fmx.ui.presentation;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presentation mode for a projector: full screen, everything scaled up ({@link #DEFAULT_SCALE}, Ctrl+plus / minus
 * in steps of {@link #STEP} between {@link #MIN_SCALE} and {@link #MAX_SCALE}), a high-contrast style
 * (presentation.css, under the style class {@code presentation}), the editing side panels folded (the caller says
 * how), and a translucent circle that follows the mouse pointer. Esc, or leaving full screen, ends it.
 */
public final class PresentationMode {
    public static final double DEFAULT_SCALE = 1.5;
    public static final double MIN_SCALE = 1.0;
    public static final double MAX_SCALE = 2.5;
    public static final double STEP = 0.25;
    static final String STYLE_CLASS = "presentation";

    private final ScaledHost host;
    private final Consumer<Boolean> foldPanels;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", DEFAULT_SCALE);
    private final Pane overlay = new Pane();
    private final Circle pointer = new Circle(30, Color.rgb(255, 200, 0, 0.35));

    /** {@code foldPanels} folds (true) or restores (false) the window's editing side panels. */
    public PresentationMode(ScaledHost host, Consumer<Boolean> foldPanels) {
        this.host = host;
        this.foldPanels = foldPanels;
        pointer.setStroke(Color.rgb(255, 140, 0, 0.9));
        pointer.setStrokeWidth(3);
        pointer.setVisible(false);
        pointer.setId("presentation-pointer");
        overlay.getChildren().add(pointer);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        overlay.setId("presentation-overlay");
        active.addListener((o, was, on) -> apply(on));
        scale.addListener((o, a, s) -> {
            if (active.get()) {
                host.scaleProperty().set(s.doubleValue());
            }
        });
        host.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    /** The layer above the window that carries the pointer highlight: put it on top of the host in a StackPane. */
    public Node overlay() {
        return overlay;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public void toggle() {
        active.set(!active.get());
    }

    /** Scale up (+1) or down (-1) by one step, within the limits. */
    public void zoom(int direction) {
        scale.set(Math.clamp(scale.get() + direction * STEP, MIN_SCALE, MAX_SCALE));
    }

    private void install(Scene scene) {
        scene.getStylesheets().add(PresentationMode.class.getResource("presentation.css").toExternalForm());
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::follow);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::follow);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        scene.windowProperty().addListener((o, a, w) -> watchFullScreen(w));
        watchFullScreen(scene.getWindow());
    }

    private void watchFullScreen(Window w) {
        if (w instanceof Stage stage) {
            stage.fullScreenProperty().addListener((o, was, full) -> {
                if (!full && active.get() && !stage.isFullScreen()) {
                    active.set(false); // the user left full screen (Esc in the window system): leave the mode too
                }
            });
        }
    }

    private void follow(MouseEvent e) {
        pointer.setCenterX(e.getSceneX());
        pointer.setCenterY(e.getSceneY());
    }

    private void keys(KeyEvent e) {
        if (!active.get()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            active.set(false);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS
                || e.getCode() == KeyCode.ADD)) {
            zoom(1);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            zoom(-1);
            e.consume();
        }
    }

    private void apply(boolean on) {
        host.scaleProperty().set(on ? scale.get() : 1);
        if (on) {
            host.content().getStyleClass().add(STYLE_CLASS);
        } else {
            host.content().getStyleClass().remove(STYLE_CLASS);
        }
        pointer.setVisible(on);
        foldPanels.accept(on);
        if (host.getScene() != null && host.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(on);
        }
    }
}
