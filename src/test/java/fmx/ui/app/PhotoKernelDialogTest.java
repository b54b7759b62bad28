package fmx.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.FilterBank;
import fmx.core.PhotoKernel;
import fmx.ui.session.SessionModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Filters panel's "Photo kernel..." dialog in the real window, headless: as a user picks, types and applies. */
@ExtendWith(ApplicationExtension.class)
class PhotoKernelDialogTest {
    private WindowFixture window;
    private SessionModel session;

    @Start
    void start(Stage stage) {
        session = new SessionModel();
        window = WindowFixture.show(stage, session, SessionFilesAdapter.create());
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#photo-kernel-dialog") != null).findFirst().orElse(null);
    }

    private static <T extends Node> T inDialog(FxRobot robot, String id, Class<T> type) {
        return robot.from(dialog(robot).getScene().getRoot()).lookup("#" + id).queryAs(type);
    }

    /** Selects all of a spinner's text, types {@code text} and presses Enter, as a user does. */
    private static void typeInto(FxRobot robot, Spinner<?> spinner, String text) {
        robot.doubleClickOn(spinner.getEditor()).eraseText(6).write(text).type(KeyCode.ENTER);
    }

    @Test
    void aGaborBankOfFourOrientationsAppliedWithEnterGivesFourFiltersInOneUndoStep(FxRobot robot) {
        robot.clickOn("#photo-kernel-button");
        WindowFixture.await(5, () -> dialog(robot) != null);
        robot.clickOn(inDialog(robot, "photo-kernel-kind", Node.class));
        robot.clickOn("Gabor bank");
        Spinner<?> orientations = inDialog(robot, "photo-kernel-orientations-spinner", Spinner.class);
        WindowFixture.await(5, () -> orientations.getEditor().getScene() != null);
        robot.clickOn(orientations.getEditor()).type(KeyCode.UP, 2); // the arrow keys step the spinner: 6
        javafx.scene.layout.Pane previews = inDialog(robot, "photo-kernel-previews", javafx.scene.layout.Pane.class);
        WindowFixture.await(5, () -> previews.getChildren().size() == 6);
        assertEquals("13 \u00d7 13", inDialog(robot, "photo-kernel-window", Label.class).getText());

        typeInto(robot, orientations, "4"); // and Enter applies
        WindowFixture.await(5, () -> session.filtersProperty().get().count() == 4);
        FilterBank bank = session.filtersProperty().get();
        assertEquals(PhotoKernel.filterBank(PhotoKernel.gaborBank(4, 6, 2, 1, 0), 1), bank);
        assertEquals(0, session.selectedFilterProperty().get());
        assertTrue(dialog(robot) == null, "the dialog closed after Apply");
        assertEquals("Undo Gabor bank of 4 filters (\u03bb 6)", session.undoStack().undoTextProperty().get());
        assertTrue(robot.lookup("#filter-select-3").tryQuery().isPresent(), "the strip shows filter 4");
    }

    @Test
    void aSigmaTooBigForA31WindowShowsWhyAndDisablesApplyAndEscapeCancels(FxRobot robot) {
        FilterBank before = session.filtersProperty().get();
        robot.clickOn("#photo-kernel-button");
        WindowFixture.await(5, () -> dialog(robot) != null);
        typeInto(robot, inDialog(robot, "photo-kernel-sigma-spinner", Spinner.class), "6");
        Label message = inDialog(robot, "photo-kernel-message", Label.class);
        WindowFixture.await(5, message::isVisible);
        assertEquals("sigma: 6 needs a 37 x 37 kernel, the largest is 31 x 31", message.getText());
        assertTrue(inDialog(robot, "photo-kernel-apply", Button.class).isDisabled());
        assertTrue(dialog(robot) != null, "Enter on a refused setting leaves the dialog open");

        robot.type(KeyCode.ESCAPE);
        WindowFixture.await(5, () -> dialog(robot) == null);
        assertEquals(before, session.filtersProperty().get());
        assertFalse(session.undoStack().canUndoProperty().get());
    }
}
