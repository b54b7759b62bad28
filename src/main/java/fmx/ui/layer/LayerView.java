package fmx.ui.layer;

import static fmx.ui.support.Controls.caption;
import static fmx.ui.support.Controls.named;
import static fmx.ui.support.Controls.spinner;
import static fmx.ui.support.Controls.title;

import fmx.core.ActivationFunction;
import fmx.ui.session.PaddingMode;
import fmx.ui.session.PoolChoice;
import fmx.ui.session.SessionModel;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The layer settings form: convolution (stride, padding, dilation, flip), activation and pooling. */
public final class LayerView {
    private final LayerViewModel vm;

    public LayerView(LayerViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        SessionModel s = vm.session();
        GridPane conv = form();
        addPair(conv, 0, Messages.TEXTS.text("stride"), spinner("stride-y-spinner", 1, 16, s.strideYProperty(),
                Messages.TEXTS.text("strideY.help")), spinner("stride-x-spinner", 1, 16,
                s.strideXProperty(), Messages.TEXTS.text("strideX.help")));
        ComboBox<PaddingMode> padMode = named(new ComboBox<>(), "padding-mode-combo",
                Messages.TEXTS.text("paddingMode.help"));
        padMode.getItems().setAll(PaddingMode.values());
        padMode.valueProperty().bindBidirectional(s.paddingModeProperty());
        conv.addRow(1, caption(Messages.TEXTS.text("padding")), padMode);
        Spinner<Integer> padY = spinner("padding-y-spinner", 0, 16, s.paddingYProperty(),
                Messages.TEXTS.text("paddingY.help"));
        Spinner<Integer> padX = spinner("padding-x-spinner", 0, 16, s.paddingXProperty(),
                Messages.TEXTS.text("paddingX.help"));
        padY.disableProperty().bind(vm.paddingNumbersDisabled());
        padX.disableProperty().bind(vm.paddingNumbersDisabled());
        addPair(conv, 2, "", padY, padX);
        addPair(conv, 3, Messages.TEXTS.text("dilation"), spinner("dilation-y-spinner", 1, 8, s.dilationYProperty(),
                Messages.TEXTS.text("dilationY.help")), spinner("dilation-x-spinner", 1, 8,
                s.dilationXProperty(), Messages.TEXTS.text("dilationX.help")));
        CheckBox flip = named(new CheckBox(Messages.TEXTS.text("flip")), "flip-check",
                Messages.TEXTS.text("flip.help"));
        flip.selectedProperty().bindBidirectional(s.flipProperty());
        conv.add(flip, 0, 4, 4, 1);

        GridPane act = form();
        ComboBox<ActivationFunction> function = named(new ComboBox<>(), "activation-combo",
                Messages.TEXTS.text("function.help"));
        function.getItems().setAll(ActivationFunction.values());
        function.valueProperty().bindBidirectional(s.activationProperty());
        function.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ActivationFunction f) {
                return f == null ? "" : f.id() + "   " + f.formula();
            }

            @Override
            public ActivationFunction fromString(String text) {
                return ActivationFunction.byId(text.split(" ")[0]);
            }
        });
        Spinner<Double> slope = named(new Spinner<>(0.0, 1.0, s.leakySlopeProperty().get(), 0.01), "leaky-slope-spinner",
                Messages.TEXTS.text("slope.help"));
        slope.setEditable(true);
        slope.setPrefWidth(90);
        var boxed = s.leakySlopeProperty().asObject();
        slope.getProperties().put("binding", boxed);
        slope.getValueFactory().valueProperty().bindBidirectional(boxed);
        slope.disableProperty().bind(vm.slopeDisabled());
        act.addRow(0, caption(Messages.TEXTS.text("function")), function);
        act.addRow(1, caption(Messages.TEXTS.text("slope")), slope);

        GridPane pool = form();
        ComboBox<PoolChoice> mode = named(new ComboBox<>(), "pooling-combo",
                Messages.TEXTS.text("pooling.help"));
        mode.getItems().setAll(PoolChoice.values());
        mode.valueProperty().bindBidirectional(s.poolingProperty());
        Spinner<Integer> size = spinner("pool-size-spinner", 1, 8, s.poolSizeProperty(),
                Messages.TEXTS.text("poolSize.help"));
        Spinner<Integer> stride = spinner("pool-stride-spinner", 1, 8, s.poolStrideProperty(),
                Messages.TEXTS.text("poolStride.help"));
        size.disableProperty().bind(vm.poolingDisabled());
        stride.disableProperty().bind(vm.poolingDisabled());
        pool.addRow(0, caption(Messages.TEXTS.text("mode")), mode);
        pool.addRow(1, caption(Messages.TEXTS.text("size")), size);
        pool.addRow(2, caption(Messages.TEXTS.text("stride")), stride);

        VBox box = new VBox(8, title(Messages.TEXTS.text("conv.title")),
                header(Messages.TEXTS.text("axis.y"), Messages.TEXTS.text("axis.x")), conv,
                message("layer-message", vm.convMessageProperty()), title(Messages.TEXTS.text("act.title")), act,
                title(Messages.TEXTS.text("pool.title")), pool,
                message("pool-message", vm.poolMessageProperty()));
        box.setPadding(new Insets(10));
        box.getStyleClass().add("panel");
        return box;
    }

    private static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static Node header(String y, String x) {
        Label ly = caption(y);
        Label lx = caption(x);
        ly.setPrefWidth(78);
        HBox h = new HBox(8, spacer(), ly, lx);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Node spacer() {
        Label l = new Label();
        l.setPrefWidth(62);
        return l;
    }

    private static void addPair(GridPane g, int row, String name, Node y, Node x) {
        Label l = caption(name);
        l.setPrefWidth(62);
        g.addRow(row, l, y, x);
    }

    private static Label message(String id, StringBinding text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("problem");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
