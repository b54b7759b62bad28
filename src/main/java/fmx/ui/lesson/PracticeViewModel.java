package fmx.ui.lesson;

import fmx.classroom.AnswerText;
import fmx.classroom.Exercise;
import fmx.classroom.ExerciseGenerator;
import fmx.classroom.ExerciseSet;
import fmx.classroom.Scorecard;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * Practice with seeded exercises: the seed and count are inputs (the same seed gives the whole class the same set,
 * and the same set as {@code fmx worksheet}); the current exercise, the feedback with the derivation, and the score
 * are outputs. The first answer to an exercise counts for the score.
 */
public final class PracticeViewModel {
    private final ExerciseGenerator generator;
    private final ResourceBundle text;
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 10);
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>(this, "exercise");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyStringWrapper derivation = new ReadOnlyStringWrapper(this, "derivation", "");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private ExerciseSet set;
    private Scorecard card;
    private int index;

    public PracticeViewModel(ExerciseGenerator generator, ResourceBundle text) {
        this.generator = generator;
        this.text = text;
        generate();
    }

    /** A new set from the current seed and count. */
    public void generate() {
        set = generator.generate(seed.get(), Math.clamp(count.get(), 1, 100));
        card = new Scorecard(set);
        show(0);
    }

    public void next() {
        show(Math.min(index + 1, set.exercises().size() - 1));
    }

    public void back() {
        show(Math.max(index - 1, 0));
    }

    private void show(int i) {
        index = i;
        exercise.set(set.exercises().get(i));
        position.set(MessageFormat.format(text.getString("practice.position"), i + 1, set.exercises().size()));
        feedback.set("");
        derivation.set("");
        updateScore();
    }

    public void answer(String typed) {
        if (AnswerText.parse(typed) == null) {
            feedback.set(text.getString("practice.unreadable"));
            return;
        }
        judge(card.answer(index, typed));
    }

    public void choose(int option) {
        if (option < 0) {
            feedback.set(text.getString("practice.choose"));
            return;
        }
        judge(card.choose(index, option));
    }

    private void judge(boolean right) {
        Exercise e = exercise.get();
        feedback.set(MessageFormat.format(text.getString(right ? "practice.right" : "practice.wrong"),
                Long.toString(e.answer())));
        derivation.set(e.derivationText());
        updateScore();
    }

    private void updateScore() {
        score.set(MessageFormat.format(text.getString("practice.score"), card.correct(), card.total(),
                card.answeredCount()));
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivationProperty() {
        return derivation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }
}
