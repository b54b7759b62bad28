package fmx.ui.app;

import fmx.compute.BackgroundComputeService;
import fmx.ui.files.SessionFiles;
import fmx.ui.session.SessionModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window as the TestFX tests open it: a real two-thread compute service delivering on the FX thread,
 * session files read on the calling thread, shown on the stage TestFX gives to {@code @Start}. {@link #close()}
 * in {@code @AfterEach} stops the compute service and the photo threads.
 */
final class WindowFixture {
    final Stage stage;
    final BackgroundComputeService compute;
    final ExplorerApp.Explorer explorer;

    private WindowFixture(Stage stage, BackgroundComputeService compute, ExplorerApp.Explorer explorer) {
        this.stage = stage;
        this.compute = compute;
        this.explorer = explorer;
    }

    /** Shows the window for {@code session} at the stage's default size. */
    static WindowFixture show(Stage stage, SessionModel session, SessionFiles files) {
        return show(stage, session, files, Double.NaN, Double.NaN);
    }

    /** Shows the window for {@code session} at {@code width} x {@code height} (NaN for the default size). */
    static WindowFixture show(Stage stage, SessionModel session, SessionFiles files, double width, double height) {
        BackgroundComputeService compute = new BackgroundComputeService(Platform::runLater, 2);
        ExplorerApp.Explorer explorer = new ExplorerApp.Explorer(session, compute, files, Runnable::run,
                Platform::runLater);
        stage.setScene(explorer.createScene());
        if (!Double.isNaN(width)) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.show();
        stage.toFront();
        stage.getScene().getRoot().requestFocus();
        return new WindowFixture(stage, compute, explorer);
    }

    void close() {
        compute.close();
        explorer.close();
    }

    /** Waits up to {@code seconds} for {@code condition}, then for the FX events it caused. */
    static void await(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a snapshot of {@code scene} to {@code file} as an opaque PNG, creating its folder (screenshots). */
    static void saveSnapshot(Scene scene, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(out, "png", file.toFile());
    }

    /** Runs {@code task} on the FX thread and returns its result (10 s at most). */
    static <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
