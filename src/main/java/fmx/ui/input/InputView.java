package fmx.ui.input;

import static fmx.ui.support.Controls.actionSpinner;
import static fmx.ui.support.Controls.caption;
import static fmx.ui.support.Controls.icon;
import static fmx.ui.support.Controls.named;
import static fmx.ui.support.Controls.namedNode;
import static fmx.ui.support.Controls.show;
import static fmx.ui.support.Controls.title;

import fmx.core.InputPreset;
import fmx.core.Tensor;
import fmx.ui.common.CellGrid;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.ui.common.PaintStrokeHandler;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import fmx.ui.support.GridSizing;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/** The input editor: size, channels, presets, paint mode, and one editable grid per channel. */
public final class InputView {
    private final InputViewModel vm;
    private final List<CellGrid> grids = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final FlowPane gridBox = new FlowPane(12, 12);
    private Spinner<Integer> height;
    private Spinner<Integer> width;
    private Spinner<Integer> channels;

    public InputView(InputViewModel vm) {
        this.vm = vm;
    }

    public Node createView() {
        height = actionSpinner("input-height-spinner", 1, InputViewModel.MAX_SIZE, 5,
                h -> vm.resize(h, vm.inputProperty().get().width()), Messages.TEXTS.text("height.help", InputViewModel.MAX_SIZE));
        width = actionSpinner("input-width-spinner", 1, InputViewModel.MAX_SIZE, 5,
                w -> vm.resize(vm.inputProperty().get().height(), w), Messages.TEXTS.text("width.help", InputViewModel.MAX_SIZE));
        channels = actionSpinner("input-channels-spinner", 1, InputViewModel.MAX_CHANNELS, 1, vm::setChannels,
                Messages.TEXTS.text("channels.help", InputViewModel.MAX_CHANNELS));
        channels.setPrefWidth(64);
        ComboBox<InputPreset> preset = named(new ComboBox<>(), "input-preset-combo",
                Messages.TEXTS.text("preset.help"));
        preset.getItems().setAll(InputPreset.values());
        preset.setPromptText(Messages.TEXTS.text("preset.prompt"));
        preset.setOnAction(e -> {
            if (preset.getValue() != null) {
                vm.applyPreset(preset.getValue());
                preset.getSelectionModel().clearSelection();
            }
        });
        ToggleButton paint = icon(named(new ToggleButton(Messages.TEXTS.text("paint")), "input-paint-toggle",
                Messages.TEXTS.text("paint.help")), MaterialDesignB.BRUSH);
        TextField paintValue = named(new TextField("1"), "input-paint-value", Messages.TEXTS.text("paintValue.help"));
        paintValue.setPrefColumnCount(3);
        Runnable updatePaint = () -> vm.paintValueProperty().set(paint.isSelected() ? parse(paintValue.getText()) : null);
        paint.selectedProperty().addListener(o -> updatePaint.run());
        paintValue.textProperty().addListener(o -> updatePaint.run());

        HBox size = row(caption(Messages.TEXTS.text("size")), height, new Label(Messages.TEXTS.text("times")), width,
                caption(Messages.TEXTS.text("channels")), channels);
        HBox tools = row(preset, paint, paintValue);
        gridBox.setPadding(new Insets(4, 0, 0, 0));
        VBox box = new VBox(8, title(Messages.TEXTS.text("title")), size, tools, gridBox);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("panel");

        gridBox.widthProperty().addListener(o -> fitCells());
        vm.inputProperty().addListener((o, a, t) -> update(t));
        vm.overlayProperty().addListener((o, a, marks) -> grids.forEach(g -> g.setOverlay(marks)));
        vm.framePaddingProperty().addListener((o, a, p) -> {
            grids.forEach(g -> g.setFramePadding(p[0], p[1], p[2], p[3]));
            fitCells();
        });
        update(vm.inputProperty().get());
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Float parse(String text) {
        try {
            return Float.parseFloat(text.trim().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void update(Tensor t) {
        show(height, t.height());
        show(width, t.width());
        show(channels, t.channels());
        while (grids.size() < t.channels()) {
            addGrid(grids.size());
        }
        while (grids.size() > t.channels()) {
            grids.removeLast();
            labels.removeLast();
            gridBox.getChildren().removeLast();
        }
        float[] range = t.range();
        ColorScale scale = ColorScale.fit(ColorMap.GRAY, Math.min(0, range[0]), Math.max(range[1], range[0] + 1e-6f));
        int[] pad = vm.framePaddingProperty().get();
        for (int c = 0; c < grids.size(); c++) {
            CellGrid g = grids.get(c);
            labels.get(c).setText(vm.channelLabel(c));
            g.setFramePadding(pad[0], pad[1], pad[2], pad[3]);
            g.setData(vm.plane(c), t.height(), t.width());
            g.setColorScale(scale);
            g.setOverlay(vm.overlayProperty().get());
        }
        fitCells();
    }

    /** Cells as big as the panel's width allows (up to 48 px), so a small example is easy to read and edit. */
    private void fitCells() {
        Tensor t = vm.inputProperty().get();
        int[] pad = vm.framePaddingProperty().get();
        double cell = GridSizing.cellFor(gridBox.getWidth(), t.width() + pad[2] + pad[3], 6, 48);
        grids.forEach(g -> g.setPreferredCellSize(cell));
    }

    private void addGrid(int c) {
        CellGrid g = namedNode(new CellGrid(), "input-grid-" + c, Messages.TEXTS.text("grid.help"));
        g.setEditable(true);
        g.setCellSizeRange(6, 56);
        g.setOnCellEdit((row, col, value) -> vm.editCell(c, row, col, value));
        g.setOnBlockPaste((row, col, block) -> vm.pasteBlock(c, row, col, block));
        g.setOnCellHover((row, col) -> vm.hover(c, row, col));
        g.setOnPaintStroke(new PaintStrokeHandler() {
            @Override
            public void begin() {
                vm.beginStroke();
            }

            @Override
            public void cell(int row, int col) {
                vm.paintCell(c, row, col);
            }

            @Override
            public void end() {
                vm.endStroke();
            }
        });
        vm.paintValueProperty().addListener((o, a, v) -> g.setPaintValue(v));
        Label label = new Label();
        label.getStyleClass().add("grid-label");
        VBox cell = new VBox(2, label, g);
        VBox.setVgrow(g, Priority.ALWAYS);
        cell.setMinWidth(Region.USE_PREF_SIZE);
        grids.add(g);
        labels.add(label);
        gridBox.getChildren().add(cell);
    }
}
