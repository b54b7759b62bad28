package fmx.ui.photo;

import fmx.compute.PhotoResult;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The "Photo" tab: a tool bar (open, samples, grey, stage, display, normalisation, fit, 1:1, crop, progress), the
 * photo and its maps in a grid of {@link PhotoPanel}s sharing one viewport, and the probe line. Also gives the
 * window its File and Edit menu items, and accepts dropped image files. Every handler calls one view-model method.
 */
public final class PhotoView {
    private final PhotoViewModel vm;
    private final List<PhotoPanel> panels = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final Label probeLabel = new Label();
    private final ToggleButton crop = new ToggleButton(Messages.TEXTS.text("crop"));
    private Tab tab;

    public PhotoView(PhotoViewModel vm) {
        this.vm = vm;
    }

    /** The tab for the centre tab pane. */
    public Tab createTab() {
        tab = new Tab(Messages.TEXTS.text("title"), createView());
        tab.setId("photo-tab");
        tab.setClosable(false);
        return tab;
    }

    Node createView() {
        // Until a photo arrives the area would be blank: say how to begin.
        Label hint = new Label(Messages.TEXTS.text("hint"));
        hint.setId("photo-empty-hint");
        hint.relocate(16, 16);
        hint.visibleProperty().bind(vm.frameProperty().isNull());
        Pane area = new Pane(grid, hint);
        area.setId("photo-area");
        area.setMinSize(100, 100);
        area.widthProperty().addListener(x -> layoutPanels(area));
        area.heightProperty().addListener(x -> layoutPanels(area));
        vm.frameProperty().addListener((o, a, frame) -> {
            ensurePanels(frame.maps().size() + 1, area);
            panels.getFirst().show(frame.photo(), frame.viewport(), vm.photoNameProperty().get()
                    + (frame.preview() ? "  " + Messages.TEXTS.text("preview") : ""));
            for (int i = 0; i < frame.maps().size(); i++) {
                panels.get(i + 1).show(frame.maps().get(i), frame.viewport(), frame.labels().get(i));
            }
            redrawOverlays();
        });
        vm.probeProperty().addListener(x -> {
            redrawOverlays();
            probeLabel.setText(describe(vm.probeProperty().get()));
        });
        vm.croppedProperty().addListener(x -> redrawOverlays());
        probeLabel.setId("photo-probe-label");
        probeLabel.setWrapText(true);
        Label message = new Label();
        message.setId("photo-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("danger");
        message.setWrapText(true); // an elided message would hide what to change
        BorderPane root = new BorderPane(area);
        root.setTop(toolBar());
        VBox bottom = new VBox(2, probeLabel, message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(bottom);
        root.setId("photo-view");
        return root;
    }

    private FlowPane toolBar() {
        Button open = new Button(Messages.TEXTS.text("open"));
        open.setId("photo-open");
        open.setOnAction(e -> chooseFile(open.getScene()));
        open.setTooltip(new Tooltip(Messages.TEXTS.text("open.help")));
        Button samples = new Button(Messages.TEXTS.text("samples"));
        samples.setId("photo-samples");
        samples.setTooltip(new Tooltip(Messages.TEXTS.text("samples.help")));
        samples.setOnAction(e -> new GalleryDialog(SampleImages.bundled(), this::openSample).show(samples.getScene()));
        ToggleButton gray = new ToggleButton(Messages.TEXTS.text("grey"));
        gray.setId("photo-gray-toggle");
        gray.setTooltip(new Tooltip(Messages.TEXTS.text("grey.help")));
        gray.selectedProperty().bindBidirectional(vm.grayProperty());
        ComboBox<String> stage = new ComboBox<>();
        stage.setId("photo-stage-combo");
        stage.setTooltip(new Tooltip(Messages.TEXTS.text("stage.help")));
        stage.setOnShowing(e -> stage.getItems().setAll(vm.stageNames()));
        stage.getItems().setAll(vm.stageNames());
        stage.getSelectionModel().select(0);
        stage.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                vm.stageProperty().set(i.intValue());
            }
        });
        ComboBox<SignedDisplay> display = new ComboBox<>(FXCollections.observableArrayList(SignedDisplay.values()));
        display.setId("photo-display-combo");
        display.setTooltip(new Tooltip(Messages.TEXTS.text("display.help")));
        display.valueProperty().bindBidirectional(vm.displayProperty());
        ComboBox<Normalisation> norm = new ComboBox<>(FXCollections.observableArrayList(Normalisation.values()));
        norm.setId("photo-normalisation-combo");
        norm.setTooltip(new Tooltip(Messages.TEXTS.text("normalisation.help")));
        norm.valueProperty().bindBidirectional(vm.normalisationProperty());
        Button fit = new Button(Messages.TEXTS.text("fit"));
        fit.setId("photo-fit");
        fit.setTooltip(new Tooltip(Messages.TEXTS.text("fit.help")));
        fit.setOnAction(e -> vm.fit());
        Button one = new Button("1:1");
        one.setId("photo-one-to-one");
        one.setTooltip(new Tooltip(Messages.TEXTS.text("oneToOne.help")));
        one.setOnAction(e -> vm.oneToOne());
        crop.setId("photo-crop-toggle");
        crop.setTooltip(new Tooltip(Messages.TEXTS.text("crop.help")));
        javafx.scene.control.Spinner<Integer> limit = new javafx.scene.control.Spinner<>(1, 1000,
                (int) (vm.maxPixelsProperty().get() / 1_000_000));
        limit.setId("photo-pixel-limit");
        limit.setEditable(true);
        limit.setPrefWidth(84);
        limit.setTooltip(new Tooltip(Messages.TEXTS.text("limit.help")));
        limit.valueProperty().addListener((o, a, mp) -> vm.maxPixelsProperty().set(mp * 1_000_000L));
        Label limitLabel = new Label(Messages.TEXTS.text("limit"));
        ProgressBar progress = new ProgressBar();
        progress.setId("photo-progress");
        progress.setPrefWidth(90);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        Label zoom = new Label();
        zoom.setId("photo-zoom-label");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.0f%%", 100 * vm.zoomProperty().get()), vm.zoomProperty()));
        // A flow, not a tool bar: the centre is narrow at 1280 px and a tool bar would hide its last controls.
        FlowPane bar = new FlowPane(6, 4, open, samples, gray, stage, display, norm, fit, one, zoom, crop,
                limitLabel, limit, progress);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setId("photo-tool-bar");
        return bar;
    }

    private void ensurePanels(int count, Pane area) {
        if (panels.size() == count) {
            return;
        }
        while (panels.size() < count) {
            PhotoPanel p = new PhotoPanel(vm, crop.selectedProperty());
            p.setId("photo-panel-" + panels.size());
            panels.add(p);
        }
        while (panels.size() > count) {
            panels.removeLast();
        }
        layoutPanels(area);
    }

    /** Panels in a grid of about square cells, as large as the area allows; the view-model renders that size. */
    private void layoutPanels(Pane area) {
        int n = Math.max(1, panels.size());
        double w = area.getWidth();
        double h = area.getHeight();
        int bestCols = 1;
        double bestSide = 0;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double side = Math.min((w - 4 * cols) / cols, (h - 4 * rows) / rows * 4 / 3);
            if (side > bestSide) {
                bestSide = side;
                bestCols = cols;
            }
        }
        int rows = (n + bestCols - 1) / bestCols;
        int pw = (int) Math.max(40, (w - 4 * bestCols) / bestCols);
        int ph = (int) Math.max(30, (h - 4 * rows) / rows);
        grid.getChildren().clear();
        grid.setHgap(4);
        grid.setVgap(4);
        for (int i = 0; i < panels.size(); i++) {
            grid.add(panels.get(i), i % bestCols, i / bestCols);
        }
        vm.panelWidthProperty().set(pw);
        vm.panelHeightProperty().set(ph);
    }

    private void redrawOverlays() {
        for (int i = 0; i < panels.size(); i++) {
            panels.get(i).drawOverlay(vm.viewport(), vm.probeProperty().get(), vm.croppedProperty().get(), i == 0);
        }
    }

    static String describe(ProbeReport p) {
        if (p == null) {
            return Messages.TEXTS.text("probe.none");
        }
        StringBuilder s = new StringBuilder(
                Messages.TEXTS.text("probe.pixel", String.valueOf(p.x()), String.valueOf(p.y()))).append(' ');
        String[] names = p.input().length == 3 ? Messages.TEXTS.text("probe.rgb").split(",")
                : new String[] {Messages.TEXTS.text("probe.grey")};
        for (int c = 0; c < p.input().length; c++) {
            s.append(String.format(Locale.ROOT, "%s %.3f  ", names[c], p.input()[c]));
        }
        for (ProbeReport.MapValue m : p.maps()) {
            s.append(Messages.TEXTS.text("probe.map", String.valueOf(m.map() + 1), m.error() > 0 ? "\u2248" : "",
                    String.format(Locale.ROOT, "%.4g", m.value()))).append(' ');
        }
        if (p.preview()) {
            s.append(Messages.TEXTS.text("preview"));
        } else if (!p.maps().isEmpty()) {
            PhotoRegion f = p.field();
            s.append(Messages.TEXTS.text("probe.field", String.valueOf(f.width()), String.valueOf(f.height()),
                    String.valueOf(f.x()), String.valueOf(f.y())));
        }
        return s.toString();
    }

    // ---- window integration ----

    /** File menu items: Open Image..., Sample Photos... */
    public List<MenuItem> fileMenuItems() {
        MenuItem open = new MenuItem(Messages.TEXTS.text("menu.openImage"));
        open.setId("menu-open-image");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        open.setOnAction(e -> chooseFile(tab == null || tab.getTabPane() == null ? null : tab.getTabPane().getScene()));
        MenuItem samples = new MenuItem(Messages.TEXTS.text("menu.samplePhotos"));
        samples.setId("menu-sample-photos");
        samples.setOnAction(e -> new GalleryDialog(SampleImages.bundled(), this::openSample)
                .show(tab == null || tab.getTabPane() == null ? null : tab.getTabPane().getScene()));
        return List.of(open, samples);
    }

    /** Edit menu item: Paste Image (an image or an image file on the clipboard). */
    public MenuItem pasteMenuItem() {
        MenuItem paste = new MenuItem(Messages.TEXTS.text("menu.pasteImage"));
        paste.setId("menu-paste-image");
        paste.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+V"));
        paste.setOnAction(e -> paste(Clipboard.getSystemClipboard()));
        return paste;
    }

    void paste(Clipboard clipboard) {
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            showAndOpen(clipboard.getFiles().getFirst());
        } else if (clipboard.hasImage()) {
            Image image = clipboard.getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            select();
            vm.openPixels(argb, w, Messages.TEXTS.text("pastedImage"));
        }
    }

    /** Image files dropped anywhere on the window open in the Photo tab. */
    public void acceptDrops(Scene scene) {
        scene.addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                showAndOpen(e.getDragboard().getFiles().getFirst());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private void chooseFile(Scene scene) {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.TEXTS.text("open.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.TEXTS.text("open.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.tif", "*.tiff", "*.webp"));
        File f = c.showOpenDialog(scene == null ? null : scene.getWindow());
        if (f != null) {
            showAndOpen(f);
        }
    }

    private void openSample(SampleImages.Sample s) {
        select();
        vm.openSample(s);
    }

    private void showAndOpen(File f) {
        select();
        vm.open(f.toPath());
    }

    private void select() {
        if (tab != null && tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }

    /** The result shown, for tests. */
    PhotoResult result() {
        return vm.resultProperty().get();
    }
}
