package fmx.ui.formulas;

import static fmx.ui.support.Controls.title;

import fmx.core.Derivation;
import fmx.ui.formulas.FormulasViewModel.Section;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The shape arithmetic with the user's numbers: per figure its name and value, the formula, the evaluation. */
public final class FormulasView {
    private final FormulasViewModel vm;
    private final VBox content = new VBox(6);

    public FormulasView(FormulasViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        Label staleNote = new Label(Messages.TEXTS.text("outOfDate"));
        staleNote.setId("formulas-out-of-date");
        staleNote.getStyleClass().add("formula-note");
        staleNote.setWrapText(true);
        staleNote.visibleProperty().bind(vm.staleProperty());
        staleNote.managedProperty().bind(vm.staleProperty());
        content.opacityProperty().bind(javafx.beans.binding.Bindings.when(vm.staleProperty()).then(0.5).otherwise(1.0));
        VBox box = new VBox(8, title(Messages.TEXTS.text("title")), staleNote, content);
        box.setId("formulas-panel");
        box.setPadding(new Insets(10));
        box.getStyleClass().add("panel");
        vm.sectionsProperty().addListener((o, a, s) -> update(s));
        update(vm.sectionsProperty().get());
        return box;
    }

    /** "a = b = c" as its steps a, b, c: each on its own line, so a line breaks between steps, not inside one. */
    static List<String> steps(String evaluation) {
        return List.of(evaluation.split(" = "));
    }

    /** One monospace line; one too long for the column wraps at its spaces, which surround the operators. */
    private static Label formulaLine(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("formula");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void update(List<Section> sections) {
        content.getChildren().clear();
        for (Section s : sections) {
            Label head = new Label(s.title());
            head.getStyleClass().add("formula-section");
            head.setWrapText(true);
            content.getChildren().add(head);
            for (Derivation d : s.figures()) {
                Label name = new Label(Messages.TEXTS.text("figure", d.quantity(), String.format("%,d", d.value())));
                name.getStyleClass().add("formula-name");
                VBox figure = new VBox(1, name, formulaLine(d.formula()));
                for (String step : steps(d.evaluation())) {
                    figure.getChildren().add(formulaLine(Messages.TEXTS.text("step", step)));
                }
                content.getChildren().add(figure);
            }
            for (String note : s.notes()) {
                Label n = new Label(Messages.TEXTS.text("note", note));
                n.getStyleClass().add("formula-note");
                n.setWrapText(true);
                content.getChildren().add(n);
            }
        }
    }
}
