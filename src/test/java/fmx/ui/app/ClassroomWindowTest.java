package fmx.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.classroom.Lesson;
import fmx.classroom.LessonCatalog;
import fmx.classroom.LessonStep;
import fmx.io.InputSource;
import fmx.ui.presentation.ScaledHost;
import fmx.ui.session.SessionModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom in the real window: a lesson played with Next to its end, a question answered, presentation mode. */
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {
    private ExplorerApp.Explorer explorer;
    private WindowFixture window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, new SessionModel(), new InMemorySessionFiles());
        explorer = window.explorer;
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    @Test
    void nextWalksALessonFromFirstToLastStepLoadingEachSetting(FxRobot robot) throws Exception {
        robot.clickOn("Lessons").clickOn("1. What a feature map is");
        WaitForAsyncUtils.waitForFxEvents();
        Lesson lesson = LessonCatalog.load(LessonCatalog.names().getFirst());
        Button next = robot.lookup("#lesson-next").queryButton();
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            assertEquals(step.text(), robot.lookup("#lesson-text").queryAs(Label.class).getText());
            assertEquals("Step " + (i + 1) + " of " + lesson.steps().size(),
                    robot.lookup("#lesson-position").queryAs(Label.class).getText());
            assertEquals(((InputSource.Grid) step.session().input()).values(),
                    explorer.session().inputProperty().get());
            assertFalse(explorer.session().undoStack().canUndoProperty().get(), "a step adds no undo entry");
            WaitForAsyncUtils.waitForFxEvents();
            if (step.highlight() != null) {
                assertNotNull(robot.lookup("#" + step.highlight()).query());
                assertTrue(robot.lookup("#" + step.highlight()).query().getStyleClass().contains("lesson-highlight"),
                        step.highlight());
            }
            if (i < lesson.steps().size() - 1) {
                robot.clickOn(next);
            }
        }
        assertTrue(next.isDisabled(), "Next is off at the last step");
        // The last step asks for the number of cells: answer it.
        robot.clickOn("#lesson-answer").write("9").type(KeyCode.ENTER);
        String feedback = robot.lookup("#lesson-feedback").queryAs(Label.class).getText();
        assertTrue(feedback.startsWith("Right."), feedback);
        robot.clickOn("#lesson-back");
        assertEquals(lesson.steps().get(2).text(), robot.lookup("#lesson-text").queryAs(Label.class).getText());
        robot.clickOn("#lesson-answer").write("3").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#lesson-feedback").queryAs(Label.class).getText().startsWith("Not quite."));
        robot.clickOn("#lesson-close");
        assertTrue(robot.lookup("#lesson-panel").tryQuery().isEmpty());
    }

    @Test
    void practiceChecksAnAnswerAndKeepsTheScore(FxRobot robot) {
        robot.interact(() -> explorer.mainView().classroom().showPractice());
        robot.doubleClickOn("#practice-seed").eraseText(3).write("42").clickOn("#practice-new");
        String score = robot.lookup("#practice-score").queryAs(Label.class).getText();
        assertEquals("Score: 0 of 10 right (0 answered)", score);
        // Seed 42 starts with a numeric volume exercise whose answer is 288 (pinned in ExerciseGeneratorTest).
        robot.clickOn("#practice-answer").write("288").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#practice-feedback").queryAs(Label.class).getText().startsWith("Right: 288"));
        assertTrue(robot.lookup("#practice-derivation").queryAs(Label.class).getText().contains("volume = "));
        assertEquals("Score: 1 of 10 right (1 answered)", robot.lookup("#practice-score").queryAs(Label.class).getText());
    }

    @Test
    void f5PresentsScaledWithThePanelsFoldedAndEscLeaves(FxRobot robot) {
        ScaledHost host = robot.lookup(n -> n instanceof ScaledHost).queryAs(ScaledHost.class);
        SplitPane main = robot.lookup("#main-split").queryAs(SplitPane.class);
        assertEquals(3, main.getItems().size());
        robot.type(KeyCode.F5);
        assertEquals(1.5, host.scaleProperty().get());
        assertEquals(1, main.getItems().size());
        assertTrue(host.content().getStyleClass().contains("presentation"));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.75, host.scaleProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(1.25, host.scaleProperty().get());
        assertTrue(robot.lookup("#presentation-pointer").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertEquals(1.0, host.scaleProperty().get());
        assertEquals(3, main.getItems().size());
        assertFalse(host.content().getStyleClass().contains("presentation"));
        robot.clickOn("#presentation-button");
        assertEquals(1.25, host.scaleProperty().get(), "the chosen scale is kept");
        robot.type(KeyCode.ESCAPE);
    }
}
