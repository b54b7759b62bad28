package fmx.ui.animation;

import static fmx.ui.support.Controls.named;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Predict mode's controls: the switch, the question with a field for the learner's value and Check (Enter), the
 * feedback and the running score. The field takes the focus when a question opens, so the learner just types.
 */
final class PredictBar {
    private final AnimationViewModel vm;
    private final PredictionQuiz quiz;

    PredictBar(AnimationViewModel vm) {
        this.vm = vm;
        this.quiz = vm.prediction();
    }

    Node createView() {
        CheckBox toggle = named(new CheckBox(Messages.TEXTS.text("predict.toggle")), "anim-predict",
                Messages.TEXTS.text("predict.toggle.help"));
        toggle.selectedProperty().bindBidirectional(quiz.enabledProperty());
        Label prompt = new Label();
        prompt.setId("anim-predict-prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(quiz.promptProperty());
        HBox.setHgrow(prompt, Priority.ALWAYS);
        TextField field = new TextField();
        field.setId("anim-predict-field");
        field.setPromptText(Messages.TEXTS.text("predict.field"));
        field.setAccessibleText(Messages.TEXTS.text("predict.field"));
        field.setPrefColumnCount(8);
        field.disableProperty().bind(quiz.askingProperty().not());
        Button check = named(new Button(Messages.TEXTS.text("predict.check")), "anim-predict-check",
                Messages.TEXTS.text("predict.check.help"));
        check.disableProperty().bind(quiz.askingProperty().not());
        check.setOnAction(e -> vm.checkPrediction(field.getText()));
        field.setOnAction(e -> vm.checkPrediction(field.getText()));
        Label score = new Label();
        score.setId("anim-predict-score");
        score.getStyleClass().add("predict-score");
        score.textProperty().bind(quiz.scoreProperty());
        HBox question = new HBox(8, toggle, prompt, field, check, score);
        question.setAlignment(Pos.CENTER_LEFT);
        Label feedback = new Label();
        feedback.setId("anim-predict-feedback");
        feedback.setWrapText(true);
        feedback.textProperty().bind(quiz.feedbackProperty());
        feedback.visibleProperty().bind(quiz.enabledProperty().and(quiz.feedbackProperty().isNotEmpty()));
        feedback.managedProperty().bind(feedback.visibleProperty());
        quiz.verdictProperty().addListener((o, a, v) -> {
            feedback.getStyleClass().removeAll("predict-right", "predict-wrong");
            if (v != null) {
                feedback.getStyleClass().add(v == PredictionQuiz.Verdict.RIGHT ? "predict-right" : "predict-wrong");
            }
        });
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {toggle, field, check, score}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the prompt wraps; these never shrink
        }
        for (Node n : new Node[] {prompt, field, check, score}) {
            n.visibleProperty().bind(quiz.enabledProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        quiz.askingProperty().addListener((o, was, asking) -> {
            field.clear();
            if (asking) {
                Platform.runLater(field::requestFocus); // once the field is enabled and laid out
            }
        });
        quiz.feedbackProperty().addListener((o, a, f) -> {
            if (quiz.askingProperty().get()) {
                field.selectAll(); // unreadable text: type again
            }
        });
        VBox box = new VBox(4, question, feedback);
        box.setId("anim-predict-box");
        return box;
    }
}
