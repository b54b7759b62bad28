package fmx.ui.kernel;

import static fmx.ui.support.Controls.named;
import static fmx.ui.support.Controls.namedNode;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.core.PhotoKernel;
import fmx.ui.common.CellGrid;
import fmx.ui.session.Numbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "Photo kernel..." dialog: the kind and its parameters (a slider and a spinner each) on the left, a heat map
 * of the kernel (or of each filter of a Gabor bank) and its window on the right, what Apply will do below, or the
 * core's message when the settings need a window over 31 x 31 (Apply disabled then). Enter applies, Escape
 * cancels. Built once per owner window: it binds to the long-lived {@link PhotoKernelViewModel}.
 */
final class PhotoKernelDialog {
    /** The preview's side in pixels: a 31 x 31 kernel gets 8-pixel cells, a 3 x 3 one numbers in its cells. */
    private static final double PREVIEW = 264;
    private static final double PREVIEW_HEIGHT = PREVIEW + 40;
    private static final double TILE_GAP = 8;
    /** The height of the angle under each filter of a bank. */
    private static final double ANGLE_LINE = 18;
    private static final double CONTENT_WIDTH = 780;

    private final PhotoKernelViewModel vm;
    private final Map<PhotoKernelParameter, Node[]> rows = new EnumMap<>(PhotoKernelParameter.class);
    private final GridPane form = new GridPane(10, 8);
    private final TilePane previews = new TilePane(TILE_GAP, TILE_GAP);
    private final List<CellGrid> grids = new ArrayList<>();
    private final List<Label> angles = new ArrayList<>();
    private boolean tilesWithAngles;
    private ComboBox<PhotoKernelKind> kind;
    private Label kindLabel;
    private Label kindHelp;
    private Label effect;
    private final ColumnConstraints labelColumn = new ColumnConstraints();
    private Dialog<ButtonType> dialog;

    PhotoKernelDialog(PhotoKernelViewModel vm) {
        this.vm = vm;
    }

    /**
     * Opens the dialog (modal) over {@code owner}, with the settings of its last opening. Built once: its controls
     * listen to the view-model for the session's life (the app has one window, so one owner).
     */
    void show(Window owner) {
        if (dialog == null) {
            dialog = create(owner);
        }
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (!dialog.isShowing()) {
            dialog.show();
        }
        kind.requestFocus();
    }

    private Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.TEXTS.text("photo.title"));
        d.setHeaderText(Messages.TEXTS.text("photo.header"));
        d.setResizable(true);
        ButtonType apply = new ButtonType(Messages.TEXTS.text("photo.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.TEXTS.text("photo.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(apply, cancel);
        d.getDialogPane().setContent(createContent());
        // Without a width of its own the dialog took its header's (one line), which squeezed the sliders to 110 px.
        d.getDialogPane().setPrefWidth(CONTENT_WIDTH);
        d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        d.getDialogPane().setId("photo-kernel-dialog");
        d.setOnShown(e -> layoutForm()); // the labels' font is known once the theme's CSS applies
        // What Apply will do scans the whole bank: worked out only while someone can read it.
        d.setOnShowing(e -> effect.textProperty().bind(vm.effectProperty()));
        d.setOnHidden(e -> effect.textProperty().unbind());
        Button applyButton = named((Button) d.getDialogPane().lookupButton(apply), "photo-kernel-apply",
                Messages.TEXTS.text("photo.apply.help"));
        applyButton.disableProperty().bind(vm.validProperty().not());
        // The dialog closes after the action unless it is consumed: a refused setting keeps it open.
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.apply()) {
                e.consume();
            }
        });
        named((Button) d.getDialogPane().lookupButton(cancel), "photo-kernel-cancel",
                Messages.TEXTS.text("photo.cancel.help"));
        return d;
    }

    private Node createContent() {
        kind = named(new ComboBox<>(), "photo-kernel-kind", Messages.TEXTS.text("photo.kind.help"));
        kind.getItems().setAll(PhotoKernelKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        kindLabel = new Label(Messages.TEXTS.text("photo.kind"));
        kindHelp = new Label();
        kindHelp.setId("photo-kernel-kind-help");
        kindHelp.setWrapText(true);
        kindHelp.getStyleClass().add("caption");
        kindHelp.textProperty().bind(Bindings.createStringBinding(
                () -> vm.kindProperty().get().help(), vm.kindProperty()));
        for (PhotoKernelParameter p : PhotoKernelParameter.values()) {
            rows.put(p, row(p));
        }
        ColumnConstraints sliders = new ColumnConstraints(120, 170, Double.MAX_VALUE);
        sliders.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labelColumn, sliders);
        form.setMinHeight(Region.USE_PREF_SIZE);
        vm.kindProperty().addListener(o -> layoutForm());
        layoutForm();

        Label windowCaption = new Label(Messages.TEXTS.text("photo.window.caption"));
        windowCaption.getStyleClass().add("caption");
        Label window = namedNode(new Label(), "photo-kernel-window", Messages.TEXTS.text("photo.window.help"));
        window.getStyleClass().add("section-title");
        window.textProperty().bind(vm.windowTextProperty());
        HBox windowRow = new HBox(8, windowCaption, window);
        windowRow.setAlignment(Pos.BASELINE_LEFT);
        previews.setId("photo-kernel-previews");
        previews.setAlignment(Pos.CENTER);
        previews.setTileAlignment(Pos.TOP_CENTER);
        StackPane previewBox = new StackPane(previews);
        previewBox.setPrefSize(PREVIEW, PREVIEW_HEIGHT);
        previewBox.setMinSize(PREVIEW, PREVIEW_HEIGHT);
        VBox right = new VBox(6, windowRow, previewBox);
        vm.kernelsProperty().addListener(o -> showKernels());
        showKernels();

        effect = new Label();
        effect.setId("photo-kernel-effect");
        effect.setWrapText(true);
        effect.getStyleClass().add("caption");
        Label message = new Label();
        message.setId("photo-kernel-message");
        message.setWrapText(true);
        message.getStyleClass().add("problem-banner");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.validProperty().not());
        message.setMaxWidth(Double.MAX_VALUE);
        effect.visibleProperty().bind(vm.validProperty());
        // One place below both columns: either what Apply will do or why it cannot.
        StackPane outcome = new StackPane(effect, message);
        outcome.setAlignment(Pos.TOP_LEFT);
        outcome.setMinHeight(48);

        HBox columns = new HBox(24, form, right);
        HBox.setHgrow(form, Priority.ALWAYS);
        VBox content = new VBox(14, columns, outcome);
        content.setPadding(new Insets(12, 16, 0, 16));
        return content;
    }

    /** The kind, then the parameters the kind reads, in its order; the other rows leave the form. */
    private void layoutForm() {
        // The label column as wide as the widest label of any kind: switching kinds must not shift the controls.
        Text probe = new Text();
        probe.setFont(kindLabel.getFont());
        double widest = 0;
        for (PhotoKernelParameter p : PhotoKernelParameter.values()) {
            probe.setText(p.label());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        labelColumn.setMinWidth(Math.ceil(widest) + 2);
        form.getChildren().clear();
        form.addRow(0, kindLabel, kind);
        GridPane.setColumnSpan(kind, 3);
        form.add(kindHelp, 1, 1, 3, 1);
        int r = 2;
        for (PhotoKernelParameter p : vm.kindProperty().get().parameters()) {
            form.addRow(r++, rows.get(p));
        }
    }

    /** Label, slider, spinner and unit of one parameter, both controls bound to the view-model's value. */
    private Node[] row(PhotoKernelParameter p) {
        DoubleProperty value = vm.parameter(p);
        Label label = new Label(p.label());
        label.setMinWidth(Region.USE_PREF_SIZE);
        Slider slider = named(new Slider(p.min(), p.max(), value.get()), "photo-kernel-" + p.key() + "-slider",
                Messages.TEXTS.text("photo.slider.help", p.label()));
        slider.setBlockIncrement(p.step());
        slider.setMajorTickUnit(p.step() * 10);
        slider.setMinorTickCount(9);
        slider.setSnapToTicks(true); // drags stop at the step, as the spinner's arrows do
        slider.valueProperty().bindBidirectional(value);
        slider.setMaxWidth(Double.MAX_VALUE);
        Spinner<Double> spinner = named(new Spinner<>(), "photo-kernel-" + p.key() + "-spinner", p.help());
        SpinnerValueFactory.DoubleSpinnerValueFactory factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                p.min(), p.max(), value.get(), p.step());
        factory.setConverter(converter(factory));
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        ObjectProperty<Double> boxed = value.asObject();
        spinner.getProperties().put("binding", boxed); // bidirectional bindings are weak: keep the adapter alive
        factory.valueProperty().bindBidirectional(boxed);
        label.setLabelFor(spinner);
        Label unit = new Label(p.unit());
        unit.getStyleClass().add("caption");
        unit.setMinWidth(18);
        return new Node[] {label, slider, spinner, unit};
    }

    /** Numbers as the app writes them; text that is not a number keeps the current value (no exception). */
    private static StringConverter<Double> converter(SpinnerValueFactory<Double> factory) {
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : Numbers.format(v);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Double.parseDouble(text.trim().replace('\u2212', '-').replace(',', '.'));
                } catch (NumberFormatException | NullPointerException e) {
                    return factory.getValue();
                }
            }
        };
    }

    /**
     * One heat map per kernel, as big as the preview allows; under each filter of a bank, its angle. The grids are
     * kept while the count stays (a slider drag only gives them new numbers).
     */
    private void showKernels() {
        List<PhotoKernel> kernels = vm.kernelsProperty().get();
        boolean bank = vm.kindProperty().get().isBank();
        if (kernels.size() != grids.size() || bank != tilesWithAngles) {
            buildTiles(kernels.size(), bank);
        }
        if (kernels.isEmpty()) {
            return;
        }
        int across = (int) Math.ceil(Math.sqrt(kernels.size()));
        int down = (kernels.size() + across - 1) / across;
        // Each tile as big as both the width and the height (less its angle's line) allow.
        double side = Math.min((PREVIEW - TILE_GAP * (across - 1)) / across,
                (PREVIEW_HEIGHT - TILE_GAP * (down - 1)) / down - (bank ? ANGLE_LINE : 0));
        previews.setPrefColumns(across);
        for (int i = 0; i < kernels.size(); i++) {
            PhotoKernel k = kernels.get(i);
            float[] w = k.weights();
            CellGrid grid = grids.get(i);
            grid.setData(w, k.size(), k.size());
            grid.setColorScale(ColorScale.fit(ColorMap.DIVERGING, w, 0, w.length));
            // 12 pixels of the side are the grid's margin; cells stay whole pixels so the lines stay even.
            grid.setPreferredCellSize(Math.min(44, Math.max(1, Math.floor((side - 12) / k.size()))));
            if (bank && k instanceof PhotoKernel.Gabor g) {
                angles.get(i).setText(PhotoKernelViewModel.angle(g.angle()));
            }
        }
    }

    private void buildTiles(int count, boolean withAngles) {
        previews.getChildren().clear();
        grids.clear();
        angles.clear();
        tilesWithAngles = withAngles;
        for (int i = 0; i < count; i++) {
            CellGrid grid = namedNode(new CellGrid(), "photo-kernel-preview-" + i,
                    Messages.TEXTS.text("photo.preview.help"));
            grid.setCellSizeRange(1, 44);
            grids.add(grid);
            if (withAngles) {
                Label angle = new Label();
                angle.getStyleClass().add("grid-label");
                angles.add(angle);
                VBox tile = new VBox(0, grid, angle);
                tile.setAlignment(Pos.TOP_CENTER);
                previews.getChildren().add(tile);
            } else {
                previews.getChildren().add(grid);
            }
        }
    }
}
