package fmx.ui.formulas;

import fmx.core.Derivation;
import fmx.core.LayerShape;
import fmx.ui.session.LiveComputation;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The shape arithmetic of the current settings with the user's numbers: one section per layer with a window
 * (convolution, pooling) plus a summary, each figure with its formula and evaluation, and notes (uneven strides,
 * unvisited rows). Follows {@link LiveComputation#analysisProperty()}. FX-thread only.
 */
public final class FormulasViewModel {
    /** A titled group of figures. */
    public record Section(String title, List<Derivation> figures, List<String> notes) {}

    private final ReadOnlyObjectWrapper<List<Section>> sections = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");

    public FormulasViewModel(LiveComputation live) {
        live.analysisProperty().addListener((o, a, shapes) -> sections.set(build(shapes)));
        sections.set(build(live.analysisProperty().get()));
        // Invalid settings keep the last valid arithmetic on show; without a mark it reads as the current one.
        stale.bind(live.staleProperty());
    }

    static List<Section> build(List<LayerShape> shapes) {
        List<Section> out = new ArrayList<>();
        for (LayerShape s : shapes) {
            if (s.type().equals("activation")) {
                continue; // element-wise: shape unchanged, nothing to derive
            }
            String title = Messages.TEXTS.text(s.type().equals("conv") ? "section.conv" : "section.pool",
                    s.input(), s.output());
            List<Derivation> figures = s.derivations().stream()
                    .filter(d -> !d.quantity().equals("output memory"))
                    .toList();
            out.add(new Section(title, figures, s.notes()));
        }
        if (!shapes.isEmpty()) {
            LayerShape last = shapes.get(shapes.size() - 1);
            long params = shapes.stream().mapToLong(LayerShape::parameters).sum();
            long macs = shapes.stream().mapToLong(LayerShape::multiplyAdds).sum();
            out.add(new Section(Messages.TEXTS.text("section.whole"), List.of(
                    new Derivation(Messages.TEXTS.text("receptiveField"), Messages.TEXTS.text("receptiveField.formula"),
                            Messages.TEXTS.text("receptiveField.value", Integer.toString(last.receptiveField().y()),
                                    Integer.toString(last.receptiveField().x())), last.receptiveField().y()),
                    new Derivation(Messages.TEXTS.text("parameters"), Messages.TEXTS.text("parameters.formula"),
                            Long.toString(params), params),
                    new Derivation(Messages.TEXTS.text("multiplyAdds"), Messages.TEXTS.text("multiplyAdds.formula"),
                            String.format("%,d", macs), macs)), List.of()));
        }
        return List.copyOf(out);
    }

    /** True while the settings are invalid and the sections show the last valid ones. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Section>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }
}
