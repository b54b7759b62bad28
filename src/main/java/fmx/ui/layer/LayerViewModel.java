package fmx.ui.layer;

import fmx.core.ActivationFunction;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.PaddingMode;
import fmx.ui.session.PoolChoice;
import fmx.ui.session.SessionModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * The layer settings: the session's stride, padding, dilation, flip, activation and pooling properties (bound
 * two-way by the view, each change one undo step), which controls apply, and the problem message shown next to
 * the convolution or pooling settings. FX-thread only.
 */
public final class LayerViewModel {
    private final SessionModel session;
    private final StringBinding convMessage;
    private final StringBinding poolMessage;

    public LayerViewModel(SessionModel session, LiveComputation live) {
        this.session = session;
        convMessage = Bindings.createStringBinding(() -> live.problemLayerProperty().get() == 2 ? null
                : live.messageProperty().get(), live.messageProperty(), live.problemLayerProperty());
        poolMessage = Bindings.createStringBinding(() -> live.problemLayerProperty().get() == 2
                ? live.messageProperty().get() : null, live.messageProperty(), live.problemLayerProperty());
    }

    public SessionModel session() {
        return session;
    }

    /** The problem with the convolution settings (or the input/kernel sizes), or null. */
    public StringBinding convMessageProperty() {
        return convMessage;
    }

    /** The problem with the pooling settings, or null. */
    public StringBinding poolMessageProperty() {
        return poolMessage;
    }

    /** Padding numbers only apply in "number" mode. */
    public BooleanBinding paddingNumbersDisabled() {
        return session.paddingModeProperty().isNotEqualTo(PaddingMode.NUMBER);
    }

    public BooleanBinding slopeDisabled() {
        return session.activationProperty().isNotEqualTo(ActivationFunction.LEAKY_RELU);
    }

    public BooleanBinding poolingDisabled() {
        return session.poolingProperty().isEqualTo(PoolChoice.OFF);
    }
}
