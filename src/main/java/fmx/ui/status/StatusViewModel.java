package fmx.ui.status;

import fmx.compute.ComputeResult;
import fmx.ui.session.LiveComputation;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The status line: whether the maps are being computed, how long the last computation took, and the current problem
 * (an invalid setting or a file that could not be used). FX-thread only; no toolkit classes.
 */
public final class StatusViewModel {
    private final LiveComputation live;
    private final StringBinding lastCompute;
    private final StringBinding problem;

    /** {@code fileError}: the last file problem (the files view-model's error), null when none. */
    public StatusViewModel(LiveComputation live, ObservableStringValue fileError) {
        this.live = live;
        lastCompute = Bindings.createStringBinding(() -> describe(live.resultProperty().get()), live.resultProperty());
        problem = Bindings.createStringBinding(() -> live.messageProperty().get() != null ? live.messageProperty().get()
                : fileError.get(), live.messageProperty(), fileError);
    }

    static String describe(ComputeResult r) {
        if (r == null) {
            return Messages.text("computing");
        }
        int filters = r.stages().get(0).channels();
        return Messages.text("computed", filters, r.stages().size(),
                String.format(Locale.ROOT, "%.2f", r.computeNanos() / 1e6));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return live.busyProperty();
    }

    /** "8 filters, 3 stages computed in 0.42 ms". */
    public StringBinding lastComputeProperty() {
        return lastCompute;
    }

    /** What is wrong, or null. */
    public StringBinding problemProperty() {
        return problem;
    }
}
