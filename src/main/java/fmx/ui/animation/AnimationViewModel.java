package fmx.ui.animation;

import fmx.compute.ComputeResult;
import fmx.core.InvalidSettingException;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.AnimationTrace.Position;
import fmx.core.trace.ConvStep;
import fmx.core.trace.ConvTrace;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.Phase;
import fmx.core.trace.PoolTrace;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The sliding-window animation: which step of the {@link AnimationTrace} is shown, how far the window has moved
 * towards it, playback (speed, loop), the controls' actions and the current step's equation.
 *
 * <p>The trace is rebuilt from every new {@link ComputeResult} (the snapshot of input and layers the maps were
 * computed from, so the numbers in the equation and the maps always agree) and from a new filter choice; the
 * animation continues at the same output cell when it still exists. Steps are computed on demand, so rebuilding
 * costs O(filters) whatever the input size; the maps come from the result, never recomputed here.
 *
 * <p>Time comes in through {@link #advance(double)}, which the view calls on every frame while
 * {@link #activeProperty()} is true: no toolkit, so it is unit-tested without one. FX-thread only.
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

    private final SessionModel session;
    private final IntegerProperty filterChoice = new SimpleIntegerProperty(this, "filter", 0);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper(this, "pinned");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "steps", 0);
    private final ReadOnlyIntegerWrapper filterCount = new ReadOnlyIntegerWrapper(this, "filters", 0);
    private final ReadOnlyObjectWrapper<TraceStep> step = new ReadOnlyObjectWrapper<>(this, "current step");
    private final ReadOnlyObjectWrapper<AnimationMaps> maps = new ReadOnlyObjectWrapper<>(this, "maps");
    private final ReadOnlyObjectWrapper<AnimationFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper equation = new ReadOnlyStringWrapper(this, "equation", "");
    private final ReadOnlyObjectWrapper<List<String>> channelCards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    private AnimationTrace trace;
    private ComputeResult result;
    /** The step the window glides from, or -1. */
    private int from = -1;
    /** How far the window has moved from {@link #from} to the current step: 0 to 1. */
    private double motion = 1;
    private double moveSeconds = MAX_MOVE_SECONDS;
    /** Time spent on the current step while playing. */
    private double dwell;
    private boolean rebuilding;

    public AnimationViewModel(SessionModel session, LiveComputation live) {
        this.session = session;
        live.resultProperty().addListener((o, old, r) -> accept(r));
        filterChoice.addListener((o, old, f) -> {
            if (!rebuilding) {
                rebuild(filterOf(old.intValue()));
            }
        });
        session.colorMapProperty().addListener(o -> {
            if (result != null) {
                maps.set(AnimationMaps.of(result, session.colorMapProperty().get()));
                publish();
            }
        });
        message.bind(live.messageProperty());
        accept(live.resultProperty().get());
    }

    // ---- following the session ----

    private void accept(ComputeResult r) {
        if (r == null) {
            return;
        }
        int keepFilter = trace == null ? -1 : trace.position(stepIndex.get()).filter();
        result = r;
        maps.set(AnimationMaps.of(r, session.colorMapProperty().get()));
        filterCount.set(maps.get().filters());
        rebuild(keepFilter);
    }

    /**
     * Builds the trace for the current result and filter choice, then shows the step of the same phase and output
     * cell as before (for {@code oldFilter}, or the chosen filter if that one is not played now), or the first step.
     */
    private void rebuild(int oldFilter) {
        if (result == null) {
            return;
        }
        Position old = trace == null ? null : trace.position(stepIndex.get());
        int[] cell = old == null ? null : cellOf(trace, old);
        rebuilding = true;
        try {
            if (filterChoice.get() >= filterCount.get()) {
                filterChoice.set(filterCount.get() - 1);
            }
            trace = AnimationTrace.of(result.input(), result.pipeline().layers(), filterChoice.get());
        } catch (InvalidSettingException e) {
            trace = null; // a result only exists for valid settings; kept for safety, the message says why
            stepCount.set(0);
            frame.set(null);
            return;
        } finally {
            rebuilding = false;
        }
        stepCount.set(trace.stepCount());
        int target = 0;
        if (old != null) {
            int filter = filterChoice.get() == ALL_FILTERS ? oldFilter : filterChoice.get();
            target = Math.max(0, indexOf(trace, filter, old.phase(), cell));
        }
        show(target, -1);
    }

    private int filterOf(int choice) {
        return choice == ALL_FILTERS && trace != null ? trace.position(stepIndex.get()).filter() : choice;
    }

    /** The output cell of a position as {row, col} (the activation step has none). */
    private static int[] cellOf(AnimationTrace t, Position p) {
        return switch (p.phase()) {
            case CONVOLUTION -> {
                ConvTrace c = t.convTrace(p.filter());
                yield new int[] {c.outRow(p.phaseIndex()), c.outColumn(p.phaseIndex())};
            }
            case POOLING -> {
                PoolTrace c = t.poolTrace(p.filter());
                yield new int[] {c.outRow(p.phaseIndex()), c.outColumn(p.phaseIndex())};
            }
            case ACTIVATION -> null;
        };
    }

    /** The step of {@code phase} at {@code cell} for {@code filter} in {@code t}, or -1 when it does not exist. */
    private static int indexOf(AnimationTrace t, int filter, Phase phase, int[] cell) {
        if (filter < 0 || t.indexOf(filter, phase, 0) < 0) {
            return -1;
        }
        if (cell == null) {
            return t.indexOf(filter, phase, 0);
        }
        var g = phase == Phase.POOLING ? t.poolTrace(filter).geometry() : t.convTrace(filter).geometry();
        if (cell[0] >= g.outHeight() || cell[1] >= g.outWidth()) {
            return -1;
        }
        int local = phase == Phase.POOLING ? t.poolTrace(filter).stepAt(cell[0], cell[1])
                : t.convTrace(filter).stepAt(cell[0], cell[1]);
        return t.indexOf(filter, phase, local);
    }

    // ---- the controls ----

    public void play() {
        if (trace == null) {
            return;
        }
        pinned.set(false);
        if (stepIndex.get() == trace.stepCount() - 1) {
            show(0, -1); // playing from the end starts over
        }
        dwell = 0;
        playing.set(true);
        updateActive();
    }

    public void pause() {
        playing.set(false);
        updateActive();
    }

    public void togglePlay() {
        if (playing.get()) {
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
            glideTo(stepIndex.get() - 1);
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
        dwell = 0;
        show(Math.max(0, Math.min(trace.stepCount() - 1, index)), -1);
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
        int i = indexOf(trace, trace.position(stepIndex.get()).filter(), phase, new int[] {row, col});
        if (i < 0) {
            return false;
        }
        pause();
        show(i, -1);
        pinned.set(true);
        return true;
    }

    // ---- time ----

    /** Moves time on by {@code seconds}: the window glides, and while playing the steps follow the speed. */
    public void advance(double seconds) {
        if (trace == null || !(seconds >= 0)) {
            return;
        }
        boolean changed = false;
        if (motion < 1) {
            motion = Math.min(1, motion + seconds / moveSeconds);
            changed = true;
        }
        if (playing.get()) {
            if (speed.get() >= EVERY_FRAME) {
                forward(false);
                changed = false; // forward published the frame
            } else {
                dwell += seconds;
                double period = 1 / Math.max(MIN_SPEED, speed.get());
                if (dwell > 4 * period) {
                    dwell = period; // after a stall, go on from here rather than race through the missed steps
                }
                while (dwell >= period && playing.get()) {
                    dwell -= period;
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
        int next = stepIndex.get() + 1;
        if (next >= trace.stepCount()) {
            if (loop.get()) {
                show(0, -1);
            } else {
                pause();
            }
            return;
        }
        if (glide) {
            glideTo(next);
        } else {
            show(next, -1);
        }
    }

    private void glideTo(int index) {
        // While playing, the glide takes at most 60% of a step so that the window rests before moving on.
        moveSeconds = playing.get() ? Math.min(MAX_MOVE_SECONDS, 0.6 / Math.max(MIN_SPEED, speed.get()))
                : MAX_MOVE_SECONDS * 0.7;
        show(index, stepIndex.get());
    }

    private void show(int index, int glideFrom) {
        from = glideFrom;
        motion = glideFrom < 0 ? 1 : 0;
        TraceStep s = trace.step(index);
        step.set(s);
        stepIndex.set(index);
        equation.set(Equations.plain(s, EquationStyle.COMPACT));
        var g = trace.convTrace(trace.position(index).filter()).geometry();
        channelCards.set(s instanceof ConvStep c ? ChannelSums.cards(c, g.kernel().y(), g.kernel().x()) : List.of());
        status.set(describe(trace.position(index), s));
        publish();
        updateActive();
    }

    private void publish() {
        if (trace != null && maps.get() != null) {
            frame.set(FrameBuilder.build(trace, maps.get(), stepIndex.get(), step.get(), from, motion));
        }
    }

    private void updateActive() {
        active.set(playing.get() || motion < 1);
    }

    private String describe(Position p, TraceStep s) {
        String where = switch (s) {
            case ConvStep c -> "convolution, output cell (" + c.outRow() + ", " + c.outColumn() + ")";
            case fmx.core.trace.PoolStep ps -> "pooling, cell (" + ps.outRow() + ", " + ps.outColumn() + ")";
            case fmx.core.trace.ActivationStep a -> "activation of the whole map";
        };
        return "Step " + (p.index() + 1) + " of " + trace.stepCount() + "  \u00b7  filter " + (p.filter() + 1)
                + "  \u00b7  " + where;
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
        return filterChoice;
    }

    /** Steps per second; {@link #EVERY_FRAME} or more: one step per frame. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True after a click on an output cell pinned the animation there. */
    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty filterCountProperty() {
        return filterCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TraceStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The trace being played (null before the first result). */
    public AnimationTrace trace() {
        return trace;
    }

    public ReadOnlyObjectProperty<AnimationMaps> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AnimationFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The current step's equation as shown: {@link Equations#plain} in the {@link EquationStyle#COMPACT} style. */
    public ReadOnlyStringProperty equationProperty() {
        return equation.getReadOnlyProperty();
    }

    /** Per channel, its products and partial sum (convolution steps only), for cards side by side. */
    public ReadOnlyObjectProperty<List<String>> channelCardsProperty() {
        return channelCards.getReadOnlyProperty();
    }

    /** "Step 5 of 49 · filter 1 · convolution, output cell (0, 4)". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What is wrong with the settings (the animation keeps the last good result meanwhile), or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
