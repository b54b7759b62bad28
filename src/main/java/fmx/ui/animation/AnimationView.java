package fmx.ui.animation;

import static fmx.ui.support.Controls.caption;
import static fmx.ui.support.Controls.icon;
import static fmx.ui.support.Controls.named;
import static fmx.ui.support.Controls.withoutViewportCache;

import fmx.ui.common.CellGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The sliding-window tab: the controls, the padded input channels side by side with the moving window, the map
 * filling in (then the pooling window over it and the pooled map), and the current step's equation with each
 * channel's partial sum. An {@link AnimationTimer} feeds frame times to the view-model while it is active and the
 * tab is showing; every other handler calls one view-model method.
 */
public final class AnimationView {
    private final AnimationViewModel vm;
    private final MapGrids grids;
    private final BorderPane root = new BorderPane();
    private final AnimationTimer timer;

    public AnimationView(AnimationViewModel vm) {
        this.vm = vm;
        this.grids = new MapGrids(vm);
        this.timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (!showing()) {
                    vm.pause();
                    last = -1;
                    return;
                }
                vm.advance(last < 0 ? 0 : (now - last) / 1e9);
                last = vm.activeProperty().get() ? now : -1;
            }
        };
    }

    public Node createView() {
        Label banner = new Label();
        banner.setId("anim-message");
        banner.getStyleClass().add("problem-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> vm.messageProperty().get() == null ? null
                : Messages.TEXTS.text("banner.lastValid", vm.messageProperty().get()),
                vm.messageProperty()));
        banner.visibleProperty().bind(vm.messageProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        Label status = new Label();
        status.setId("anim-status");
        status.getStyleClass().add("section-title");
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get()
                + (vm.pinnedProperty().get() ? Messages.TEXTS.text("status.pinned") : ""), vm.statusProperty(),
                vm.pinnedProperty()));
        VBox top = new VBox(8, transportBar(), optionsBar(), new PredictBar(vm).createView(), banner, status);
        root.setTop(top);
        // A split, not a border pane's bottom: a long equation scrolls instead of covering the grids.
        ScrollPane equationScroll = new ScrollPane(equationArea());
        equationScroll.setFitToWidth(true);
        equationScroll.getStyleClass().add("edge-to-edge");
        equationScroll.setId("anim-equation-scroll");
        withoutViewportCache(equationScroll);
        SplitPane split = new SplitPane(grids.createView(), equationScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        root.setCenter(split);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(10));
        root.getStyleClass().add("panel");
        // Its own stylesheet: presentation mode's large playback controls and the predict feedback.
        root.getStylesheets().add(AnimationView.class.getResource("animation.css").toExternalForm());
        root.setId("anim-root");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof javafx.scene.control.Control)) {
                root.requestFocus(); // so that Space and the arrows reach the animation
            }
        });
        vm.activeProperty().addListener((o, was, is) -> {
            if (is) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        // In a tab pane the view's parent is the tab's content region, visible only while the tab is selected.
        // One listener that follows the parent: a listener per parent would stay on every former parent.
        javafx.beans.value.ChangeListener<Boolean> parentVisible = (o, a, visible) -> vm.setShown(visible);
        root.parentProperty().addListener((o, was, parent) -> {
            if (was != null) {
                was.visibleProperty().removeListener(parentVisible);
            }
            vm.setShown(parent != null && parent.isVisible());
            if (parent != null) {
                parent.visibleProperty().addListener(parentVisible);
            }
        });
        return root;
    }

    private Node transportBar() {
        Button start = button("anim-start", MaterialDesignS.SKIP_PREVIOUS, Messages.TEXTS.text("control.start"));
        start.setOnAction(e -> vm.goToStart());
        Button back = button("anim-step-back", MaterialDesignS.STEP_BACKWARD, Messages.TEXTS.text("control.back"));
        back.setOnAction(e -> vm.stepBack());
        Button play = button("anim-play", MaterialDesignP.PLAY, Messages.TEXTS.text("control.play"));
        play.setOnAction(e -> vm.togglePlay());
        vm.playingProperty().addListener((o, was, is) ->
                icon(play, is ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        Button forward = button("anim-step-forward", MaterialDesignS.STEP_FORWARD,
                Messages.TEXTS.text("control.forward"));
        forward.setOnAction(e -> vm.stepForward());
        Button end = button("anim-end", MaterialDesignS.SKIP_NEXT, Messages.TEXTS.text("control.end"));
        end.setOnAction(e -> vm.goToEnd());

        Slider scrubber = named(new Slider(0, 0, 0), "anim-scrubber", Messages.TEXTS.text("control.scrubber"));
        scrubber.setBlockIncrement(1);
        scrubber.setMinWidth(120);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.maxProperty().bind(Bindings.max(0, vm.stepCountProperty().subtract(1)));
        vm.stepIndexProperty().addListener((o, a, i) -> scrubber.setValue(i.intValue()));
        scrubber.valueProperty().addListener((o, a, v) -> {
            int i = (int) Math.round(v.doubleValue());
            if (i != vm.stepIndexProperty().get()) {
                vm.seek(i);
            }
        });
        HBox bar = new HBox(6, start, back, play, forward, end, scrubber);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("anim-transport"); // presentation mode enlarges these controls (animation.css)
        return bar;
    }

    private Node optionsBar() {
        Slider speed = named(new Slider(0, 1, SpeedScale.toSlider(vm.speedProperty().get())), "anim-speed",
                Messages.TEXTS.text("speed.help"));
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((o, a, v) -> vm.speedProperty().set(SpeedScale.fromSlider(v.doubleValue())));
        Label speedText = new Label();
        speedText.setMinWidth(90);
        speedText.textProperty().bind(Bindings.createStringBinding(() -> SpeedScale.describe(vm.speedProperty().get()),
                vm.speedProperty()));
        CheckBox loop = named(new CheckBox(Messages.TEXTS.text("control.loop")), "anim-loop",
                Messages.TEXTS.text("control.loop.help"));
        loop.selectedProperty().bindBidirectional(vm.loopProperty());
        ComboBox<Integer> filter = named(new ComboBox<>(), "anim-filter", Messages.TEXTS.text("filter.help"));
        FilterChoices.bind(filter, vm);
        Button copyText = named(icon(new Button(Messages.TEXTS.text("copy.text")), MaterialDesignC.CONTENT_COPY),
                "anim-copy-text", Messages.TEXTS.text("copy.text.help"));
        copyText.setOnAction(e -> copy(vm.equationText()));
        Button copyLatex = named(icon(new Button(Messages.TEXTS.text("copy.latex")), MaterialDesignC.CODE_BRACES),
                "anim-copy-latex", Messages.TEXTS.text("copy.latex.help"));
        copyLatex.setOnAction(e -> copy(vm.equationLatex()));
        HBox speedBox = new HBox(8, caption(Messages.TEXTS.text("speed.label")), speed, speedText, loop);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        HBox filterBox = new HBox(8, caption(Messages.TEXTS.text("filter.label")), filter);
        filterBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 6, speedBox, filterBox, new HBox(6, copyText, copyLatex));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node equationArea() {
        Label equation = new Label();
        equation.setId("anim-equation");
        equation.getStyleClass().add("explanation");
        equation.setWrapText(true);
        equation.setMaxWidth(Double.MAX_VALUE);
        equation.setMinHeight(Region.USE_PREF_SIZE);
        equation.textProperty().bind(vm.equationProperty());
        HBox cards = new HBox(8);
        cards.setId("anim-partials");
        List<Label> labels = new ArrayList<>();
        vm.channelCardsProperty().addListener((o, a, texts) -> {
            while (labels.size() < texts.size()) {
                Label l = new Label();
                l.setId("anim-partial-" + labels.size());
                l.getStyleClass().addAll("explanation", "channel-card");
                l.setMinWidth(Region.USE_PREF_SIZE);
                labels.add(l);
            }
            for (int c = 0; c < texts.size(); c++) {
                labels.get(c).setText(texts.get(c));
            }
            if (cards.getChildren().size() != texts.size()) {
                cards.getChildren().setAll(labels.subList(0, texts.size()));
            }
        });
        ScrollPane cardScroll = new ScrollPane(cards);
        cardScroll.setFitToHeight(true);
        cardScroll.getStyleClass().add("edge-to-edge");
        cardScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        withoutViewportCache(cardScroll);
        cardScroll.visibleProperty().bind(Bindings.isNotEmpty(cards.getChildren()));
        cardScroll.managedProperty().bind(cardScroll.visibleProperty());
        return new VBox(6, equation, cardScroll);
    }

    private static Button button(String id, org.kordamp.ikonli.Ikon ikon, String tooltip) {
        return named(icon(new Button(), ikon), id, tooltip);
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBox<?>) {
            return;
        }
        // A focused button or check box is activated by Space, a focused slider moves with the arrows: leave them
        // their keys (the scrubber's own arrows step the animation anyway).
        if (e.getTarget() instanceof javafx.scene.control.ButtonBase && e.getCode() == KeyCode.SPACE
                || e.getTarget() instanceof Slider && e.getCode() != KeyCode.SPACE) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> vm.togglePlay();
            case LEFT -> vm.stepBack();
            case RIGHT -> vm.stepForward();
            case HOME -> vm.goToStart();
            case END -> vm.goToEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** True while the tab shows this view (a hidden tab's content has an invisible ancestor). */
    private boolean showing() {
        if (root.getScene() == null || root.getScene().getWindow() == null || !root.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = root; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
