package fmx.ui.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fmx.classroom.LessonCatalog;
import fmx.ui.session.SessionModel;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
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
    private WindowFixture window;

    @Start
    void start(Stage stage) {
        // The lesson shot matches the other screenshots; presentation goes full screen (720).
        window = WindowFixture.show(stage, new SessionModel(), new InMemorySessionFiles(), 1280, 800);
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private static void save(Scene scene, String name) throws Exception {
        WindowFixture.saveSnapshot(scene, Path.of(System.getProperty("basedir", "."), "docs/screenshots", name));
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
        robot.interact(() -> window.explorer.mainView().classroom().play(lesson));
        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        robot.clickOn("#lesson-answer").write("-1").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        save(window.stage.getScene(), "lesson-step.png");
        var vgg = LessonCatalog.load("09-vgg.json");
        robot.interact(() -> window.explorer.mainView().classroom().play(vgg));
        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        // Xvfb has no window manager to resize a full-screen window: size it like the 1280 x 720 projector.
        robot.interact(() -> window.stage.setHeight(720));
        robot.type(javafx.scene.input.KeyCode.F5);
        robot.moveTo("#lesson-text");
        settle(robot);
        save(window.stage.getScene(), "presentation.png");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
