package fmx.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.ConvStep;
import fmx.core.trace.NumberText;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.ui.common.CellGrid;
import fmx.ui.session.SessionModel;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the sliding-window tab of the real window headless: step, play, click a cell, keys, copy, predict. */
@ExtendWith(ApplicationExtension.class)
class AnimationWindowTest {
    private static final Pattern STEP = Pattern.compile("Step (\\d+) of (\\d+)");
    private ExplorerApp.Explorer explorer;
    private WindowFixture window;

    @Start
    void start(Stage stage) {
        SessionModel session = new SessionModel();
        Tensor input = Tensor.zeros(3, 5, 5);
        for (int i = 0; i < input.data().length; i++) {
            input.data()[i] = (i * 7 % 11) - 3;
        }
        float[] weights = new float[27];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i % 5) - 2;
        }
        session.replaceAll(() -> {
            session.inputProperty().set(input);
            session.filtersProperty().set(new FilterBank(1, 3, 3, 3, weights, new float[] {0.5f}));
            session.paddingYProperty().set(1);
            session.paddingXProperty().set(1);
            session.strideYProperty().set(2);
            session.strideXProperty().set(2);
        });
        window = WindowFixture.show(stage, session, new InMemorySessionFiles());
        explorer = window.explorer;
    }

    @BeforeEach
    void openTheTab(FxRobot robot) {
        await(() -> explorer.live().resultProperty().get() != null);
        robot.clickOn("Sliding window");
        await(() -> robot.lookup("#anim-output").tryQuery().isPresent() && !equation(robot).isEmpty());
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private static void await(BooleanSupplier condition) {
        WindowFixture.await(10, condition);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WindowFixture.onFx(task);
    }

    private static String equation(FxRobot robot) {
        return robot.lookup("#anim-equation").queryAs(Label.class).getText();
    }

    /** The 0-based step the status line names. */
    private static int shownStep(FxRobot robot) {
        Matcher m = STEP.matcher(robot.lookup("#anim-status").queryAs(Label.class).getText());
        assertTrue(m.find(), "no step in the status line");
        return Integer.parseInt(m.group(1)) - 1;
    }

    /** The core's equation of step {@code i} of filter 0 for the session as it is. */
    private String expectedEquation(int i) {
        SessionModel s = explorer.session();
        AnimationTrace t = AnimationTrace.of(s.inputProperty().get(), s.pipeline().layers(), 0);
        return Equations.plain(t.step(i), EquationStyle.COMPACT);
    }

    @Test
    void stepForwardAndBackShowTheCoreEquation(FxRobot robot) {
        assertEquals(expectedEquation(0), equation(robot));
        assertTrue(equation(robot).startsWith("ch0: "), "three channels: partial sums per channel");
        robot.clickOn("#anim-step-forward");
        await(() -> shownStep(robot) == 1);
        assertEquals(expectedEquation(1), equation(robot));
        robot.clickOn("#anim-step-forward").clickOn("#anim-step-back");
        await(() -> shownStep(robot) == 1);
        assertEquals(expectedEquation(1), equation(robot));
        assertEquals(3, robot.lookup("#anim-partials").queryParent().getChildrenUnmodifiable().size());
    }

    @Test
    void playRunsTheStepsAndPauseStops(FxRobot robot) {
        robot.interact(() -> robot.lookup("#anim-speed").queryAs(Slider.class).setValue(0.75));
        robot.clickOn("#anim-loop"); // so that a slow robot cannot reach the end, where a click would start over
        robot.clickOn("#anim-play");
        await(() -> shownStep(robot) >= 2);
        robot.clickOn("#anim-play");
        WaitForAsyncUtils.waitForFxEvents();
        int stopped = shownStep(robot);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stopped, shownStep(robot), "paused");
        assertEquals(expectedEquation(stopped), equation(robot));
    }

    @Test
    void clickingAnOutputCellJumpsThereAndPins(FxRobot robot) {
        CellGrid output = robot.lookup("#anim-output").queryAs(CellGrid.class);
        Point2D cell = onFx(() -> output.localToScreen(output.cellCenter(1, 2)));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> shownStep(robot) == 1 * 3 + 2);
        assertEquals(expectedEquation(5), equation(robot));
        assertTrue(robot.lookup("#anim-status").queryAs(Label.class).getText().contains("pinned"));

        robot.interact(() -> explorer.session().flipProperty().set(true)); // an edit keeps the pinned cell
        await(() -> expectedEquation(5).equals(equation(robot)));
        assertEquals(5, shownStep(robot));
    }

    @Test
    void keysStepAndJump(FxRobot robot) {
        robot.clickOn("#anim-output");
        robot.type(KeyCode.HOME).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        await(() -> shownStep(robot) == 2);
        robot.type(KeyCode.LEFT);
        await(() -> shownStep(robot) == 1);
        robot.type(KeyCode.END);
        await(() -> shownStep(robot) == 9); // 3x3 windows, then the activation
        assertEquals(expectedEquation(9), equation(robot));
        robot.type(KeyCode.HOME);
        await(() -> shownStep(robot) == 0);
    }

    /** The tab's keys must not take Space from a focused check box, nor the arrows from the speed slider. */
    @Test
    void focusedControlsKeepTheirOwnKeys(FxRobot robot) {
        javafx.scene.control.CheckBox loop = robot.lookup("#anim-loop").queryAs(javafx.scene.control.CheckBox.class);
        boolean wasLooping = loop.isSelected();
        robot.interact(loop::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!wasLooping, loop.isSelected(), "Space toggles the focused check box");
        Slider speed = robot.lookup("#anim-speed").queryAs(Slider.class);
        double before = speed.getValue();
        robot.interact(speed::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(speed.getValue() > before, "Right raises the focused speed slider");
        assertEquals(0, shownStep(robot), "and neither key stepped or played the animation");
    }

    @Test
    void predictModeAsksForTheValueThenJudgesIt(FxRobot robot) {
        robot.clickOn("#anim-predict");
        robot.clickOn("#anim-step-forward");
        await(() -> !robot.lookup("#anim-predict-field").queryAs(TextField.class).isDisabled());
        assertEquals("", equation(robot), "the result is hidden while the learner predicts");
        SessionModel s = explorer.session();
        AnimationTrace t = AnimationTrace.of(s.inputProperty().get(), s.pipeline().layers(), 0);
        float z1 = ((ConvStep) t.step(1)).z();
        robot.clickOn("#anim-predict-field").write(NumberText.plain(z1, 4)).type(KeyCode.ENTER);
        await(() -> !equation(robot).isEmpty());
        assertEquals("Right: z = " + NumberText.plain(z1, 4) + ".", label(robot, "#anim-predict-feedback"));
        assertEquals(expectedEquation(1), equation(robot));

        robot.clickOn("#anim-step-forward");
        await(() -> !robot.lookup("#anim-predict-field").queryAs(TextField.class).isDisabled());
        float z2 = ((ConvStep) t.step(2)).z();
        robot.clickOn("#anim-predict-field").write(NumberText.plain(z2 + 10, 4));
        robot.clickOn("#anim-predict-check");
        await(() -> label(robot, "#anim-predict-feedback").startsWith("Not quite"));
        assertTrue(label(robot, "#anim-predict-feedback").contains("z = " + NumberText.plain(z2, 4)));
        assertEquals("1 of 2 right", label(robot, "#anim-predict-score"));
        assertEquals(2, shownStep(robot));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void copiesTheEquationAsTextAndLatex(FxRobot robot) {
        robot.clickOn("#anim-step-forward");
        await(() -> shownStep(robot) == 1);
        SessionModel s = explorer.session();
        var step = AnimationTrace.of(s.inputProperty().get(), s.pipeline().layers(), 0).step(1);
        robot.clickOn("#anim-copy-text");
        assertEquals(Equations.plain(step, EquationStyle.FULL),
                onFx(() -> Clipboard.getSystemClipboard().getString()));
        robot.clickOn("#anim-copy-latex");
        assertEquals(Equations.latex(step, EquationStyle.FULL),
                onFx(() -> Clipboard.getSystemClipboard().getString()));
    }
}
