package fmx.ui.common;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which frame cells of a {@link CellGrid}'s base layer a change touches, so that an edit of one cell or a moved tint
 * repaints those cells and not the grid: values are compared with a copy of the previous ones, marks layer by
 * layer. FX thread only.
 */
final class GridChanges {
    /** Grids up to this many cells are compared with their previous values; bigger ones are a raster anyway. */
    private static final int DIFF_CELLS = 1 << 16;
    /** Stands for "every cell" where a box of changed cells is expected (compared by identity). */
    static final CellBox ALL_CELLS = new CellBox(-1, -1, -1, -1);

    private final GridModel model;
    /** The values last handed over, copied. */
    private float[] previousValues;

    GridChanges(GridModel model) {
        this.model = model;
    }

    /** True when both lists hold the same marks of the kinds {@code layer} accepts, in the same order. */
    static boolean sameMarks(List<CellMark> a, List<CellMark> b,
                                     Predicate<CellMark.Kind> layer) {
        if (a == b) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.size() && !layer.test(a.get(i).kind())) {
                i++;
            }
            while (j < b.size() && !layer.test(b.get(j).kind())) {
                j++;
            }
            if (i == a.size() || j == b.size()) {
                return i == a.size() && j == b.size();
            }
            if (!a.get(i).equals(b.get(j))) {
                return false;
            }
            i++;
            j++;
        }
    }

    /** The frame cells that hold base-layer marks (tints, veils), or null when there are none in the frame. */
    CellBox baseMarkCells(List<CellMark> marks) {
        CellBox box = null;
        for (CellMark mark : marks) {
            int r = mark.row() + model.padTop;
            int c = mark.col() + model.padLeft;
            if (MarkPainter.isBaseKind(mark.kind()) && r >= 0 && c >= 0 && r < model.frameRows()
                    && c < model.frameCols()) {
                box = new CellBox(r, c, r, c).union(box);
            }
        }
        return box;
    }

    /**
     * The frame cells whose values differ from the previous ones (same shape), null when none does, or
     * {@link #ALL_CELLS} when there is nothing to compare with.
     */
    CellBox changedCells(float[] values, int rows, int cols) {
        int n = rows * cols;
        if (values == null || previousValues == null || previousValues.length != n || n > DIFF_CELLS) {
            return ALL_CELLS;
        }
        int top = rows;
        int bottom = -1;
        int left = cols;
        int right = -1;
        for (int i = 0; i < n; i++) {
            if (Float.floatToRawIntBits(values[i]) != Float.floatToRawIntBits(previousValues[i])) {
                int r = i / cols;
                int c = i % cols;
                top = Math.min(top, r);
                bottom = Math.max(bottom, r);
                left = Math.min(left, c);
                right = Math.max(right, c);
            }
        }
        return bottom < 0 ? null : new CellBox(top + model.padTop, left + model.padLeft,
                bottom + model.padTop, right + model.padLeft);
    }

    void remember(float[] values, int rows, int cols) {
        int n = rows * cols;
        if (values == null || n > DIFF_CELLS) {
            previousValues = null;
            return;
        }
        if (previousValues == null || previousValues.length != n) {
            previousValues = new float[n];
        }
        System.arraycopy(values, 0, previousValues, 0, n);
    }
}
