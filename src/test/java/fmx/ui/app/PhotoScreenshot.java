package fmx.ui.app;

import fmx.core.PhotoKernel;
import fmx.ui.photo.PhotoViewModel;
import fmx.ui.photo.SampleImages;
import fmx.ui.session.SessionModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/photo-probe.png: a sample photo with 4 Gabor filters, zoomed in, probed. Runs only when
 * asked: {@code DISPLAY=:95 ./mvnw test -P '!headless' -Dtest=PhotoScreenshot -Dfmx.screenshots=docs/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "fmx.screenshots", matches = ".+")
class PhotoScreenshot {
    private WindowFixture window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, new SessionModel(), SessionFilesAdapter.create(), 1280, 800);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void photoProbe(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#center-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "photo-tab".equals(t.getId())).findFirst().orElseThrow()));
        PhotoViewModel photo = window.explorer.photo();
        String file = System.getProperty("fmx.screenshot.sample", "astronaut.png");
        SampleImages.Sample sample = SampleImages.bundled().samples().stream()
                .filter(s -> s.file().equals(file)).findFirst().orElseThrow();
        robot.interact(() -> {
            window.explorer.session().filtersProperty().set(PhotoKernel.filterBank(PhotoKernel.gaborBank(4, 6, 2, 1, 0), 1));
            photo.openSample(sample);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> photo.frameProperty().get() != null
                && photo.frameProperty().get().maps().size() == 4 && !photo.busyProperty().get());
        double zoom = Double.parseDouble(System.getProperty("fmx.screenshot.zoom", "3"));
        int px = Integer.getInteger("fmx.screenshot.x", 250);
        int py = Integer.getInteger("fmx.screenshot.y", 120);
        robot.interact(() -> {
            photo.fit();
            var v = photo.viewport();
            // Zoom around the probed pixel, which stays where it is on screen.
            photo.zoomAt(zoom / v.zoom(), (px + 0.5 - v.left()) * v.zoom(), (py + 0.5 - v.top()) * v.zoom());
            photo.normalisationProperty().set(fmx.ui.photo.Normalisation.PERCENTILES);
            // A patch next to the probe goes to the numeric grid; the photo keeps its rectangle.
            photo.cropToGrid(new fmx.ui.photo.PhotoRegion(px - 40, py - 8, 24, 24));
        });
        // The real mouse over the probed pixel in the photo panel: the probe follows it.
        var panel = robot.lookup("#photo-panel-0").query();
        var v = photo.viewport();
        var corner = panel.localToScreen(0, 0);
        robot.moveTo(new javafx.geometry.Point2D(corner.getX() + (px + 0.5 - v.left()) * v.zoom(),
                corner.getY() + (py + 0.5 - v.top()) * v.zoom()));
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of(System.getProperty("fmx.screenshots")).resolve("photo-probe.png");
        WindowFixture.saveSnapshot(window.stage.getScene(), out);
    }
}
