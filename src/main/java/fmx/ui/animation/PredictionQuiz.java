package fmx.ui.animation;

import fmx.classroom.AnswerText;
import fmx.core.CompactNumber;
import fmx.core.trace.ConvStep;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.NumberText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Predict the next value": while {@link #enabledProperty()} is on, the animation asks for z before it reveals a
 * convolution step's output cell; the learner's number is judged, explained and counted. A guess is right within
 * 0.5% of z (at least 0.005), or when it reads as the grid shows z (the grid rounds its numbers). FX-thread only.
 */
public final class PredictionQuiz {
    /** How a checked guess went. */
    public enum Verdict { RIGHT, WRONG }

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking", false);
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private ConvStep question;
    private int right;
    private int answered;

    PredictionQuiz() {
        enabled.addListener((o, was, on) -> {
            if (on) {
                right = 0;
                answered = 0;
                feedback.set("");
                verdict.set(null);
                updateScore();
            } else {
                cancel();
            }
        });
        updateScore();
    }

    /** True when {@code guess} counts as z: within the tolerance, or the same number as the grid shows. */
    static boolean matches(double guess, float z) {
        return Math.abs(guess - z) <= 0.005 * Math.max(1, Math.abs(z))
                || CompactNumber.format((float) guess).equals(CompactNumber.format(z));
    }

    /** Asks for the z of {@code step} (the cell stays hidden until {@link #check} or {@link #cancel}). */
    void ask(ConvStep step) {
        question = step;
        prompt.set(Messages.TEXTS.text("predict.prompt", Integer.toString(step.outRow()),
                Integer.toString(step.outColumn()), Integer.toString(step.channels()), NumberText.plain(step.bias(), 4)));
        asking.set(true);
    }

    /** Takes back the question without counting it (the learner moved elsewhere). */
    void cancel() {
        question = null;
        prompt.set("");
        asking.set(false);
    }

    /**
     * Judges {@code typed} against the open question: null when there is none or the text is not a number (then
     * the feedback says how to type one and the question stays open).
     */
    Verdict check(String typed) {
        if (question == null) {
            return null;
        }
        Double guess = AnswerText.parse(typed);
        if (guess == null) {
            feedback.set(Messages.TEXTS.text("predict.unreadable"));
            verdict.set(null);
            return null;
        }
        String z = NumberText.plain(question.z(), 4);
        boolean ok = matches(guess, question.z());
        answered++;
        if (ok) {
            right++;
            feedback.set(Messages.TEXTS.text("predict.right", z));
        } else {
            feedback.set(Messages.TEXTS.text("predict.wrong", typed.strip(), z,
                    Equations.plain(question, EquationStyle.COMPACT)));
        }
        verdict.set(ok ? Verdict.RIGHT : Verdict.WRONG);
        updateScore();
        cancel();
        return verdict.get();
    }

    private void updateScore() {
        score.set(Messages.TEXTS.text("predict.score", Integer.toString(right),
                Integer.toString(answered)));
    }

    /** Predict mode: ask before each convolution cell is revealed. Switching it on starts a new score. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** True while a question waits for an answer (the animation is paused and the cell hidden). */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** What to predict, with the bias; empty when nothing is asked. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** The last judgement: right with z, or wrong with z and the step's equation; or how to type a number. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** How the last checked guess went, null before one (or after unreadable text). */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** "3 of 4 right". */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }
}
