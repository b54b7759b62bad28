package fmx.ui.animation;

import fmx.compute.ComputeResult;
import fmx.core.InvalidSettingException;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.AnimationTrace.Position;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.SessionModel;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The trace the animation plays and the maps it draws, both from the latest {@link ComputeResult} (so the numbers
 * in the equation and the maps always agree) and the filter choice. Rebuilding finds the step at the same phase and
 * output cell as before. Steps are computed on demand, so a rebuild costs O(filters) whatever the input size.
 * FX-thread only.
 */
final class LiveTrace {
    private final SessionModel session;
    private final IntSupplier currentStep;
    private final IntConsumer rebuilt;
    private final Runnable recolored;
    private final IntegerProperty filterChoice = new SimpleIntegerProperty(this, "filter", 0);
    private final ReadOnlyIntegerWrapper filterCount = new ReadOnlyIntegerWrapper(this, "filters", 0);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "steps", 0);
    private final ReadOnlyObjectWrapper<AnimationMaps> maps = new ReadOnlyObjectWrapper<>(this, "maps");
    private AnimationTrace trace;
    private ComputeResult result;
    private boolean rebuilding;

    /**
     * Follows {@code live}'s results and {@code session}'s colour map; after each rebuild (a new result or filter
     * choice) calls {@code rebuilt} with the step to show, found from {@code currentStep} (see {@link #rebuild});
     * after new colours, {@code recolored}.
     */
    LiveTrace(SessionModel session, LiveComputation live, IntSupplier currentStep, IntConsumer rebuilt,
              Runnable recolored) {
        this.session = session;
        this.currentStep = currentStep;
        this.rebuilt = rebuilt;
        this.recolored = recolored;
        live.resultProperty().addListener((o, old, r) -> accept(r));
        filterChoice.addListener((o, old, f) -> {
            if (!rebuilding) {
                int choice = old.intValue();
                int oldFilter = choice == AnimationTrace.ALL_FILTERS && trace != null
                        ? trace.position(currentStep.getAsInt()).filter() : choice;
                rebuilt.accept(rebuild(currentStep.getAsInt(), oldFilter));
            }
        });
        session.colorMapProperty().addListener(o -> {
            if (result != null) {
                maps.set(AnimationMaps.of(result, session.colorMapProperty().get()));
                recolored.run();
            }
        });
    }

    /** Takes the current result, if any, as if it had just arrived. */
    void start(ComputeResult current) {
        accept(current);
    }

    private void accept(ComputeResult r) {
        if (r == null) {
            return;
        }
        int keepFilter = trace == null ? -1 : trace.position(currentStep.getAsInt()).filter();
        result = r;
        maps.set(AnimationMaps.of(r, session.colorMapProperty().get()));
        filterCount.set(maps.get().filters());
        rebuilt.accept(rebuild(currentStep.getAsInt(), keepFilter));
    }

    /**
     * Builds the trace for the current result and filter choice and returns the step of the same phase and output
     * cell as {@code current} of the old trace (for {@code oldFilter}, or the chosen filter if that one is not
     * played now), or the first step; -1 when there is no trace.
     */
    private int rebuild(int current, int oldFilter) {
        if (result == null) {
            return -1;
        }
        Position old = trace == null ? null : trace.position(current);
        int[] cell = old == null ? null : StepLocator.cellOf(trace, old);
        rebuilding = true;
        try {
            if (filterChoice.get() >= filterCount.get()) {
                filterChoice.set(filterCount.get() - 1);
            }
            trace = AnimationTrace.of(result.input(), result.pipeline().layers(), filterChoice.get());
        } catch (InvalidSettingException e) {
            trace = null; // a result only exists for valid settings; kept for safety, the message says why
            stepCount.set(0);
            return -1;
        } finally {
            rebuilding = false;
        }
        stepCount.set(trace.stepCount());
        if (old == null) {
            return 0;
        }
        int filter = filterChoice.get() == AnimationTrace.ALL_FILTERS ? oldFilter : filterChoice.get();
        return Math.max(0, StepLocator.indexOf(trace, filter, old.phase(), cell));
    }

    /** The trace being played, null before the first result. */
    AnimationTrace trace() {
        return trace;
    }

    IntegerProperty filterChoiceProperty() {
        return filterChoice;
    }

    ReadOnlyIntegerProperty filterCountProperty() {
        return filterCount.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<AnimationMaps> mapsProperty() {
        return maps.getReadOnlyProperty();
    }
}
