package fmx.ui.lesson;

import fmx.classroom.Exercise;
import fmx.classroom.ValuePatch;
import java.util.ResourceBundle;
import java.util.function.IntBinaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The practice panel: seed and count with "New set", the exercise (with the patch and kernel of a "next value"
 * exercise), a field or options with Check, feedback with the derivation, the score, Previous / Next.
 */
public final class PracticeView {
    private final PracticeViewModel model;
    private final ResourceBundle text;
    private final Runnable onClose;
    private final VBox body = new VBox(8);
    private final ToggleGroup options = new ToggleGroup();

    public PracticeView(PracticeViewModel model, ResourceBundle text, Runnable onClose) {
        this.model = model;
        this.text = text;
        this.onClose = onClose;
    }

    public Node createView() {
        Label title = new Label(text.getString("practice.title"));
        title.getStyleClass().add("lesson-title");
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("practice-seed");
        seed.setPrefColumnCount(7);
        seed.setAccessibleText(text.getString("practice.seed"));
        Spinner<Integer> count = new Spinner<>(1, 100, model.countProperty().get());
        count.setId("practice-count");
        count.setEditable(true);
        count.setPrefWidth(80);
        count.setAccessibleText(text.getString("practice.count"));
        Button generate = new Button(text.getString("practice.new"));
        generate.setId("practice-new");
        generate.setOnAction(e -> {
            try {
                model.seedProperty().set(Long.parseLong(seed.getText().strip()));
            } catch (NumberFormatException ex) {
                seed.setText(Long.toString(model.seedProperty().get()));
            }
            model.countProperty().set(count.getValue());
            model.generate();
        });
        HBox settings = new HBox(6, new Label(text.getString("practice.seed")), seed,
                new Label(text.getString("practice.count")), count, generate);
        settings.setAlignment(Pos.CENTER_LEFT);

        Label position = new Label();
        position.getStyleClass().add("caption");
        position.textProperty().bind(model.positionProperty());
        Label score = new Label();
        score.setId("practice-score");
        score.textProperty().bind(model.scoreProperty());
        Label feedback = new Label();
        feedback.setId("practice-feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(model.feedbackProperty());
        Label derivation = new Label();
        derivation.setId("practice-derivation");
        derivation.getStyleClass().add("derivation");
        derivation.setWrapText(true);
        derivation.setMinHeight(Region.USE_PREF_SIZE);
        derivation.textProperty().bind(model.derivationProperty());

        Button back = new Button(text.getString("practice.back"));
        back.setId("practice-back");
        back.setOnAction(e -> model.back());
        Button next = new Button(text.getString("practice.next"));
        next.setId("practice-next");
        next.setOnAction(e -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(8, back, spacer, next);
        Button close = new Button(text.getString("practice.close"));
        close.setId("practice-close");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> onClose.run());

        VBox root = new VBox(10, title, settings, position, body, feedback, derivation, score, nav, close);
        root.setId("practice-panel");
        root.getStyleClass().addAll("lesson-panel", "panel");
        root.setPadding(new Insets(14));
        root.setPrefWidth(360);
        root.setMaxWidth(440);
        root.getStylesheets().add(LessonPlayerView.class.getResource("lesson.css").toExternalForm());
        root.setAccessibleText(text.getString("practice.title"));
        model.exerciseProperty().addListener((o, a, e) -> show(e));
        show(model.exerciseProperty().get());
        return root;
    }

    private void show(Exercise e) {
        body.getChildren().clear();
        options.getToggles().clear();
        if (e == null) {
            return;
        }
        Label prompt = new Label(e.prompt());
        prompt.setId("practice-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.setFocusTraversable(true);
        prompt.setAccessibleText(e.prompt());
        body.getChildren().add(prompt);
        ValuePatch p = e.patch();
        if (p != null) {
            HBox grids = new HBox(16, grid(text.getString("practice.patch"), p.size(), p::patchAt),
                    grid(text.getString("practice.kernel"), p.size(), p::kernelAt));
            body.getChildren().add(grids);
        }
        Button check = new Button(text.getString("practice.check"));
        check.setId("practice-check");
        if (e.isChoice()) {
            for (int i = 0; i < e.options().size(); i++) {
                RadioButton r = new RadioButton(Long.toString(e.options().get(i)));
                r.setId("practice-option-" + i);
                r.setUserData(i);
                r.setToggleGroup(options);
                body.getChildren().add(r);
            }
            check.setOnAction(ev -> model.choose(options.getSelectedToggle() == null ? -1
                    : (Integer) options.getSelectedToggle().getUserData()));
            body.getChildren().add(check);
        } else {
            TextField answer = new TextField();
            answer.setId("practice-answer");
            answer.setPrefColumnCount(10);
            answer.setAccessibleText(e.prompt());
            answer.setOnKeyPressed(k -> {
                if (k.getCode() == KeyCode.ENTER) {
                    model.answer(answer.getText());
                }
            });
            check.setOnAction(ev -> model.answer(answer.getText()));
            HBox row = new HBox(8, answer, check);
            row.setAlignment(Pos.CENTER_LEFT);
            body.getChildren().add(row);
        }
    }

    /** A small grid of labels: a few cells, each with its row, column and value as accessible text. */
    private static Node grid(String title, int size, IntBinaryOperator value) {
        GridPane g = new GridPane();
        g.getStyleClass().add("practice-grid");
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                Label cell = new Label(Integer.toString(value.applyAsInt(r, c)));
                cell.getStyleClass().add("practice-cell");
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(30, 26);
                cell.setAccessibleText(title + ", row " + (r + 1) + ", column " + (c + 1) + ": " + cell.getText());
                g.add(cell, c, r);
            }
        }
        Label caption = new Label(title);
        caption.getStyleClass().add("caption");
        return new VBox(2, caption, g);
    }
}
