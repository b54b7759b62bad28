package fmx.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ColorLegendTest {
    private ColorLegend legend;

    @Start
    void start(Stage stage) {
        legend = new ColorLegend();
        stage.setScene(new Scene(new StackPane(legend), 300, 60));
        stage.show();
    }

    @Test
    void divergingScaleShowsMinZeroAndMaxFormattedLikeTheCells(FxRobot robot) {
        robot.interact(() -> legend.setScale(ColorScale.fit(ColorMap.DIVERGING, -2f, 4.5f)));
        assertEquals(List.of("-4.5", "0", "4.5"), legend.tickTexts());
        assertTrue(legend.getAccessibleText().contains("-4.5"));
    }

    @Test
    void zeroIsOnlyTickedWhenInsideTheRange(FxRobot robot) {
        robot.interact(() -> legend.setScale(ColorScale.fit(ColorMap.VIRIDIS, 1f, 255f)));
        assertEquals(List.of("1", "255"), legend.tickTexts());
        robot.interact(() -> legend.setScale(ColorScale.fit(ColorMap.GRAY, 0f, 0f)));
        assertEquals(List.of("0"), legend.tickTexts(), "a degenerate scale shows its one value");
    }
}
