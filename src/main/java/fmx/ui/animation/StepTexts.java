package fmx.ui.animation;

import fmx.core.trace.ActivationStep;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.AnimationTrace.Position;
import fmx.core.trace.ConvStep;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.PoolStep;
import fmx.core.trace.TraceStep;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The words and numbers shown for the current step: its equation ({@link Equations#plain}, compact), per channel a
 * card with its products and partial sum, and the status line "Step 5 of 49 · filter 1 · convolution, output
 * cell (0, 4)" (from the package's bundle). The equation and cards can be held back while the learner predicts.
 */
final class StepTexts {
    private final ReadOnlyStringWrapper equation = new ReadOnlyStringWrapper(this, "equation", "");
    private final ReadOnlyObjectWrapper<List<String>> channelCards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** Shows step {@code index} of {@code trace}; {@code hideResult}: no equation nor cards (a question is open). */
    void show(AnimationTrace trace, int index, TraceStep s, boolean hideResult) {
        Position p = trace.position(index);
        status.set(describe(p, s, trace.stepCount()));
        if (hideResult) {
            equation.set("");
            channelCards.set(List.of());
            return;
        }
        equation.set(Equations.plain(s, EquationStyle.COMPACT));
        var g = trace.convTrace(p.filter()).geometry();
        channelCards.set(s instanceof ConvStep c ? ChannelSums.cards(c, g.kernel().y(), g.kernel().x()) : List.of());
    }

    private String describe(Position p, TraceStep s, int stepCount) {
        String where = switch (s) {
            case ConvStep c -> Messages.TEXTS.text("status.convolution",
                    Integer.toString(c.outRow()), Integer.toString(c.outColumn()));
            case PoolStep ps -> Messages.TEXTS.text("status.pooling",
                    Integer.toString(ps.outRow()), Integer.toString(ps.outColumn()));
            case ActivationStep a -> Messages.TEXTS.text("status.activation");
        };
        return Messages.TEXTS.text("status.step", Integer.toString(p.index() + 1),
                Integer.toString(stepCount), Integer.toString(p.filter() + 1), where);
    }

    ReadOnlyStringProperty equationProperty() {
        return equation.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<String>> channelCardsProperty() {
        return channelCards.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
