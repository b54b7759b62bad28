package fmx.ui.kernel;

import static fmx.ui.support.Controls.actionSpinner;
import static fmx.ui.support.Controls.caption;
import static fmx.ui.support.Controls.icon;
import static fmx.ui.support.Controls.named;
import static fmx.ui.support.Controls.namedNode;
import static fmx.ui.support.Controls.show;
import static fmx.ui.support.Controls.title;

import fmx.core.FilterBank;
import fmx.core.KernelPreset;
import fmx.ui.session.Numbers;
import fmx.ui.common.CellGrid;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import fmx.ui.support.GridSizing;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The filters: a strip of filter buttons, add/remove/duplicate/reorder, kernel size, presets (fitted to the size, or
 * photo kernels set by their parameters in {@link PhotoKernelDialog}), slices and bias.
 */
public final class KernelView {
    private final KernelViewModel vm;
    /** Wraps: 16 filter buttons in one line made the panel wider than its column and hid the controls on the right. */
    private final FlowPane filterStrip = new FlowPane(4, 4);
    private final FlowPane sliceBox = new FlowPane(10, 10);
    private final List<CellGrid> grids = new ArrayList<>();
    private final List<Label> sliceLabels = new ArrayList<>();
    private Spinner<Integer> kh;
    private Spinner<Integer> kw;
    private TextField bias;
    private Button add;
    private Button remove;
    private Button duplicate;

    public KernelView(KernelViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        add = icon(named(new Button(), "filter-add-button", Messages.TEXTS.text("add.help")),
                MaterialDesignP.PLUS);
        remove = icon(named(new Button(), "filter-remove-button", Messages.TEXTS.text("remove.help")),
                MaterialDesignM.MINUS);
        duplicate = icon(named(new Button(), "filter-duplicate-button", Messages.TEXTS.text("duplicate.help")),
                MaterialDesignC.CONTENT_COPY);
        Button up = icon(named(new Button(), "filter-up-button", Messages.TEXTS.text("up.help")),
                MaterialDesignA.ARROW_UP);
        Button down = icon(named(new Button(), "filter-down-button", Messages.TEXTS.text("down.help")),
                MaterialDesignA.ARROW_DOWN);
        add.setOnAction(e -> vm.addFilter());
        remove.setOnAction(e -> vm.removeFilter());
        duplicate.setOnAction(e -> vm.duplicateFilter());
        up.setOnAction(e -> vm.moveFilter(-1));
        down.setOnAction(e -> vm.moveFilter(1));
        HBox buttons = new HBox(4, add, remove, duplicate, up, down);

        kh = actionSpinner("kernel-height-spinner", 1, KernelViewModel.MAX_KERNEL, 3,
                h -> vm.resizeKernels(h, vm.filtersProperty().get().kernelWidth()),
                Messages.TEXTS.text("height.help", KernelViewModel.MAX_KERNEL));
        kw = actionSpinner("kernel-width-spinner", 1, KernelViewModel.MAX_KERNEL, 3,
                w -> vm.resizeKernels(vm.filtersProperty().get().kernelHeight(), w),
                Messages.TEXTS.text("width.help", KernelViewModel.MAX_KERNEL));
        ComboBox<KernelPreset> preset = named(new ComboBox<>(), "kernel-preset-combo",
                Messages.TEXTS.text("preset.help"));
        preset.getItems().setAll(KernelPreset.values());
        preset.setPromptText(Messages.TEXTS.text("preset.prompt"));
        preset.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(KernelPreset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label());
                setTooltip(empty || p == null ? null : new javafx.scene.control.Tooltip(p.description()));
            }
        });
        preset.setOnAction(e -> {
            if (preset.getValue() != null) {
                vm.applyPreset(preset.getValue());
                preset.getSelectionModel().clearSelection();
            }
        });
        Button photo = icon(named(new Button(Messages.TEXTS.text("photo.button")), "photo-kernel-button",
                Messages.TEXTS.text("photo.button.help")), MaterialDesignB.BLUR);
        photo.setMinWidth(Region.USE_PREF_SIZE);
        PhotoKernelDialog photoDialog = new PhotoKernelDialog(vm.photoKernels());
        photo.setOnAction(e -> photoDialog.show(photo.getScene().getWindow()));
        bias = named(new TextField(), "bias-field", Messages.TEXTS.text("bias.help"));
        bias.setPrefColumnCount(4);
        bias.setOnAction(e -> commitBias());
        bias.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitBias();
            }
        });
        HBox size = row(caption(Messages.TEXTS.text("kernel")), kh, new Label(Messages.TEXTS.text("times")), kw);
        // Not beside the size spinners: there a 1280-pixel window cut its label to "Prese...".
        preset.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(preset, javafx.scene.layout.Priority.ALWAYS);
        HBox biasRow = row(caption(Messages.TEXTS.text("bias")), bias);
        filterStrip.setMinWidth(0);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, row(title(Messages.TEXTS.text("title")), spacer, buttons), filterStrip, size,
                row(preset, photo), sliceBox, biasRow);
        box.setPadding(new Insets(10));
        // The buttons beside the title leave the strip the panel's whole width; it wraps at that width (bound: the
        // parents ask its height before its width, and it would stack the buttons one per line).
        filterStrip.prefWrapLengthProperty().bind(box.widthProperty().subtract(20));
        box.getStyleClass().add("panel");
        sliceBox.widthProperty().addListener(o -> fitCells());
        vm.filtersProperty().addListener(o -> update());
        vm.selectedProperty().addListener(o -> update());
        update();
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void commitBias() {
        try {
            vm.setBias(Float.parseFloat(bias.getText().trim().replace('\u2212', '-')));
        } catch (NumberFormatException e) {
            bias.setText(Numbers.format(vm.bias()));
        }
    }

    private void update() {
        FilterBank f = vm.filtersProperty().get();
        int selected = Math.min(vm.selectedProperty().get(), f.count() - 1);
        filterStrip.getChildren().clear();
        for (int n = 0; n < f.count(); n++) {
            int index = n;
            javafx.scene.control.ToggleButton b = named(new javafx.scene.control.ToggleButton(Integer.toString(n + 1)),
                    "filter-select-" + n, Messages.TEXTS.text("select.help", n + 1));
            b.setSelected(n == selected);
            b.setOnAction(e -> {
                vm.selectedProperty().set(index);
                b.setSelected(true);
            });
            filterStrip.getChildren().add(b);
        }
        add.setDisable(!vm.canAdd());
        duplicate.setDisable(!vm.canAdd());
        remove.setDisable(!vm.canRemove());
        show(kh, f.kernelHeight());
        show(kw, f.kernelWidth());
        if (!bias.isFocused()) {
            bias.setText(Numbers.format(vm.bias()));
        }
        while (grids.size() < f.channels()) {
            addGrid(grids.size());
        }
        while (grids.size() > f.channels()) {
            grids.removeLast();
            sliceLabels.removeLast();
            sliceBox.getChildren().removeLast();
        }
        for (int c = 0; c < f.channels(); c++) {
            float[] w = vm.slice(c);
            float max = 1e-6f;
            for (float v : w) {
                max = Math.max(max, Math.abs(v));
            }
            sliceLabels.get(c).setText(sliceLabel(selected, c, f.channels()));
            grids.get(c).setData(w, f.kernelHeight(), f.kernelWidth());
            grids.get(c).setColorScale(new ColorScale(ColorMap.DIVERGING, -max, max));
        }
        fitCells();
    }

    /** "Filter 2", "Filter 2, R", "Filter 2, channel 1": the caption of one channel slice. */
    private static String sliceLabel(int filter, int c, int channels) {
        if (channels == 1) {
            return Messages.TEXTS.text("slice.single", filter + 1);
        }
        return channels >= 3 ? Messages.TEXTS.text("slice.rgba", filter + 1, Messages.TEXTS.text("rgba").split(",")[c])
                : Messages.TEXTS.text("slice.channel", filter + 1, c + 1);
    }

    /** Weight cells as big as the panel allows (up to 44 px: the bias stays in view at 800 px high), up to three channel slices side by side. */
    private void fitCells() {
        FilterBank f = vm.filtersProperty().get();
        int across = Math.min(3, f.channels());
        double perSlice = (sliceBox.getWidth() - sliceBox.getHgap() * (across - 1)) / across;
        double cell = GridSizing.cellFor(perSlice, f.kernelWidth(), 18, 44);
        grids.forEach(g -> g.setPreferredCellSize(cell));
    }

    private void addGrid(int c) {
        CellGrid g = namedNode(new CellGrid(), "kernel-grid-" + c, Messages.TEXTS.text("grid.help"));
        g.setEditable(true);
        g.setCellSizeRange(18, 44);
        g.setOnCellEdit((row, col, value) -> vm.editWeight(c, row, col, value));
        Label label = new Label();
        label.getStyleClass().add("grid-label");
        grids.add(g);
        sliceLabels.add(label);
        sliceBox.getChildren().add(new VBox(2, label, g));
    }
}
