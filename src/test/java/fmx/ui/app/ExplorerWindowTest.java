package fmx.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.compute.ComputeResult;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.core.Tensor;
import fmx.ui.common.CellGrid;
import fmx.ui.session.SessionMapping;
import fmx.ui.session.SessionModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless: the maps follow every edit, problems show, undo and files work. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private ExplorerApp.Explorer explorer;
    private WindowFixture window;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, new SessionModel(), SessionFilesAdapter.create());
        explorer = window.explorer;
        stage.titleProperty().bind(explorer.files().titleProperty());
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private List<Tensor> expectedMaps() {
        SessionModel s = explorer.session();
        return s.pipeline().run(s.inputProperty().get());
    }

    /** Waits until the shown result is what the core computes for the current settings. */
    private void awaitMapsMatchCore() {
        await(() -> {
            ComputeResult r = explorer.live().resultProperty().get();
            return r != null && !explorer.live().busyProperty().get() && r.stages().equals(expectedMaps());
        });
    }

    private static void await(BooleanSupplier condition) {
        WindowFixture.await(10, condition);
    }

    private static void typeInto(FxRobot robot, String spinnerId, String text) {
        Spinner<?> s = robot.lookup("#" + spinnerId).queryAs(Spinner.class);
        robot.doubleClickOn(s.getEditor()).eraseText(4).write(text).type(KeyCode.ENTER);
    }

    @Test
    void opensOnTheVerticalEdgeExampleAlreadyComputed(FxRobot robot) {
        awaitMapsMatchCore();
        assertEquals("Feature Map Explorer", robot.window(0).getScene().getWindow() instanceof Stage st
                ? st.getTitle() : null);
        assertNotNull(robot.lookup("#map-conv-0").query());
        assertNotNull(robot.lookup("#map-act-0").query());
    }

    @Test
    void tabReachesTheMapsAndTheArrowsShowACellsArithmetic(FxRobot robot) {
        awaitMapsMatchCore();
        robot.interact(() -> robot.lookup("#shared-scale-check").query().requestFocus());
        robot.type(KeyCode.TAB);
        CellGrid map = robot.lookup("#map-conv-0").queryAs(CellGrid.class);
        await(map::isFocused);
        javafx.scene.control.Label explanation = robot.lookup("#hover-explanation").queryAs(javafx.scene.control.Label.class);
        await(() -> explanation.getText().contains("output cell (0, 0)"));
        robot.type(KeyCode.RIGHT);
        await(() -> explanation.getText().contains("output cell (0, 1)"));
        robot.type(KeyCode.DOWN);
        await(() -> explanation.getText().contains("output cell (1, 1)"));
        assertTrue(explanation.getText().contains("ReLU(0) = 0"), explanation.getText());
    }

    /** Clicks the centre of a grid's cell, types the value and Enter, as a user does. */
    private static void typeIntoCell(FxRobot robot, String gridId, int row, int col, String value) {
        CellGrid grid = robot.lookup("#" + gridId).queryAs(CellGrid.class);
        javafx.geometry.Point2D local = grid.cellCenter(row, col);
        robot.clickOn(grid.localToScreen(local)).write(value).type(KeyCode.ENTER);
    }

    @Test
    void typingIntoAnInputCellUpdatesTheMapsToTheCoresValues(FxRobot robot) {
        awaitMapsMatchCore();
        typeIntoCell(robot, "input-grid-0", 2, 1, "7");
        await(() -> explorer.session().inputProperty().get().get(0, 2, 1) == 7f);
        awaitMapsMatchCore();
        // The grid on screen is drawn with the scale of the core's new map (its range moved with the 7).
        float[] range = expectedMaps().get(0).range();
        CellGrid conv = robot.lookup("#map-conv-0").queryAs(CellGrid.class);
        assertEquals(ColorScale.fit(ColorMap.DIVERGING, range[0], range[1]), conv.getColorScale());
    }

    @Test
    void typingAWeightUpdatesTheMapsToTheCoresValues(FxRobot robot) {
        awaitMapsMatchCore();
        typeIntoCell(robot, "kernel-grid-0", 0, 1, "-2");
        await(() -> explorer.session().filtersProperty().get().weight(0, 0, 0, 1) == -2f);
        awaitMapsMatchCore();
    }

    @Test
    void strideFilterAndUndoDriveTheMaps(FxRobot robot) {
        awaitMapsMatchCore();
        robot.interact(() -> explorer.session().inputProperty().set(Tensor.zeros(1, 7, 7)));
        awaitMapsMatchCore();
        typeInto(robot, "stride-y-spinner", "2");
        await(() -> explorer.session().strideYProperty().get() == 2);
        awaitMapsMatchCore();
        assertEquals(3, explorer.live().resultProperty().get().stages().get(0).height());

        robot.clickOn("#filter-add-button");
        awaitMapsMatchCore();
        assertNotNull(robot.lookup("#map-conv-1").query());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> explorer.session().filtersProperty().get().count() == 1);
        awaitMapsMatchCore();
        assertTrue(robot.lookup("#map-conv-1").tryQuery().isEmpty());
        assertTrue(((Stage) robot.window(0)).getTitle().endsWith(" *"));
    }

    @Test
    void anInvalidPaddingShowsItsMessageAndKeepsTheMaps(FxRobot robot) {
        awaitMapsMatchCore();
        ComputeResult before = explorer.live().resultProperty().get();
        robot.interact(() -> explorer.session().strideXProperty().set(2));
        awaitMapsMatchCore();
        ComputeResult strided = explorer.live().resultProperty().get();
        robot.clickOn("#padding-mode-combo").clickOn("Same");
        Label message = robot.lookup("#layer-message").queryAs(Label.class);
        await(message::isVisible);
        assertTrue(message.getText().contains("\"same\" needs stride 1"), message.getText());
        assertTrue(robot.lookup("#maps-message").queryAs(Label.class).isVisible());
        assertSame(strided, explorer.live().resultProperty().get());
        assertTrue(explorer.live().staleProperty().get());
        assertFalse(before == strided);
    }

    @Test
    void saveToARealFileThenOpenGivesTheSameSession(FxRobot robot) throws Exception {
        awaitMapsMatchCore();
        Path file = folder.resolve("lesson.json");
        robot.interact(() -> {
            explorer.session().dilationXProperty().set(2);
            explorer.session().sharedScaleProperty().set(true);
        });
        assertTrue(((Stage) robot.window(0)).getTitle().endsWith(" *"));
        var expected = WaitForAsyncUtils.asyncFx(() -> SessionMapping.toSession(explorer.session())).get();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> explorer.files().saveAs(file)).get().get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(java.nio.file.Files.size(file) > 0);
        assertEquals("Feature Map Explorer \u2014 lesson.json", ((Stage) robot.window(0)).getTitle());

        robot.interact(() -> {
            explorer.session().dilationXProperty().set(1);
            explorer.session().sharedScaleProperty().set(false);
        });
        assertTrue(WaitForAsyncUtils.asyncFx(() -> explorer.files().open(file)).get().get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertEquals(expected, SessionMapping.toSession(explorer.session())));
        assertEquals(2, explorer.session().dilationXProperty().get());
        assertTrue(explorer.session().sharedScaleProperty().get());
        assertFalse(explorer.files().hasUnsavedChanges());
        assertEquals("Feature Map Explorer \u2014 lesson.json", ((Stage) robot.window(0)).getTitle());
        awaitMapsMatchCore();
    }
}
