package fmx.ui.common;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A window to look at the widgets (not a test): grids with numbers, padding, every overlay kind, stale, a partly
 * revealed map, a 600 x 800 raster, and legends. Run it from the test class path, e.g. under Xvfb.
 */
public final class CellGridDemo extends Application {

    /** Entry point outside the Application subclass, so that it also runs from a plain class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(CellGridDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        GridPane root = new GridPane(24, 16);
        root.setPadding(new Insets(16));
        root.setStyle("-fx-background-color: " + (getParameters().getRaw().contains("dark") ? "#1e1e1e" : "white") + ";");

        float[] input = {
            3, 0, 1, 2, 7,
            1, 5, 8, 9, 3,
            2, 7, 2, 5, 1,
            0, 1, 3, 1, 7,
            4, 2, 1, 6, 2};
        CellGrid in = grid(input, 5, 5, ColorScale.fit(ColorMap.GRAY, 0, 9));
        in.setFramePadding(1, 1, 1, 1);
        List<CellMark> marks = new ArrayList<>();
        for (int r = -1; r <= 1; r++) {
            for (int c = -1; c <= 1; c++) {
                marks.add(new CellMark(r, c, CellMark.Kind.WINDOW));
                if (r < 0 || c < 0) {
                    marks.add(new CellMark(r, c, CellMark.Kind.PADDING_TAP));
                }
            }
        }
        in.setOverlay(marks);
        in.setEditable(true);
        in.setWindowFrame(-1, 1.4, 3, 3, new float[] {1, 0, -1, 2, 0, -2, 1, 0, -1}, 3, 3, 1, 1);
        in.select(2, 3);

        float[] conv = {-3.5f, 0.25f, 12, -0.004f, 1.333333f, -7, 0, 2.5f, -12, 4, 0.5f, -1.25f, 100.5f, 3, -2, 1};
        CellGrid out = grid(conv, 4, 4, ColorScale.fit(ColorMap.DIVERGING, -12, 100.5f));
        out.setOverlay(List.of(new CellMark(0, 1, CellMark.Kind.CURRENT), new CellMark(2, 2, CellMark.Kind.FED),
                new CellMark(2, 3, CellMark.Kind.FED), new CellMark(3, 0, CellMark.Kind.HOVER),
                new CellMark(1, 2, CellMark.Kind.WINNER)));
        out.setRevealedCount(11);

        float[] dil = new float[49];
        Random rnd = new Random(3);
        for (int i = 0; i < dil.length; i++) {
            dil[i] = rnd.nextInt(19) - 9;
        }
        CellGrid dilated = grid(dil, 7, 7, ColorScale.fit(ColorMap.DIVERGING, -9, 9));
        List<CellMark> d = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                d.add(new CellMark(r, c, CellMark.Kind.WINDOW));
                if (r % 2 == 1 || c % 2 == 1) {
                    d.add(new CellMark(r, c, CellMark.Kind.DILATION_GAP));
                }
            }
        }
        for (int c = 0; c < 7; c++) {
            d.add(new CellMark(6, c, CellMark.Kind.UNVISITED));
        }
        dilated.setOverlay(d);

        CellGrid stale = grid(conv, 4, 4, ColorScale.fit(ColorMap.VIRIDIS, -12, 100.5f));
        stale.setStale(true);

        int h = 600;
        int w = 800;
        float[] photo = new float[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                photo[y * w + x] = (float) (Math.sin(x / 40.0) * Math.cos(y / 30.0));
            }
        }
        CellGrid big = grid(photo, h, w, ColorScale.fit(ColorMap.VIRIDIS, -1, 1));
        big.setCellSizeRange(0.1, 56);
        big.setPrefSize(330, 250);

        root.add(box("Input, padding 1, window with weights, selection", in, legend(in)), 0, 0);
        root.add(box("Convolution (revealed 11), current, fed, hover, winner", out, legend(out)), 1, 0);
        root.add(box("Dilation 2 gaps, unvisited row", dilated, legend(dilated)), 2, 0);
        root.add(box("Stale (viridis)", stale, legend(stale)), 0, 1);
        root.add(box("600 x 800 raster", big, legend(big)), 1, 1);
        stage.setScene(new Scene(root, 1560, 960));
        stage.show();
        in.requestFocus();
    }

    private static CellGrid grid(float[] v, int rows, int cols, ColorScale scale) {
        CellGrid g = new CellGrid();
        g.setData(v, rows, cols);
        g.setColorScale(scale);
        g.setCellSizeRange(14, 64);
        return g;
    }

    private static ColorLegend legend(CellGrid g) {
        ColorLegend l = new ColorLegend();
        l.setScale(g.getColorScale());
        return l;
    }

    private static VBox box(String title, CellGrid grid, ColorLegend legend) {
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(6, label, grid, legend);
        grid.setPrefSize(Math.max(grid.prefWidth(-1), 330), 380);
        return box;
    }
}
