package fmx.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CellGridTest {
    private static final float[] VALUES = {
        1, 2, 3, 4,
        5, 6, 7, 8,
        -9, 10, 11, 12};

    private CellGrid grid;
    private final List<String> events = new ArrayList<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        grid = new CellGrid();
        grid.setData(VALUES.clone(), 3, 4);
        grid.setColorScale(ColorScale.fit(ColorMap.DIVERGING, -9, 12));
        grid.setCellSizeRange(20, 50);
        grid.setEditable(true);
        grid.setOnCellEdit((r, c, v) -> events.add("edit " + r + "," + c + "=" + CompactNumber.format(v)));
        grid.setOnBlockPaste((r, c, b) -> events.add("paste " + r + "," + c + " " + b.length + "x" + b[0].length
                + " " + CompactNumber.format(b[b.length - 1][b[0].length - 1])));
        grid.setOnCellHover((r, c) -> events.add("hover " + r + "," + c));
        grid.setOnInputError(lastError::set);
        stage.setScene(new Scene(new StackPane(grid), 400, 300));
        stage.show();
        grid.requestFocus();
    }

    private Point2D screen(int row, int col) {
        return grid.localToScreen(grid.cellCenter(row, col));
    }

    private int[] selection() {
        return grid.getSelection();
    }

    @Test
    void typingADigitOpensTheEditorAndEnterCommitsAndMovesDown(FxRobot robot) {
        robot.clickOn(screen(1, 2));
        assertArrayEquals(new int[] {1, 2}, selection());
        robot.write("7.5");
        assertTrue(grid.isEditing());
        TextField editor = robot.lookup("#cell-editor").queryAs(TextField.class);
        assertEquals("7.5", editor.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("edit 1,2=7.5"), events.stream().filter(e -> e.startsWith("edit")).toList());
        assertFalse(grid.isEditing());
        assertArrayEquals(new int[] {2, 2}, selection());
        assertTrue(grid.isFocused(), "the grid has the focus back");
    }

    @Test
    void f2EditsTheCurrentValue(FxRobot robot) {
        robot.type(KeyCode.RIGHT).type(KeyCode.F2);
        assertEquals("2", robot.lookup("#cell-editor").queryAs(TextField.class).getText());
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("edit 0,1=2"), edits());
    }

    @Test
    void negativeNumbersAndTabCommitToTheRight(FxRobot robot) {
        robot.write("-2");
        robot.type(KeyCode.TAB);
        assertEquals(List.of("edit 0,0=-2"), edits());
        assertArrayEquals(new int[] {0, 1}, selection());
    }

    @Test
    void invalidTextShowsAnErrorAndDoesNotCommitAndEscCancels(FxRobot robot) {
        robot.write("-");
        robot.type(KeyCode.ENTER);
        assertTrue(grid.isEditing(), "the editor stays open");
        TextField editor = robot.lookup("#cell-editor").queryAs(TextField.class);
        assertTrue(editor.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger")));
        assertNotNull(lastError.get());
        assertTrue(lastError.get().contains("is not a number"), lastError.get());
        robot.type(KeyCode.ESCAPE);
        assertFalse(grid.isEditing());
        assertEquals(List.of(), edits());
    }

    @Test
    void aReadOnlyBrowsableGridMovesItsSelectionAndReportsItButNeverEdits(FxRobot robot) {
        robot.interact(() -> {
            grid.setEditable(false);
            grid.setKeyboardBrowsable(true);
            grid.requestFocus();
        });
        events.clear();
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        assertArrayEquals(new int[] {1, 1}, selection());
        assertTrue(events.contains("hover 1,1"), events.toString());
        robot.type(KeyCode.DIGIT7).type(KeyCode.ENTER).type(KeyCode.DELETE);
        assertTrue(edits().isEmpty(), "a map is read-only");
        assertFalse(grid.isEditing());
        assertEquals("row 2, column 2, value " + CompactNumber.format(VALUES[5]), grid.accessibleCellText());
    }

    @Test
    void ctrlTabLeavesTheGridWhereTabWalksItsCells(FxRobot robot) {
        javafx.scene.control.Button next = new javafx.scene.control.Button("next");
        robot.interact(() -> ((StackPane) grid.getParent()).getChildren().add(next));
        robot.interact(grid::requestFocus);
        robot.type(KeyCode.TAB);
        assertTrue(grid.isFocused(), "Tab moves to the next cell, inside the grid");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertTrue(next.isFocused(), "Ctrl+Tab moves the focus to the next control");
    }

    @Test
    void arrowsTabAndEnterMoveTheSelection(FxRobot robot) {
        assertArrayEquals(new int[] {0, 0}, selection());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.DOWN);
        assertArrayEquals(new int[] {1, 2}, selection());
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertArrayEquals(new int[] {2, 0}, selection(), "Tab wraps to the next row");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertArrayEquals(new int[] {1, 3}, selection(), "Shift+Tab wraps back");
        robot.type(KeyCode.UP).type(KeyCode.LEFT).type(KeyCode.ENTER);
        assertArrayEquals(new int[] {1, 2}, selection());
        robot.type(KeyCode.LEFT, 9);
        assertArrayEquals(new int[] {1, 0}, selection(), "clamped at the edge");
        assertEquals("row 2, column 1, value 5", grid.accessibleCellText());
        assertTrue(edits().isEmpty());
    }

    @Test
    void ctrlVPastesTheClipboardBlockAtTheSelectedCell(FxRobot robot) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\t2\t3\n4\t5\t6.5\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertTrue(events.contains("paste 1,0 2x3 6.5"), events.toString());
    }

    @Test
    void aBadPasteIsReportedAndNotApplied(FxRobot robot) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1, 2\n3, x");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertTrue(events.stream().noneMatch(e -> e.startsWith("paste")), events.toString());
        assertEquals("Cannot paste: Row 2, column 2: \"x\" is not a number.", lastError.get());
    }

    @Test
    void paintDragSendsOneStrokeOverEveryCellItCrosses(FxRobot robot) {
        List<String> stroke = new ArrayList<>();
        robot.interact(() -> {
            grid.setPaintValue(1f);
            grid.setOnPaintStroke(new PaintStrokeHandler() {
                @Override
                public void begin() {
                    stroke.add("begin");
                }

                @Override
                public void cell(int row, int col) {
                    stroke.add(row + "," + col);
                }

                @Override
                public void end() {
                    stroke.add("end");
                }
            });
        });
        robot.drag(screen(0, 0)).moveTo(screen(0, 3)).moveTo(screen(2, 3)).release(javafx.scene.input.MouseButton.PRIMARY);
        assertEquals("begin", stroke.getFirst());
        assertEquals("end", stroke.getLast());
        List<String> cells = stroke.subList(1, stroke.size() - 1);
        assertEquals(List.of("0,0", "0,1", "0,2", "0,3", "1,3", "2,3"), cells);
    }

    @Test
    void hoverReportsTheCellUnderTheMouseAndLeaving(FxRobot robot) {
        robot.moveTo(screen(2, 1));
        assertEquals("hover 2,1", events.getLast());
        robot.moveTo(screen(0, 3));
        assertEquals("hover 0,3", events.getLast());
        robot.moveTo(grid.localToScreen(new Point2D(1, 1)));
        assertEquals("hover -1,-1", events.getLast());
    }

    @Test
    void cellsAreDrawnInTheirScaleColours(FxRobot robot) {
        WritableImage image = snapshot(robot);
        int inset = 3; // inside the cell, away from the number and the grid lines
        ColorScale scale = grid.getColorScale();
        for (int[] rc : new int[][] {{2, 3}, {2, 0}, {0, 1}}) {
            float v = VALUES[rc[0] * 4 + rc[1]];
            Point2D corner = grid.cellCenter(rc[0], rc[1]).subtract(grid.getCellSize() / 2 - inset,
                    grid.getCellSize() / 2 - inset);
            int argb = image.getPixelReader().getArgb((int) corner.getX(), (int) corner.getY());
            assertColour(scale.argb(v), argb, "cell " + rc[0] + "," + rc[1] + " = " + v);
        }
    }

    @Test
    void severalChangesInOnePulseCostOneRedraw(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = grid.paintCount;
        robot.interact(() -> {
            grid.setStale(true);
            grid.setRevealedCount(3);
            grid.setOverlay(List.of(new CellMark(0, 0, CellMark.Kind.CURRENT)));
            grid.setColorScale(ColorScale.fit(ColorMap.VIRIDIS, -9, 12));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, grid.paintCount);
    }

    @Test
    void overlayChangesLeaveTheBaseAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int base = grid.basePaintCount;
        int overlay = grid.overlayPaintCount;
        robot.interact(() -> {
            grid.setWindowFrame(0.5, 0.5, 2, 2, null, 2, 2, 1, 1);
            grid.setOverlay(List.of(new CellMark(1, 1, CellMark.Kind.HOVER)));
            grid.setStale(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(base, grid.basePaintCount, "the base was redrawn");
        assertEquals(overlay + 1, grid.overlayPaintCount);
    }

    @Test
    void changingSomeCellsRepaintsThemAsAFullRedrawWould(FxRobot robot) {
        float[] next = VALUES.clone();
        next[5] = 3; // the same digits count: the font size stays
        next[6] = -2;
        int overlay = grid.overlayPaintCount;
        robot.interact(() -> {
            grid.setData(next, 3, 4);
            grid.setRevealedCount(10);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(overlay, grid.overlayPaintCount, "new values of the same shape leave the overlay");
        robot.interact(() -> {
            grid.setOverlay(List.of(new CellMark(0, 2, CellMark.Kind.CURRENT), new CellMark(2, 0, CellMark.Kind.FED)));
            grid.setRevealedCount(11);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage partial = snapshot(robot);
        robot.interact(() -> grid.setCellSizeRange(20, 50)); // the same size, drawn again in full
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage full = snapshot(robot);
        int w = (int) full.getWidth();
        int h = (int) full.getHeight();
        double size = grid.getCellSize();
        Point2D origin = grid.cellCenter(0, 0).subtract(size / 2, size / 2);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Pixels on a cell edge are left out: nearest-neighbour sampling of the colour raster may pick
                // either neighbour there (the grid line covers it), in a full redraw as in a partial one.
                if (onCellEdge(x - origin.getX(), size) || onCellEdge(y - origin.getY(), size)) {
                    continue;
                }
                assertColour(full.getPixelReader().getArgb(x, y), partial.getPixelReader().getArgb(x, y),
                        "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void theSameValuesAgainDrawNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = grid.paintCount;
        robot.interact(() -> {
            grid.setData(VALUES.clone(), 3, 4);
            grid.setColorScale(ColorScale.fit(ColorMap.DIVERGING, -9, 12));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, grid.paintCount);
    }

    @Test
    void tinyCellsAreDrawnAsOneRasterWithTheScaleColours(FxRobot robot) {
        int rows = 300;
        int cols = 500;
        float[] big = new float[rows * cols];
        for (int i = 0; i < big.length; i++) {
            big[i] = (i % cols) < cols / 2 ? -1f : 1f;
        }
        robot.interact(() -> {
            grid.setCellSizeRange(0.1, 50);
            grid.setData(big, rows, cols);
            grid.setColorScale(ColorScale.fit(ColorMap.DIVERGING, -1, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getCellSize() < CellGridPainter.RASTER_BELOW, "cell size " + grid.getCellSize());
        WritableImage image = snapshot(robot);
        Point2D left = grid.cellCenter(150, 100);
        Point2D right = grid.cellCenter(150, 400);
        assertColour(ColorMap.DIVERGING.argb(0), image.getPixelReader().getArgb((int) left.getX(), (int) left.getY()), "left");
        assertColour(ColorMap.DIVERGING.argb(1), image.getPixelReader().getArgb((int) right.getX(), (int) right.getY()), "right");
    }

    private static boolean onCellEdge(double offset, double size) {
        double inCell = ((offset % size) + size) % size;
        return inCell < 1 || inCell >= size - 1;
    }

    private WritableImage snapshot(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(grid.snapshot(null, null)));
        return image.get();
    }

    private List<String> edits() {
        return events.stream().filter(e -> e.startsWith("edit")).toList();
    }

    private static void assertColour(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 2, what + ": expected " + Integer.toHexString(expected) + " but drew "
                    + Integer.toHexString(actual));
        }
    }
}
