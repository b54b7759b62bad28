package fmx.ui.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fmx.classroom.LessonCatalog;
import fmx.ui.session.SessionModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/lesson-step.png and presentation.png. Runs only on demand, in a real window:
 * {@code Xvfb :96 -screen 0 1280x720x24 -nolisten tcp &} then
 * {@code DISPLAY=:96 ./mvnw test -P '!headless' -Dtest=ClassroomScreenshots -Dfmx.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomScreenshots {
    private ExplorerApp.Explorer explorer;
    private WindowFixture window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The lesson shot matches the other screenshots; presentation goes full screen (720).
        window = WindowFixture.show(stage, new SessionModel(), new InMemorySessionFiles(), 1280, 800);
        explorer = window.explorer;
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private static void save(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path file = Path.of(System.getProperty("basedir", "."), "docs/screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }

    private static void settle(FxRobot robot) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(150);
        }
    }

    @Test
    void lessonStepAndPresentation(FxRobot robot) throws Exception {
        assumeTrue(Boolean.getBoolean("fmx.screenshots"), "screenshots are taken on demand (-Dfmx.screenshots=true)");
        var lesson = LessonCatalog.load(LessonCatalog.names().getFirst());
        robot.interact(() -> explorer.mainView().classroom().play(lesson));
        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        robot.clickOn("#lesson-answer").write("-1").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        save(stage.getScene(), "lesson-step.png");
        var vgg = LessonCatalog.load("09-vgg.json");
        robot.interact(() -> explorer.mainView().classroom().play(vgg));
        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        // Xvfb has no window manager to resize a full-screen window: size it like the 1280 x 720 projector.
        robot.interact(() -> stage.setHeight(720));
        robot.type(javafx.scene.input.KeyCode.F5);
        robot.moveTo("#lesson-text");
        settle(robot);
        save(stage.getScene(), "presentation.png");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
