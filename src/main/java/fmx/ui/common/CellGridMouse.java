package fmx.ui.common;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on a {@link CellGrid}: a press selects (a double click opens the editor) or, in paint mode, starts a
 * stroke that a drag continues along straight lines without gaps; moving reports the hovered data cell. FX thread
 * only.
 */
final class CellGridMouse {
    private final CellGrid grid;
    private final CellGridEditor editor;
    Float paintValue;
    PaintStrokeHandler onPaintStroke;
    CellHandler onCellHover;
    CellHandler onCellClick;
    private boolean stroking;
    private int strokeRow = -1;
    private int strokeCol = -1;
    private int hoverRow = -1;
    private int hoverCol = -1;

    CellGridMouse(CellGrid grid, CellGridEditor editor) {
        this.grid = grid;
        this.editor = editor;
    }

    void install() {
        grid.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        grid.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        grid.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        grid.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        grid.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1e9, -1e9));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int[] cell = grid.dataCellAt(e.getX(), e.getY());
        if (grid.isEditable()) {
            grid.requestFocus();
            editor.commitOrCancel();
        }
        if (cell == null) {
            return;
        }
        if (grid.isEditable() && paintValue != null && onPaintStroke != null) {
            stroking = true;
            strokeRow = cell[0];
            strokeCol = cell[1];
            onPaintStroke.begin();
            onPaintStroke.cell(cell[0], cell[1]);
            e.consume();
            return;
        }
        if (grid.isEditable()) {
            grid.select(cell[0], cell[1]);
            if (e.getClickCount() == 2) {
                editor.open(null);
            }
            e.consume(); // a scroll pane around the grid would take the focus on this press, and the typing with it
        }
        if (onCellClick != null) {
            onCellClick.onCell(cell[0], cell[1]);
        }
    }

    private void dragged(MouseEvent e) {
        if (!stroking) {
            return;
        }
        int[] cell = grid.dataCellAt(e.getX(), e.getY());
        if (cell == null || (cell[0] == strokeRow && cell[1] == strokeCol)) {
            return;
        }
        // A fast drag skips cells: walk the straight line from the last cell so that the stroke has no gaps.
        int r0 = strokeRow;
        int c0 = strokeCol;
        int steps = Math.max(Math.abs(cell[0] - r0), Math.abs(cell[1] - c0));
        for (int k = 1; k <= steps; k++) {
            int r = r0 + (int) Math.round((cell[0] - r0) * (double) k / steps);
            int c = c0 + (int) Math.round((cell[1] - c0) * (double) k / steps);
            if (r != strokeRow || c != strokeCol) {
                strokeRow = r;
                strokeCol = c;
                onPaintStroke.cell(r, c);
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (stroking) {
            stroking = false;
            strokeRow = -1;
            strokeCol = -1;
            onPaintStroke.end();
            e.consume();
        }
    }

    private void hover(double x, double y) {
        int[] cell = grid.dataCellAt(x, y);
        int r = cell == null ? -1 : cell[0];
        int c = cell == null ? -1 : cell[1];
        if (r != hoverRow || c != hoverCol) {
            hoverRow = r;
            hoverCol = c;
            if (onCellHover != null) {
                onCellHover.onCell(r, c);
            }
        }
    }
}
