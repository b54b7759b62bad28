package fmx.ui.common;

import fmx.core.ColorScale;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * One 2-D grid of numbers drawn on a canvas (never one node per cell): cell colours from a {@link ColorScale}, the
 * numbers when the cells are big enough, an optional padding frame (hatched grey, "0"), {@link CellMark overlays},
 * a moving window, a stale state and a reveal count for the animation.
 *
 * <p>The cells fit the area the grid is given, within {@link #setCellSizeRange}, centred. Setters only mark the grid
 * dirty; it redraws once in the next layout pass, however many setters ran. Editing (see {@link #setEditable}):
 * click or arrows select; typing a digit, '-', '+', ',' or '.' (or Enter on a double-click, F2) opens an inline
 * editor; Enter, Tab, Shift+Tab, Up and Down commit and move, Esc cancels; Delete sets the cell to 0; Ctrl+V pastes a
 * block at the selected cell. Data coordinates count from 0 at the top-left data cell. FX thread only.
 *
 * <p>Longer than most classes because it is the grid's whole public face: the setters that say
 * which layer is out of date, the layout pass that repaints it, selection and accessibility. The work lives
 * elsewhere: drawing in {@link CellGridPainter} and {@link MarkPainter}, editing in {@link CellGridEditor}, the
 * mouse in {@link CellGridMouse}, and which cells a change touches in {@link GridChanges}.
 */
public final class CellGrid extends Region {
    private static final double MARGIN = 6;

    /** Colours, numbers, tints: redrawn when the data change. */
    private final Canvas canvas = new Canvas();
    /** Outlines, the moving window, selection, stale veil: redrawn per animation frame without touching the base. */
    private final Canvas overlay = new Canvas();
    private final CellGridPainter painter = new CellGridPainter();
    private final GridModel model = new GridModel();
    private final CellGridEditor editor;
    private GridGeometry geometry = GridGeometry.fit(0, 0, MARGIN, 0, 0, 1, 1, 1);
    private double minCell = 1;
    private double maxCell = 56;
    private double preferredCell = 40;
    /** The whole base must be drawn again. */
    private boolean baseDirty = true;
    /** Otherwise, only these frame cells of the base (null: none). */
    private CellBox baseCells;
    private final GridChanges changes = new GridChanges(model);
    private boolean overlayDirty = true;
    private boolean browsable;
    private boolean editable;
    /** Layout passes that drew something: lets tests check that several setters cost one redraw. */
    int paintCount;
    /** Times each layer was drawn: lets tests check that an overlay change leaves the base alone. */
    int basePaintCount;
    int overlayPaintCount;

    private final CellGridMouse mouse;

    public CellGrid() {
        getStyleClass().add("cell-grid");
        getChildren().addAll(canvas, overlay);
        canvas.setManaged(false);
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        editor = new CellGridEditor(this, model);
        mouse = new CellGridMouse(this, editor);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription(Messages.TEXTS.text("grid.roleDescription"));
        focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                startSelection(); // the data may have come after the grid was made selectable
            }
            model.focused = is && takesKeys();
            redrawOverlay();
            if (browsable && !editable && mouse.onCellHover != null) {
                // keyboard focus on a map shows what hovering its selected cell shows, and clears it on leaving
                mouse.onCellHover.onCell(is ? model.selRow : -1, is ? model.selCol : -1);
            }
        });
        mouse.install();
        addEventHandler(KeyEvent.KEY_PRESSED, editor::keyPressed);
        addEventHandler(KeyEvent.KEY_TYPED, editor::keyTyped);
        sceneProperty().addListener((obs, was, is) -> redraw());
    }

    // ---- what it shows ----

    /** The values, row-major {@code values[row * cols + col]}; kept (not copied): call again after changing them. */
    public void setData(float[] values, int rows, int cols) {
        if (values != null && values.length < (long) rows * cols) {
            throw new IllegalArgumentException("values hold " + values.length + " numbers, a " + rows + " x " + cols
                    + " grid needs " + (long) rows * cols);
        }
        boolean resized = rows != model.rows || cols != model.cols;
        boolean hadData = model.hasData();
        CellBox changedCells = resized ? null : changes.changedCells(values, rows, cols);
        changes.remember(values, rows, cols);
        if (!resized && hadData && values != null && changedCells == null) {
            model.values = values; // the same numbers: nothing to draw
            return;
        }
        model.values = values;
        model.colourVersion++;
        model.rows = values == null ? 0 : rows;
        model.cols = values == null ? 0 : cols;
        if (model.selRow >= model.rows || model.selCol >= model.cols) {
            model.selRow = Math.min(model.selRow, model.rows - 1);
            model.selCol = Math.min(model.selCol, model.cols - 1);
        }
        // New values of the same shape leave the overlay as it is: only the base is redrawn, where they changed.
        if (!resized && hadData && model.hasData() && changedCells != GridChanges.ALL_CELLS) {
            redrawBaseCells(changedCells);
        } else {
            changed(resized, resized || hadData != model.hasData());
        }
    }

    public void setColorScale(ColorScale scale) {
        if (Objects.requireNonNull(scale, "scale").equals(model.scale)) {
            return;
        }
        model.scale = scale;
        model.colourVersion++;
        redrawBase();
    }

    public ColorScale getColorScale() {
        return model.scale;
    }

    /** Padding cells drawn around the data (hatched grey, "0"); all 0 for none. */
    public void setFramePadding(int top, int bottom, int left, int right) {
        if (top < 0 || bottom < 0 || left < 0 || right < 0) {
            throw new IllegalArgumentException("padding cannot be negative: " + top + ", " + bottom + ", " + left
                    + ", " + right);
        }
        boolean resized = top != model.padTop || bottom != model.padBottom || left != model.padLeft
                || right != model.padRight;
        model.padTop = top;
        model.padBottom = bottom;
        model.padLeft = left;
        model.padRight = right;
        changed(resized, resized);
    }

    /** Replaces the highlighted cells (the list is kept; pass a new one to change it). */
    public void setOverlay(List<CellMark> marks) {
        List<CellMark> next = marks == null ? List.of() : marks;
        // Tints and veils lie on the base, outlines on the overlay: redraw only the layer whose marks changed.
        if (!GridChanges.sameMarks(model.marks, next, MarkPainter::isBaseKind)) {
            CellBox cells = changes.baseMarkCells(model.marks);
            redrawBaseCells(cells == null ? changes.baseMarkCells(next) : cells.union(changes.baseMarkCells(next)));
        }
        if (!GridChanges.sameMarks(model.marks, next, MarkPainter::isOverlayKind)) {
            overlayDirty = true;
        }
        model.marks = next;
        setNeedsLayout(true);
    }

    /** Dims the grid and shows an "out of date" badge. */
    public void setStale(boolean stale) {
        if (model.stale != stale) {
            model.stale = stale;
            redrawOverlay();
        }
    }

    public boolean isStale() {
        return model.stale;
    }

    /** Cells at row-major index {@code >= count} are drawn blank (not computed yet); -1 shows all. */
    public void setRevealedCount(int count) {
        if (model.revealedCount != count) {
            // The cells between the old and the new count change: one more cell per step of the animation.
            int n = model.rows * model.cols;
            int from = Math.min(shownCount(model.revealedCount, n), shownCount(count, n));
            int to = Math.max(shownCount(model.revealedCount, n), shownCount(count, n));
            model.revealedCount = count;
            if (from < to) {
                int r0 = from / model.cols;
                int r1 = (to - 1) / model.cols;
                redrawBaseCells(new CellBox(r0 + model.padTop,
                        (r0 == r1 ? from % model.cols : 0) + model.padLeft, r1 + model.padTop,
                        (r0 == r1 ? (to - 1) % model.cols : model.cols - 1) + model.padLeft));
            }
        }
    }

    /** The cell size limits in pixels; the grid fits its area within them (it overflows below min). */
    public void setCellSizeRange(double min, double max) {
        if (!(min > 0) || !(max >= min)) {
            throw new IllegalArgumentException("cell size range needs 0 < min <= max, got " + min + " .. " + max);
        }
        minCell = min;
        maxCell = max;
        changed(true, true);
    }

    /**
     * The cell size the grid asks its parent for (clamped to the range; 40 unless set): a view that knows its free
     * space sets it so that a small grid grows into that space and a big one shrinks to fit.
     */
    public void setPreferredCellSize(double size) {
        if (!(size > 0)) {
            throw new IllegalArgumentException("preferred cell size must be positive, got " + size);
        }
        if (size != preferredCell) {
            preferredCell = size;
            requestLayout();
        }
    }

    /**
     * A window outline at a fractional position, in data cells ({@code top} and {@code left} may be negative into
     * the padding), so that a moving window can be drawn between two steps; null {@code weights} draws no weights,
     * otherwise the kh x kw weights (row-major) are written on the taps at (top + i*dilY, left + j*dilX).
     */
    public void setWindowFrame(double top, double left, double height, double width, float[] weights, int kh, int kw,
                               int dilY, int dilX) {
        if (weights != null && weights.length < kh * kw) {
            throw new IllegalArgumentException("a " + kh + " x " + kw + " window needs " + kh * kw + " weights");
        }
        GridModel.WindowFrame next = new GridModel.WindowFrame(top, left, height, width, weights, kh, kw, dilY, dilX);
        if (!next.equals(model.window)) {
            model.window = next;
            redrawOverlay();
        }
    }

    public void clearWindowFrame() {
        if (model.window != null) {
            model.window = null;
            redrawOverlay();
        }
    }

    /** The centre of a cell (padding cells too) in this region's coordinates. */
    public Point2D cellCenter(int row, int col) {
        layoutIfNeeded();
        double s = geometry.cellSize();
        return new Point2D(geometry.x(col + model.padLeft) + s / 2, geometry.y(row + model.padTop) + s / 2);
    }

    /** The current cell size in pixels (after fitting). */
    public double getCellSize() {
        layoutIfNeeded();
        return geometry.cellSize();
    }

    // ---- interaction ----

    /** Makes the grid focusable and editable from the keyboard and mouse. */
    public void setEditable(boolean editable) {
        this.editable = editable;
        if (!editable) {
            editor.cancel();
        }
        keyAccessChanged();
    }

    public boolean isEditable() {
        return editable;
    }

    /**
     * Makes a read-only grid (a feature map) reachable from the keyboard: Tab focuses it, the arrows, Home and End
     * move the selection, the screen reader reads the selected cell, and the hover handler is told of each
     * selected cell, so keyboard users get what the mouse shows. Editing stays off.
     */
    public void setKeyboardBrowsable(boolean browsable) {
        this.browsable = browsable;
        keyAccessChanged();
    }

    /** True when the keyboard moves a selection over the grid (editable or browsable). */
    boolean takesKeys() {
        return editable || browsable;
    }

    /** Focus, selection and its first cell follow whether the keyboard may move over the grid. */
    private void keyAccessChanged() {
        setFocusTraversable(takesKeys());
        model.showSelection = takesKeys();
        startSelection();
        redrawOverlay();
    }

    /** Puts the selection on the first cell when the keyboard may move it and there is none yet. */
    private void startSelection() {
        if (takesKeys() && model.selRow < 0 && model.rows > 0) {
            model.selRow = 0;
            model.selCol = 0;
        }
    }

    public void setOnCellEdit(CellEditHandler handler) {
        editor.onCellEdit = handler;
    }

    public void setOnBlockPaste(BlockPasteHandler handler) {
        editor.onBlockPaste = handler;
    }

    /** Receives a message for the user when typed or pasted text is not a number or a block of numbers. */
    public void setOnInputError(Consumer<String> handler) {
        editor.onInputError = handler;
    }

    /** Paint mode: with a value, a drag over editable cells paints them (see {@link #setOnPaintStroke}); null ends it. */
    public void setPaintValue(Float valueOrNull) {
        mouse.paintValue = valueOrNull;
        setCursor(valueOrNull == null ? null : javafx.scene.Cursor.CROSSHAIR);
    }

    public Float getPaintValue() {
        return mouse.paintValue;
    }

    public void setOnPaintStroke(PaintStrokeHandler handler) {
        mouse.onPaintStroke = handler;
    }

    /** Receives the data cell under the mouse when it changes; (-1, -1) when the mouse leaves the data cells. */
    public void setOnCellHover(CellHandler handler) {
        mouse.onCellHover = handler;
    }

    public void setOnCellClick(CellHandler handler) {
        mouse.onCellClick = handler;
    }

    /** The selected data cell as {row, col}, or {-1, -1}. */
    public int[] getSelection() {
        return new int[] {model.selRow, model.selCol};
    }

    /** Selects a data cell (clamped to the grid). */
    public void select(int row, int col) {
        if (model.rows == 0) {
            return;
        }
        model.selRow = Math.max(0, Math.min(model.rows - 1, row));
        model.selCol = Math.max(0, Math.min(model.cols - 1, col));
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        redrawOverlay();
        if (browsable && !editable && mouse.onCellHover != null && isFocused()) {
            mouse.onCellHover.onCell(model.selRow, model.selCol);
        }
    }

    /** True while the inline editor is open. */
    public boolean isEditing() {
        return editor.isOpen();
    }

    /** Reads the system clipboard and pastes its block at the selected cell, as Ctrl+V does. */
    public void pasteFromClipboard() {
        editor.paste(Clipboard.getSystemClipboard().getString());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return accessibleCellText();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** "row 2, column 3, value 1.5" for the selected cell, counting from 1 as people do. */
    String accessibleCellText() {
        if (model.selRow < 0 || !model.hasData()) {
            return Messages.TEXTS.text("grid.accessible.empty", String.valueOf(model.rows), String.valueOf(model.cols));
        }
        return Messages.TEXTS.text("grid.accessible.cell", String.valueOf(model.selRow + 1),
                String.valueOf(model.selCol + 1),
                CompactNumber.format(model.values[model.selRow * model.cols + model.selCol]));
    }

    // ---- layout and drawing ----

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * MARGIN + model.frameCols() * prefCell();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 2 * MARGIN + model.frameRows() * prefCell();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 2 * MARGIN + model.frameCols() * minCell;
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 2 * MARGIN + model.frameRows() * minCell;
    }

    private double prefCell() {
        return Math.max(minCell, Math.min(maxCell, preferredCell));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double scale = renderScale();
        GridGeometry g = GridGeometry.fit(w, h, MARGIN, model.frameRows(), model.frameCols(), minCell, maxCell, scale);
        if (!g.equals(geometry) || canvas.getWidth() != w || canvas.getHeight() != h) {
            geometry = g;
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            baseDirty = true;
            overlayDirty = true;
        }
        if (baseDirty || baseCells != null || overlayDirty) {
            paintCount++;
        }
        if (baseDirty || baseCells != null) {
            basePaintCount++;
            painter.paintBase(canvas.getGraphicsContext2D(), model, geometry, w, h, scale,
                    baseDirty ? null : baseCells);
            baseDirty = false;
            baseCells = null;
        }
        if (overlayDirty) {
            overlayDirty = false;
            overlayPaintCount++;
            overlay.setVisible(painter.paintOverlay(overlay.getGraphicsContext2D(), model, geometry, w, h));
        }
        editor.layoutEditor(geometry);
    }

    void addOverlayNode(javafx.scene.Node node) {
        getChildren().add(node);
    }

    void removeOverlayNode(javafx.scene.Node node) {
        getChildren().remove(node);
    }

    GridGeometry geometry() {
        return geometry;
    }

    private double renderScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleX());
    }

    /** Marks both layers out of date; they are drawn once in the next layout pass. */
    void redraw() {
        baseDirty = true;
        redrawOverlay();
    }

    private void redrawBase() {
        baseDirty = true;
        setNeedsLayout(true); // only this branch: the parents keep their layout
    }

    /** Marks some frame cells of the base out of date (null: none); a full redraw covers them anyway. */
    private void redrawBaseCells(CellBox cells) {
        if (cells == null) {
            return;
        }
        baseCells = cells.union(baseCells);
        setNeedsLayout(true);
    }

    private static int shownCount(int count, int n) {
        return count < 0 ? n : Math.min(count, n);
    }

    private void redrawOverlay() {
        overlayDirty = true;
        setNeedsLayout(true);
    }

    private void changed(boolean resized, boolean overlayToo) {
        baseDirty = true;
        overlayDirty |= overlayToo;
        if (resized) {
            requestLayout();
        } else {
            setNeedsLayout(true);
        }
    }

    private void layoutIfNeeded() {
        if (isNeedsLayout() || geometry.frameRows() != model.frameRows() || geometry.frameCols() != model.frameCols()) {
            layout();
        }
    }

    /** The data cell at a point as {row, col}, or null over padding or outside. */
    int[] dataCellAt(double x, double y) {
        int fr = geometry.frameRowAt(y);
        int fc = geometry.frameColAt(x);
        int r = fr - model.padTop;
        int c = fc - model.padLeft;
        if (fr < 0 || fc < 0 || r < 0 || c < 0 || r >= model.rows || c >= model.cols) {
            return null;
        }
        return new int[] {r, c};
    }
}
