package fmx.ui.lesson;

import fmx.classroom.AnswerText;
import fmx.classroom.Lesson;
import fmx.classroom.LessonStep;
import fmx.classroom.Question;
import fmx.core.InvalidSettingException;
import fmx.ui.session.SessionMapping;
import fmx.ui.session.SessionModel;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Plays a lesson: the current step's text, highlight and question, Next / Back, and answer checking. Loading a step
 * puts its setting into the shared {@link SessionModel} the way opening a file does ({@link SessionMapping#load}):
 * the setting is replaced without an undo entry and the undo history starts afresh, so the learner's own edits at
 * this step are undoable and Undo never walks back into another step's setting. "Reset step" loads it again.
 */
public final class LessonPlayerViewModel {
    private final SessionModel session;
    private final ResourceBundle text;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyBooleanWrapper answeredRight = new ReadOnlyBooleanWrapper(this, "answeredRight");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");

    public LessonPlayerViewModel(SessionModel session, ResourceBundle text) {
        this.session = session;
        this.text = text;
    }

    /** Starts {@code l} at its first step. */
    public void open(Lesson l) {
        lesson.set(l);
        go(0);
    }

    public void next() {
        if (canNext.get()) {
            go(index.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            go(index.get() - 1);
        }
    }

    /** Loads the current step's setting again. */
    public void reset() {
        if (lesson.get() != null) {
            go(index.get());
        }
    }

    private void go(int i) {
        Lesson l = lesson.get();
        LessonStep s = l.steps().get(i);
        index.set(i);
        step.set(s);
        position.set(MessageFormat.format(text.getString("lesson.position"), i + 1, l.steps().size()));
        canBack.set(i > 0);
        canNext.set(i < l.steps().size() - 1);
        feedback.set("");
        answeredRight.set(false);
        try {
            SessionMapping.load(s.session(), session);
            error.set("");
        } catch (InvalidSettingException e) {
            error.set(MessageFormat.format(text.getString("lesson.cannotShow"), e.getMessage()));
        }
    }

    /** Checks a typed answer to a numeric question. */
    public void answer(String typed) {
        if (step.get() == null || !(step.get().question() instanceof Question.Numeric q)) {
            return;
        }
        if (AnswerText.parse(typed) == null) {
            answeredRight.set(false);
            feedback.set(text.getString("lesson.unreadable"));
            return;
        }
        judge(q.accepts(typed), q);
    }

    /** Checks the chosen option (-1: none) of a multiple-choice question. */
    public void choose(int option) {
        if (step.get() == null || !(step.get().question() instanceof Question.Choice q)) {
            return;
        }
        if (option < 0) {
            answeredRight.set(false);
            feedback.set(text.getString("lesson.choose"));
            return;
        }
        judge(q.accepts(option), q);
    }

    private void judge(boolean right, Question q) {
        answeredRight.set(right);
        feedback.set(text.getString(right ? "lesson.right" : "lesson.wrong") + " " + q.explanation());
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty answeredRightProperty() {
        return answeredRight.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }
}
