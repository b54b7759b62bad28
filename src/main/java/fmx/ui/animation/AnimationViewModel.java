package fmx.ui.animation;

import fmx.compute.ComputeResult;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.ConvStep;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.Phase;
import fmx.core.trace.TraceStep;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.SessionModel;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sliding-window animation: which step of the {@link AnimationTrace} is shown, how far the window has moved
 * towards it, playback (speed, loop), the controls' actions and the current step's equation. The trace and maps
 * follow every new {@link ComputeResult} ({@link LiveTrace}); the animation continues at the same output cell.
 *
 * <p>Time comes in through {@link #advance(double)}, which the view calls on every frame while
 * {@link #activeProperty()} is true: no toolkit, so it is unit-tested without one. The clock is a
 * {@link PlaybackClock}; finding the same cell in a rebuilt trace is {@link StepLocator}'s; predict mode is a
 * {@link PredictionQuiz}, which this class pauses for and reveals after. FX-thread only.
 */
public final class AnimationViewModel {
    /** One step every 2 s. */
    public static final double MIN_SPEED = 0.5;
    /** At this speed or above, one step per frame: as fast as the screen refreshes. */
    public static final double EVERY_FRAME = 60;
    /** Filter choice that plays all filters in turn. */
    public static final int ALL_FILTERS = AnimationTrace.ALL_FILTERS;
    /** The longest time the window takes to glide to the next position. */
    static final double MAX_MOVE_SECONDS = 0.35;

    private final LiveTrace source;
    private final PlaybackClock clock = new PlaybackClock();
    private final StepTexts texts;
    private final PredictionQuiz quiz;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private boolean shown = true;
    private boolean framePending;
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper(this, "pinned");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyObjectWrapper<TraceStep> step = new ReadOnlyObjectWrapper<>(this, "current step");
    private final ReadOnlyObjectWrapper<AnimationFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private AnimationTrace trace;
    /** Playback was on when the open question paused it: it goes on after the answer. */
    private boolean resumeAfterAnswer;

    public AnimationViewModel(SessionModel session, LiveComputation live) {
        this.texts = new StepTexts();
        this.quiz = new PredictionQuiz();
        this.source = new LiveTrace(session, live, stepIndex::get, this::rebuilt, this::publish);
        quiz.enabledProperty().addListener((o, was, on) -> {
            if (!on && trace != null) {
                showTexts(); // predict mode switched off during a question: reveal its cell
                publish();
            }
        });
        message.bind(live.messageProperty());
        source.start(live.resultProperty().get());
    }

    /** Plays the rebuilt trace from step {@code target} (-1: none); an open question is asked again. */
    private void rebuilt(int target) {
        boolean wasAsking = quiz.askingProperty().get();
        trace = source.trace();
        if (target < 0) {
            quiz.cancel();
            if (trace == null) {
                frame.set(null);
            }
            return;
        }
        show(target, -1, wasAsking, resumeAfterAnswer);
    }

    // ---- the controls ----

    /** Plays from here (from the start when at the end); an open question is skipped, uncounted. */
    public void play() {
        if (trace == null) {
            return;
        }
        pinned.set(false);
        if (stepIndex.get() == trace.stepCount() - 1) {
            show(0, -1, false, false); // playing from the end starts over
        } else if (quiz.askingProperty().get()) {
            quiz.cancel();
            showTexts();
            publish();
        }
        clock.start();
        updateActive();
    }

    public void pause() {
        clock.stop();
        updateActive();
    }

    public void togglePlay() {
        if (clock.playing()) {
            pause();
        } else {
            play();
        }
    }

    /** One step forward (the window glides there); at the end, back to the start when looping. */
    public void stepForward() {
        pause();
        pinned.set(false);
        forward(true);
    }

    public void stepBack() {
        pause();
        pinned.set(false);
        if (trace != null && stepIndex.get() > 0) {
            glideTo(stepIndex.get() - 1, false, false);
        }
    }

    public void goToStart() {
        seek(0);
    }

    public void goToEnd() {
        seek(Integer.MAX_VALUE);
    }

    /** Shows step {@code index} (clamped) at once, as the scrubber does; playback goes on if it was playing. */
    public void seek(int index) {
        if (trace == null) {
            return;
        }
        pinned.set(false);
        clock.restartDwell();
        show(Math.max(0, Math.min(trace.stepCount() - 1, index)), -1, false, false);
    }

    /**
     * Jumps to the convolution step that computes output cell (row, col) of the shown filter, pauses and pins it
     * there (edits keep it). Returns false when there is no such cell.
     */
    public boolean jumpToOutputCell(int row, int col) {
        return jump(Phase.CONVOLUTION, row, col);
    }

    /** As {@link #jumpToOutputCell}, for a cell of the pooled map. */
    public boolean jumpToPooledCell(int row, int col) {
        return jump(Phase.POOLING, row, col);
    }

    private boolean jump(Phase phase, int row, int col) {
        if (trace == null || row < 0 || col < 0) {
            return false;
        }
        int i = StepLocator.indexOf(trace, trace.position(stepIndex.get()).filter(), phase, new int[] {row, col});
        if (i < 0) {
            return false;
        }
        pause();
        show(i, -1, false, false);
        pinned.set(true);
        return true;
    }

    // ---- predict mode ----

    /**
     * Checks the learner's value for the hidden cell; once judged (not for unreadable text) the cell and the
     * equation are revealed and playback goes on if the question had paused it.
     */
    public void checkPrediction(String typed) {
        if (quiz.check(typed) == null) {
            return;
        }
        showTexts();
        publish();
        if (resumeAfterAnswer) {
            resumeAfterAnswer = false;
            clock.start();
        }
        updateActive();
    }

    /** Predict mode: its switch, the open question, the feedback and the score. */
    public PredictionQuiz prediction() {
        return quiz;
    }

    // ---- time ----

    /** Moves time on by {@code seconds}: the window glides, and while playing the steps follow the speed. */
    public void advance(double seconds) {
        if (trace == null || !(seconds >= 0)) {
            return;
        }
        boolean changed = clock.glide(seconds);
        if (clock.playing()) {
            if (clock.everyFrame()) {
                forward(false);
                changed = false; // forward published the frame
            } else {
                clock.rest(seconds);
                while (clock.playing() && clock.takeDueStep()) {
                    forward(true);
                    changed = false;
                }
            }
        }
        if (changed) {
            publish();
        }
        updateActive();
    }

    /** True while time matters: playing, or the window still gliding. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    private void forward(boolean glide) {
        if (trace == null) {
            return;
        }
        boolean wasPlaying = clock.playing();
        int next = stepIndex.get() + 1;
        if (next >= trace.stepCount()) {
            if (clock.loopProperty().get()) {
                show(0, -1, true, wasPlaying);
            } else {
                pause();
            }
            return;
        }
        if (glide) {
            glideTo(next, true, wasPlaying);
        } else {
            show(next, -1, true, wasPlaying);
        }
    }

    private void glideTo(int index, boolean ask, boolean resume) {
        clock.glideFrom(stepIndex.get());
        show(index, clock.from(), ask, resume);
    }

    /**
     * Shows step {@code index}, gliding from step {@code glideFrom} (set by the clock) or at once (-1). With
     * {@code ask}, a convolution step in predict mode becomes an open question before its texts and frame are built
     * (once, with the cell held back); {@code resume}: playback goes on after the answer.
     */
    private void show(int index, int glideFrom, boolean ask, boolean resume) {
        if (glideFrom < 0) {
            clock.jump();
        }
        quiz.cancel(); // moving on takes back an open question
        step.set(trace.step(index));
        stepIndex.set(index);
        if (ask && quiz.enabledProperty().get() && step.get() instanceof ConvStep c) {
            resumeAfterAnswer = resume;
            clock.stop();
            quiz.ask(c);
        }
        showTexts();
        publish();
        updateActive();
    }

    /** The equation and the channel cards are held back while the learner predicts the step's value. */
    private void showTexts() {
        texts.show(trace, stepIndex.get(), step.get(), quiz.askingProperty().get());
    }

    /**
     * Whether the view is on screen. A hidden view's frames are not built: each edit in the other tabs would
     * otherwise pay for a frame nobody sees (measured: part of the FX-thread work per edit in LatencyBenchmark).
     * The frame is built when the view shows again.
     */
    public void setShown(boolean shown) {
        if (this.shown == shown) {
            return;
        }
        this.shown = shown;
        if (shown && framePending) {
            publish();
        }
    }

    private void publish() {
        if (!shown) {
            framePending = true;
            return;
        }
        framePending = false;
        AnimationMaps maps = source.mapsProperty().get();
        if (trace != null && maps != null) {
            frame.set(FrameBuilder.build(trace, maps, stepIndex.get(), step.get(), clock.from(), clock.motion(),
                    quiz.askingProperty().get()));
        }
    }

    private void updateActive() {
        active.set(clock.active());
    }

    // ---- copying ----

    /** The current step's equation with every term, as plain text. */
    public String equationText() {
        return step.get() == null ? "" : Equations.plain(step.get(), EquationStyle.FULL);
    }

    /** The current step's equation with every term, as LaTeX. */
    public String equationLatex() {
        return step.get() == null ? "" : Equations.latex(step.get(), EquationStyle.FULL);
    }

    // ---- properties ----

    /** The filter that animates (0-based), or {@link #ALL_FILTERS}. */
    public IntegerProperty filterChoiceProperty() {
        return source.filterChoiceProperty();
    }

    /** Steps per second; {@link #EVERY_FRAME} or more: one step per frame. */
    public DoubleProperty speedProperty() {
        return clock.speedProperty();
    }

    public BooleanProperty loopProperty() {
        return clock.loopProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return clock.playingProperty();
    }

    /** True after a click on an output cell pinned the animation there. */
    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return source.stepCountProperty();
    }

    public ReadOnlyIntegerProperty filterCountProperty() {
        return source.filterCountProperty();
    }

    public ReadOnlyObjectProperty<TraceStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The trace being played (null before the first result). */
    public AnimationTrace trace() {
        return trace;
    }

    public ReadOnlyObjectProperty<AnimationMaps> mapsProperty() {
        return source.mapsProperty();
    }

    public ReadOnlyObjectProperty<AnimationFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The current step's equation as shown: {@link Equations#plain} in the {@link EquationStyle#COMPACT} style. */
    public ReadOnlyStringProperty equationProperty() {
        return texts.equationProperty();
    }

    /** Per channel, its products and partial sum (convolution steps only), for cards side by side. */
    public ReadOnlyObjectProperty<List<String>> channelCardsProperty() {
        return texts.channelCardsProperty();
    }

    /** "Step 5 of 49 · filter 1 · convolution, output cell (0, 4)". */
    public ReadOnlyStringProperty statusProperty() {
        return texts.statusProperty();
    }

    /** What is wrong with the settings (the animation keeps the last good result meanwhile), or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
