package fmx.ui.lesson;

import fmx.classroom.LessonStep;
import fmx.classroom.Question;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson player panel: title, "Step i of n", the step's text, its question with Check and the explanation,
 * Back / Reset / Next, and Close. The control the step talks about glows in the window. Keyboard: Tab reaches every
 * control; Enter in the answer field checks; Alt+N / Alt+B are Next / Back (mnemonics).
 */
public final class LessonPlayerView {
    private final LessonPlayerViewModel model;
    private final ResourceBundle text;
    private final Runnable onClose;
    private final Highlighter highlighter = new Highlighter();
    private final VBox question = new VBox(6);
    private final ToggleGroup options = new ToggleGroup();
    private final TextField answerField = new TextField();
    private HBox root;

    public LessonPlayerView(LessonPlayerViewModel model, ResourceBundle text, Runnable onClose) {
        this.model = model;
        this.text = text;
        this.onClose = onClose;
    }

    public Node createView() {
        Label title = new Label();
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.textProperty().bind(model.lessonProperty().map(l -> l.title()).orElse(""));
        Label position = new Label();
        position.setId("lesson-position");
        position.textProperty().bind(model.positionProperty());
        position.getStyleClass().add("caption");
        Label body = new Label();
        body.setId("lesson-text");
        body.getStyleClass().add("lesson-text");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.textProperty().bind(model.stepProperty().map(LessonStep::text).orElse(""));
        body.setFocusTraversable(true); // a screen reader reaches the text with Tab
        body.accessibleTextProperty().bind(body.textProperty());
        Label error = new Label();
        error.setId("lesson-error");
        error.getStyleClass().add("problem");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label feedback = new Label();
        feedback.setId("lesson-feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(model.feedbackProperty());
        model.answeredRightProperty().addListener((o, a, right) -> {
            feedback.getStyleClass().removeAll("answer-right", "answer-wrong");
            feedback.getStyleClass().add(right ? "answer-right" : "answer-wrong");
        });
        question.setId("lesson-question");
        question.getStyleClass().add("lesson-question");

        Button back = button("lesson-back", text.getString("lesson.back"), model::back);
        back.disableProperty().bind(model.canBackProperty().not());
        Button reset = button("lesson-reset", text.getString("lesson.reset"), model::reset);
        reset.setTooltip(new javafx.scene.control.Tooltip(text.getString("lesson.reset.help")));
        Button next = button("lesson-next", text.getString("lesson.next"), model::next);
        next.disableProperty().bind(model.canNextProperty().not());
        next.setDefaultButton(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, back, reset, spacer, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        Button close = button("lesson-close", text.getString("lesson.close"), onClose);
        close.getStyleClass().add("flat");

        // A band along the bottom of the window: the step's text on the left, question and navigation on the
        // right, so every column of the explorer (which the steps point at) keeps its full width.
        VBox reading = new VBox(8, title, position, body, error, close);
        VBox answering = new VBox(8, question, feedback, nav);
        reading.setPrefWidth(560);
        answering.setPrefWidth(420);
        answering.setMinWidth(320);
        HBox.setHgrow(reading, Priority.ALWAYS);
        root = new HBox(24, reading, answering);
        root.setId("lesson-panel");
        root.getStyleClass().addAll("lesson-panel", "panel");
        root.setPadding(new Insets(12, 16, 12, 16));
        root.getStylesheets().add(LessonPlayerView.class.getResource("lesson.css").toExternalForm());
        root.setAccessibleText(text.getString("lesson.panel"));
        model.stepProperty().addListener((o, a, s) -> showStep(s));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                highlighter.clear();
            } else {
                showStep(model.stepProperty().get());
            }
        });
        showStep(model.stepProperty().get());
        return root;
    }

    private static Button button(String id, String label, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showStep(LessonStep step) {
        question.getChildren().clear();
        options.getToggles().clear();
        answerField.clear();
        if (step != null && root != null) {
            // Later in the pulse: the views the step's session rebuilt (new map grids) are in the scene by then.
            javafx.application.Platform.runLater(() -> highlighter.highlight(root.getScene(), step.highlight()));
        }
        if (step == null || step.question() == null) {
            question.setVisible(false);
            question.setManaged(false);
            return;
        }
        question.setVisible(true);
        question.setManaged(true);
        Label prompt = new Label(step.question().prompt());
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.getStyleClass().add("lesson-prompt");
        question.getChildren().add(prompt);
        Button check = new Button(text.getString("lesson.check"));
        check.setId("lesson-check");
        switch (step.question()) {
            case Question.Numeric n -> {
                answerField.setId("lesson-answer");
                answerField.setPromptText(text.getString("lesson.answer.prompt"));
                answerField.setAccessibleText(prompt.getText());
                answerField.setPrefColumnCount(10);
                answerField.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        model.answer(answerField.getText());
                    }
                });
                check.setOnAction(e -> model.answer(answerField.getText()));
                HBox row = new HBox(8, answerField, check);
                row.setAlignment(Pos.CENTER_LEFT);
                question.getChildren().add(row);
            }
            case Question.Choice c -> {
                for (int i = 0; i < c.options().size(); i++) {
                    RadioButton r = new RadioButton(c.options().get(i));
                    r.setId("lesson-option-" + i);
                    r.setToggleGroup(options);
                    r.setUserData(i);
                    r.setWrapText(true);
                    question.getChildren().add(r);
                }
                check.setOnAction(e -> model.choose(options.getSelectedToggle() == null ? -1
                        : (Integer) options.getSelectedToggle().getUserData()));
                question.getChildren().add(check);
            }
        }
    }

    /** The node the current step highlights, if it was found (for tests). */
    Node highlighted() {
        return highlighter.current();
    }
}
