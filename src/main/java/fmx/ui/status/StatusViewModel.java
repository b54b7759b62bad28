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
    private ComputeResult firstShown;

    /** {@code fileError}: the last file problem (the files view-model's error), null when none. */
    public StatusViewModel(LiveComputation live, ObservableStringValue fileError) {
        this.live = live;
        lastCompute = Bindings.createStringBinding(() -> {
            ComputeResult r = live.resultProperty().get();
            String text = describe(r, firstShown == null || firstShown == r);
            if (firstShown == null && r != null) {
                firstShown = r;
            }
            return text;
        }, live.resultProperty());
        problem = Bindings.createStringBinding(() -> live.messageProperty().get() != null ? live.messageProperty().get()
                : fileError.get(), live.messageProperty(), fileError);
    }

    /**
     * {@code first}: the first result of the window, whose time includes the engine's start-up (the JIT compiling
     * its loops: 40 to 450 ms for a 5 x 5 grid whose later edits take well under a millisecond), which is said.
     */
    static String describe(ComputeResult r, boolean first) {
        if (r == null) {
            return Messages.TEXTS.text("computing");
        }
        int filters = r.stages().get(0).channels();
        return Messages.TEXTS.text(first ? "computed.first" : "computed", filters, r.stages().size(),
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
