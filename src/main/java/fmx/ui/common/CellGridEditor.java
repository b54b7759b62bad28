package fmx.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.TraversalDirection;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard side of a {@link CellGrid}: moving the selection, the inline {@link TextField} over the selected
 * cell, and pasting blocks. Invalid text keeps the editor open in an error style and reports a message. FX thread.
 */
final class CellGridEditor {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final String ERROR_STYLE = "-fx-background-color: #FDECEA; -fx-text-fill: #8B1A10; "
            + "-fx-border-color: #C62828; -fx-border-width: 2; -fx-background-insets: 0; -fx-border-insets: 0;";
    private static final String NORMAL_STYLE = "-fx-background-color: white; -fx-text-fill: #111111; "
            + "-fx-border-color: #0B66E4; -fx-border-width: 2; -fx-background-insets: 0; -fx-border-insets: 0;";

    private final CellGrid grid;
    private final GridModel model;
    private TextField field;
    private int editRow = -1;
    private int editCol = -1;

    CellEditHandler onCellEdit;
    BlockPasteHandler onBlockPaste;
    Consumer<String> onInputError;

    CellGridEditor(CellGrid grid, GridModel model) {
        this.grid = grid;
        this.model = model;
    }

    boolean isOpen() {
        return field != null;
    }

    // ---- keys on the grid (editor closed) ----

    void keyPressed(KeyEvent e) {
        if (!grid.takesKeys() || !model.hasData() || isOpen() || e.getTarget() != grid) {
            return;
        }
        if (!grid.isEditable()) {
            browseKey(e);
            return;
        }
        if (PASTE.match(e)) {
            paste(Clipboard.getSystemClipboard().getString());
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
            // Tab walks the cells (4,096 of them on a 64 x 64 grid); Ctrl+Tab leaves the grid, as in a text area.
            grid.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean consumed = moveKey(e.getCode()) || switch (e.getCode()) {
            case ENTER -> e.isShiftDown() ? move(-1, 0) : move(1, 0);
            case TAB -> e.isShiftDown() ? tabBack() : tabForward();
            case F2 -> {
                open(null);
                yield true;
            }
            case DELETE, BACK_SPACE -> commitValue(model.selRow, model.selCol, 0f);
            default -> false;
        };
        if (consumed) {
            e.consume();
        }
    }

    /** A read-only grid: the arrows, Home and End move the selection; Tab leaves it like any control. */
    private void browseKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (moveKey(e.getCode())) {
            e.consume();
        }
    }

    /** The arrows, Home and End: the moves every keyboard grid shares, editable or read-only. */
    private boolean moveKey(KeyCode code) {
        return switch (code) {
            case UP -> move(-1, 0);
            case DOWN -> move(1, 0);
            case LEFT -> move(0, -1);
            case RIGHT -> move(0, 1);
            case HOME -> select(model.selRow, 0);
            case END -> select(model.selRow, model.cols - 1);
            default -> false;
        };
    }

    void keyTyped(KeyEvent e) {
        if (!grid.isEditable() || !model.hasData() || isOpen() || e.getTarget() != grid) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.length() == 1 && "0123456789-+.,\u2212".indexOf(ch.charAt(0)) >= 0 && !e.isShortcutDown()) {
            open(ch);
            e.consume();
        }
    }

    private boolean move(int dr, int dc) {
        return select(model.selRow + dr, model.selCol + dc);
    }

    private boolean select(int r, int c) {
        grid.select(r, c);
        return true;
    }

    /** Next cell in reading order; at the last cell Tab is left to move the focus out of the grid. */
    private boolean tabForward() {
        if (model.selCol < model.cols - 1) {
            return select(model.selRow, model.selCol + 1);
        }
        return model.selRow < model.rows - 1 && select(model.selRow + 1, 0);
    }

    private boolean tabBack() {
        if (model.selCol > 0) {
            return select(model.selRow, model.selCol - 1);
        }
        return model.selRow > 0 && select(model.selRow - 1, model.cols - 1);
    }

    // ---- the inline editor ----

    /** Opens the editor on the selected cell with {@code initial} typed, or with the cell's value when null. */
    void open(String initial) {
        if (model.selRow < 0 || !model.hasData()) {
            return;
        }
        editRow = model.selRow;
        editCol = model.selCol;
        String text = initial != null ? initial : CompactNumber.exact(model.values[editRow * model.cols + editCol]);
        field = new TextField(text);
        field.setId("cell-editor");
        field.getStyleClass().add("cell-grid-editor");
        field.setStyle(NORMAL_STYLE);
        field.setAccessibleText(
                Messages.TEXTS.text("editor.accessible", String.valueOf(editRow + 1), String.valueOf(editCol + 1)));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
        field.textProperty().addListener((obs, was, is) -> markError(false));
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && field != null && obs == field.focusedProperty()) {
                commitOrCancel();
            }
        });
        grid.addOverlayNode(field);
        grid.requestLayout();
        field.applyCss(); // creates the skin now, so that its focus handling runs before the caret is placed
        field.requestFocus();
        // The text field's behaviour selects all when it first gains focus, after this returns: place the caret
        // after that, so that the next typed key adds to the first one instead of replacing it.
        TextField opened = field;
        Platform.runLater(() -> {
            if (initial == null) {
                opened.selectAll();
            } else {
                opened.deselect();
                opened.end();
            }
        });
    }

    private void editorKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> finish(e.isShiftDown() ? -1 : 1, 0, e);
            case TAB -> finishTab(e);
            case UP -> finish(-1, 0, e);
            case DOWN -> finish(1, 0, e);
            case ESCAPE -> {
                cancel();
                grid.requestFocus();
                e.consume();
            }
            default -> {
            }
        }
    }

    private void finish(int dr, int dc, KeyEvent e) {
        e.consume();
        if (commit()) {
            grid.requestFocus();
            grid.select(model.selRow + dr, model.selCol + dc);
        }
    }

    private void finishTab(KeyEvent e) {
        e.consume();
        if (commit()) {
            grid.requestFocus();
            if (e.isShiftDown()) {
                tabBack();
            } else {
                tabForward();
            }
        }
    }

    /** Commits valid text and closes; invalid text stays open in the error style. True when closed. */
    boolean commit() {
        if (field == null) {
            return true;
        }
        String text = field.getText();
        Float value = NumberBlockParser.parseNumber(text);
        if (value == null) {
            markError(true);
            report(Messages.TEXTS.text("editor.notANumber", text.strip()));
            return false;
        }
        int r = editRow;
        int c = editCol;
        close();
        commitValue(r, c, value);
        return true;
    }

    /** Used when the focus leaves or the mouse clicks elsewhere: keep a valid number, drop an invalid one. */
    void commitOrCancel() {
        if (field != null && !commit()) {
            cancel();
        }
    }

    void cancel() {
        close();
    }

    private void close() {
        if (field != null) {
            TextField f = field;
            field = null;
            grid.removeOverlayNode(f);
        }
    }

    private boolean commitValue(int r, int c, float value) {
        if (onCellEdit != null && r >= 0 && c >= 0) {
            onCellEdit.onCellEdit(r, c, value);
        }
        return true;
    }

    private void markError(boolean error) {
        if (field != null) {
            field.pseudoClassStateChanged(DANGER, error);
            field.setStyle(error ? ERROR_STYLE : NORMAL_STYLE);
        }
    }

    void layoutEditor(GridGeometry g) {
        if (field == null) {
            return;
        }
        double s = g.cellSize();
        double w = Math.max(s, 64);
        double h = Math.max(s, 28);
        double x = g.x(editCol + model.padLeft) - (w - s) / 2;
        double y = g.y(editRow + model.padTop) - (h - s) / 2;
        x = Math.max(0, Math.min(grid.getWidth() - w, x));
        y = Math.max(0, Math.min(grid.getHeight() - h, y));
        field.setFont(javafx.scene.text.Font.font(Math.max(12, Math.min(22, s * 0.4))));
        field.resizeRelocate(x, y, w, h);
    }

    // ---- paste ----

    void paste(String text) {
        if (model.selRow < 0 || !model.hasData()) {
            return;
        }
        try {
            float[][] block = NumberBlockParser.parse(text);
            if (onBlockPaste != null) {
                onBlockPaste.onBlockPaste(model.selRow, model.selCol, block);
            }
        } catch (NumberBlockParser.BlockParseException ex) {
            report(Messages.TEXTS.text("paste.failed", ex.getMessage()));
        }
    }

    private void report(String message) {
        if (onInputError != null) {
            onInputError.accept(message);
        }
    }
}
