package fmx.ui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.export.ExportFormat;
import fmx.export.FigureKind;
import fmx.io.InputSource;
import fmx.io.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialog, headless: pick a figure and a format, export into a folder, the file is there. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;
    private final java.util.concurrent.ExecutorService background = Executors.newSingleThreadExecutor();
    private ExportViewModel vm;
    private Stage owner;

    @Start
    void start(Stage stage) {
        Tensor input = Tensor.of(new float[][] {{1, 2, 3, 0}, {0, 1, 2, 3}, {3, 1, 0, 2}, {2, 3, 1, 0}});
        Session session = new Session(new InputSource.Grid(input), List.of(
                ConvLayer.of(FilterBank.single(new float[][][] {{{1, 0, -1}, {1, 0, -1}, {1, 0, -1}}})),
                ActivationLayer.of(ActivationFunction.RELU)));
        ExportPreferences prefs = ExportPreferences.inMemory();
        prefs.put("folder", dir.toString());
        owner = stage;
        vm = new ExportViewModel(() -> session, () -> input, background, Platform::runLater, prefs);
        vm.load();
        stage.setScene(new Scene(new ExportView(vm).createView(stage::close), 980, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** File > Export opened again: the same dialog, not one more view listening to the view-model for ever. */
    @Test
    void reopeningTheDialogReusesItInsteadOfAddingAnotherViewToTheViewModel(FxRobot robot) {
        ExportView view = new ExportView(vm);
        robot.interact(() -> view.show(owner));
        javafx.scene.Parent first = exportWindow(robot).getScene().getRoot();
        robot.interact(() -> exportWindow(robot).hide());
        robot.interact(() -> view.show(owner));
        assertTrue(exportWindow(robot).getScene().getRoot() == first, "the reopened dialog is the first one");
        robot.interact(() -> exportWindow(robot).hide());
    }

    private static javafx.stage.Window exportWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && "Export".equals(s.getTitle())
                && s.isShowing()).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingSvgAndExportingWritesTheFile(FxRobot robot) throws Exception {
        ComboBox<FigureKind> figure = robot.lookup("#export-figure").queryAs(ComboBox.class);
        ComboBox<ExportFormat> format = robot.lookup("#export-format").queryAs(ComboBox.class);
        robot.interact(() -> figure.getSelectionModel().select(FigureKind.KERNELS));
        robot.clickOn(format);
        robot.clickOn(ExportFormat.SVG.label());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#export-preview").queryAs(ImageView.class).getImage() != null);
        robot.clickOn("#export-run");
        Path file = dir.resolve("fmx-kernels.svg");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(file).contains("<svg"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-message")
                .queryLabeled().getText().equals("Saved fmx-kernels.svg"));
    }
}
