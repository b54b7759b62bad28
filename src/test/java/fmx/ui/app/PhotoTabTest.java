package fmx.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.PhotoKernel;
import fmx.ui.photo.PhotoViewModel;
import fmx.ui.photo.SampleImages;
import fmx.ui.session.SessionModel;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Photo tab in the real window: a sample opened through the view-model shows the photo and its maps. */
@ExtendWith(ApplicationExtension.class)
class PhotoTabTest {
    private ExplorerApp.Explorer explorer;
    private WindowFixture window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, new SessionModel(), SessionFilesAdapter.create(), 1280, 800);
        explorer = window.explorer;
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static void await(BooleanSupplier condition) {
        WindowFixture.await(20, condition);
    }

    @Test
    void anEmptyPhotoTabSaysHowToBeginAndEveryToolHasATooltip(FxRobot robot) {
        Label hint = robot.lookup("#photo-empty-hint").queryAs(Label.class);
        assertTrue(hint.isVisible() && hint.getText().contains("Samples"), hint.getText());
        for (String id : List.of("photo-open", "photo-samples", "photo-gray-toggle", "photo-stage-combo",
                "photo-display-combo", "photo-normalisation-combo", "photo-fit", "photo-one-to-one",
                "photo-crop-toggle", "photo-pixel-limit")) {
            javafx.scene.control.Control c = robot.lookup("#" + id).queryAs(javafx.scene.control.Control.class);
            assertTrue(c.getTooltip() != null && !c.getTooltip().getText().isBlank(), id + " has a tooltip");
        }
        assertTrue(robot.lookup("#photo-message").queryAs(Label.class).isWrapText(), "long messages wrap");
    }

    @Test
    void aSampleCanBeChosenWithTheKeyboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#photo-samples").queryButton().fire());
        javafx.scene.Node tile = robot.lookup(n -> "gallery-chelsea.png".equals(n.getId())).query();
        assertTrue(tile.isFocusTraversable(), "a sample tile takes the focus");
        robot.interact(tile::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        await(() -> "chelsea.png".equals(explorer.photo().photoNameProperty().get()));
    }

    @Test
    void aSampleOpensInThePhotoTabWithItsMaps(FxRobot robot) {
        TabPane tabs = robot.lookup("#center-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(robot.lookup("#center-tabs").queryAs(TabPane.class)
                .getTabs().stream().filter(t -> "photo-tab".equals(t.getId())).findFirst().orElseThrow()));
        PhotoViewModel photo = explorer.photo();
        SampleImages.Sample cat = SampleImages.bundled().samples().stream()
                .filter(s -> s.file().equals("chelsea.png")).findFirst().orElseThrow();
        robot.interact(() -> {
            explorer.session().filtersProperty().set(PhotoKernel.filterBank(PhotoKernel.gaborBank(4, 6, 2, 1, 0), 1));
            photo.openSample(cat);
        });
        await(() -> photo.frameProperty().get() != null && photo.frameProperty().get().maps().size() == 4
                && !photo.busyProperty().get());
        assertTrue(!robot.lookup("#photo-empty-hint").queryAs(Label.class).isVisible(), "hint gone");
        for (int i = 0; i <= 4; i++) {
            ImageView view = robot.lookup("#photo-panel-" + i + " .image-view").queryAs(ImageView.class);
            assertTrue(view.getImage() != null && view.getImage().getWidth() > 40, "panel " + i + " shows pixels");
        }
        // The photo panel shows the cat's colours, not the background.
        int argb = robot.lookup("#photo-panel-0 .image-view").queryAs(ImageView.class).getImage().getPixelReader()
                .getArgb(60, 60);
        assertTrue(argb != fmx.ui.photo.MapRenderer.BACKGROUND, Integer.toHexString(argb));
        robot.interact(() -> photo.probeAt(200, 150));
        String probe = robot.lookup("#photo-probe-label").queryAs(Label.class).getText();
        assertTrue(probe.startsWith("Pixel (x 200, y 150): input R "), probe);
        assertEquals(4, List.of(probe.split("\\| map ")).size() - 1, probe);
    }
}
