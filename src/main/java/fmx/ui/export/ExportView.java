package fmx.ui.export;

import static fmx.ui.support.Controls.named;

import fmx.export.ExportFormat;
import fmx.export.ExportRequest;
import fmx.export.FigureKind;
import fmx.export.Stage;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The File > Export dialog: the choices on the left, the preview on the right, progress and the outcome below.
 * Every handler calls one {@link ExportViewModel} method or binds one property.
 */
public final class ExportView {
    private final ExportViewModel vm;

    private javafx.stage.Stage dialog;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
    }

    /** Opens the dialog over {@code owner} showing {@code figure}, with a fresh snapshot of the session. */
    public void show(Window owner, FigureKind figure) {
        vm.figureProperty().set(figure);
        show(owner);
    }

    /** Copies the feature maps (every filter and stage, as the export draws them) to the clipboard as an image. */
    public void copyMapsToClipboard() {
        vm.copyMaps(ExportRequest.ALL, p -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putImage(image(p));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    /** Opens the dialog over {@code owner}, with a fresh snapshot of the session. */
    public void show(Window owner) {
        vm.load();
        // One dialog per owner, built once: createView adds listeners to the long-lived view-model, so a new view
        // per opening would keep every former dialog alive and updating (and converting each preview) for ever.
        if (dialog == null || dialog.getOwner() != owner) {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.TEXTS.text("title"));
            stage.setScene(new Scene(createView(stage::close), 980, 640));
            dialog = stage;
        }
        if (owner != null && owner.getScene() != null) {
            dialog.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
        dialog.toFront();
    }

    public Parent createView(Runnable close) {
        ComboBox<FigureKind> figure = named(new ComboBox<>(), "export-figure", Messages.TEXTS.text("figure.help"));
        figure.getItems().setAll(FigureKind.values());
        figure.setConverter(converter(FigureKind::label));
        figure.valueProperty().bindBidirectional(vm.figureProperty());

        ComboBox<ExportFormat> format = named(new ComboBox<>(), "export-format", Messages.TEXTS.text("format.help"));
        format.setItems(vm.formats());
        format.setConverter(converter(ExportFormat::label));
        format.valueProperty().bindBidirectional(vm.formatProperty());

        Spinner<Integer> scale = spinner("export-scale", 1, ExportRequest.MAX_SCALE, vm.scaleProperty().get(),
                Messages.TEXTS.text("scale.help"));
        scale.valueProperty().addListener((o, a, v) -> vm.scaleProperty().set(v));
        scale.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.formatProperty().get() != ExportFormat.PNG
                && vm.formatProperty().get() != ExportFormat.GIF, vm.formatProperty()));

        ComboBox<Integer> filter = named(new ComboBox<>(), "export-filter", Messages.TEXTS.text("filter.help"));
        Runnable fillFilters = () -> {
            filter.getItems().clear();
            for (int i = 0; i <= vm.filterCountProperty().get(); i++) {
                filter.getItems().add(i);
            }
            filter.setValue(vm.filterProperty().get());
        };
        vm.filterCountProperty().addListener(o -> fillFilters.run());
        fillFilters.run();
        filter.setConverter(converter(
                i -> i == 0 ? Messages.TEXTS.text("filter.all") : Messages.TEXTS.text("filter.one",
                        String.valueOf(i))));
        filter.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.filterProperty().set(v);
            }
        });

        ComboBox<Stage> stageBox = named(new ComboBox<>(), "export-stage", Messages.TEXTS.text("stage.help"));
        stageBox.getItems().setAll(null, Stage.CONV, Stage.ACTIVATION, Stage.POOL);
        stageBox.setConverter(converter(s -> s == null ? Messages.TEXTS.text("stage.all") : s.title()));
        stageBox.valueProperty().bindBidirectional(vm.stageProperty());

        Spinner<Integer> step = spinner("export-step", 1, Math.max(1, vm.stepCountProperty().get()),
                vm.stepProperty().get(), Messages.TEXTS.text("step.help"));
        vm.stepCountProperty().addListener((o, a, n) -> ((SpinnerValueFactory.IntegerSpinnerValueFactory)
                step.getValueFactory()).setMax(Math.max(1, n.intValue())));
        step.valueProperty().addListener((o, a, v) -> vm.stepProperty().set(v));
        step.disableProperty().bind(vm.figureProperty().isNotEqualTo(FigureKind.STEP));

        TextField folder = named(new TextField(), "export-folder", Messages.TEXTS.text("folder.help"));
        folder.textProperty().bindBidirectional(vm.folderProperty(), converter(p -> p == null ? "" : p.toString(),
                s -> s.isBlank() ? null : Path.of(s)));
        Button browse = named(new Button(Messages.TEXTS.text("browse")), "export-browse",
                Messages.TEXTS.text("browse.help"));
        browse.setOnAction(e -> chooseFolder(browse.getScene().getWindow()));
        TextField name = named(new TextField(), "export-name", Messages.TEXTS.text("fileName.help"));
        name.textProperty().bindBidirectional(vm.fileNameProperty());

        GridPane form = new GridPane(10, 10);
        int row = 0;
        form.addRow(row++, new Label(Messages.TEXTS.text("figure")), figure);
        form.addRow(row++, new Label(Messages.TEXTS.text("format")), format);
        form.addRow(row++, new Label(Messages.TEXTS.text("scale")), scale);
        form.addRow(row++, new Label(Messages.TEXTS.text("filter")), filter);
        form.addRow(row++, new Label(Messages.TEXTS.text("stage")), stageBox);
        form.addRow(row++, new Label(Messages.TEXTS.text("step")), step);
        form.addRow(row++, new Label(Messages.TEXTS.text("folder")), new HBox(6, folder, browse));
        form.addRow(row, new Label(Messages.TEXTS.text("fileName")), name);
        HBox.setHgrow(folder, Priority.ALWAYS);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        // Labels and the form keep their text whole; the preview takes what is left.
        form.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        form.setMinWidth(Region.USE_PREF_SIZE);

        ImageView preview = new ImageView();
        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        vm.previewProperty().addListener((o, a, p) -> preview.setImage(p == null ? null : image(p)));
        if (vm.previewProperty().get() != null) {
            preview.setImage(image(vm.previewProperty().get()));
        }
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setId("export-preview-pane");
        previewPane.setPrefViewportWidth(580);
        HBox.setHgrow(previewPane, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button run = named(new Button(Messages.TEXTS.text("run")), "export-run", Messages.TEXTS.text("run.help"));
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.validProperty().not().or(vm.busyProperty()));
        run.setOnAction(e -> vm.export());
        Button cancel = named(new Button(Messages.TEXTS.text("cancel")), "export-cancel",
                Messages.TEXTS.text("cancel.help"));
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button closeButton = named(new Button(Messages.TEXTS.text("close")), "export-close",
                Messages.TEXTS.text("close.help"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox buttons = new HBox(8, bar, message, new javafx.scene.layout.Region(), run, cancel, closeButton);
        HBox.setHgrow(buttons.getChildren().get(2), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, new HBox(16, form, previewPane), buttons);
        VBox.setVgrow(root.getChildren().getFirst(), Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.setId("export-root");
        return root;
    }

    private void chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.TEXTS.text("browse.title"));
        Path current = vm.folderProperty().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            vm.folderProperty().set(chosen.toPath());
        }
    }

    /** The preview's pixels in one setPixels call. */
    static Image image(ExportViewModel.Preview p) {
        WritableImage img = new WritableImage(p.width(), p.height());
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                p.width());
        return img;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, String tooltip) {
        Spinner<Integer> s = named(new Spinner<>(min, max, Math.clamp(value, min, max)), id, tooltip);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return converter(text, s -> null);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text,
                                                    java.util.function.Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return parse.apply(s);
            }
        };
    }
}
