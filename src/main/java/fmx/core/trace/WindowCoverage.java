package fmx.core.trace;

import fmx.core.WindowGeometry;
import java.util.ArrayList;
import java.util.List;

/**
 * The two directions of a window's cell mapping, for hovering: which input cells an output cell covers, and which
 * output cells (through which taps) an input cell feeds. Forward positions come from
 * {@link WindowGeometry#inputRow} and {@link WindowGeometry#inputColumn}; the inverse solves
 * {@code row = oy*sy + ky*dy - padTop} for (oy, ky) by trying each tap row. Input coordinates are unpadded and may
 * lie in the padding: rows {@code -padTop .. H+padBottom-1}. Immutable and thread-safe.
 */
public final class WindowCoverage {
    private final WindowGeometry geometry;

    public WindowCoverage(WindowGeometry geometry) {
        this.geometry = geometry;
    }

    public WindowGeometry geometry() {
        return geometry;
    }

    /**
     * The extentY x extentX cells under output cell (oy, ox)'s window, row-major, each marked as padding or not and
     * as a tap or a dilation gap. Without dilation every cell is a tap (kh*kw cells).
     */
    public List<CoveredCell> coveredCells(int oy, int ox) {
        checkOutput(oy, ox);
        int dy = geometry.dilation().y();
        int dx = geometry.dilation().x();
        int top = geometry.inputRow(oy, 0);
        int left = geometry.inputColumn(ox, 0);
        List<CoveredCell> cells = new ArrayList<>(geometry.extentY() * geometry.extentX());
        for (int r = 0; r < geometry.extentY(); r++) {
            for (int s = 0; s < geometry.extentX(); s++) {
                boolean tap = r % dy == 0 && s % dx == 0;
                int row = top + r;
                int column = left + s;
                boolean padding = row < 0 || row >= geometry.inHeight() || column < 0 || column >= geometry.inWidth();
                cells.add(new CoveredCell(row, column, padding, tap ? r / dy : -1, tap ? s / dx : -1));
            }
        }
        return cells;
    }

    /**
     * Every output cell that reads input cell (row, column), with the tap it reads it through, ordered by output
     * cell (row-major). Empty for a cell no window reads (skipped by the stride, or in a gap of every window).
     */
    public List<OutputTap> feeds(int row, int column) {
        if (row < -geometry.padTop() || row >= geometry.inHeight() + geometry.padBottom()
                || column < -geometry.padLeft() || column >= geometry.inWidth() + geometry.padRight()) {
            throw new IndexOutOfBoundsException("input cell (" + row + ", " + column + ") is outside the padded input");
        }
        int[][] rows = solve(row + geometry.padTop(), geometry.kernel().y(), geometry.stride().y(),
                geometry.dilation().y(), geometry.outHeight());
        int[][] columns = solve(column + geometry.padLeft(), geometry.kernel().x(), geometry.stride().x(),
                geometry.dilation().x(), geometry.outWidth());
        List<OutputTap> feeds = new ArrayList<>(rows.length * columns.length);
        for (int[] r : rows) {
            for (int[] c : columns) {
                feeds.add(new OutputTap(r[0], c[0], r[1], c[1]));
            }
        }
        return feeds;
    }

    /** The (output, tap) pairs on one axis with {@code out*s + k*d == padded}, by ascending output index. */
    private static int[][] solve(int padded, int kernel, int stride, int dilation, int outSize) {
        List<int[]> pairs = new ArrayList<>();
        for (int k = kernel - 1; k >= 0; k--) { // descending tap = ascending output
            int t = padded - k * dilation;
            if (t >= 0 && t % stride == 0 && t / stride < outSize) {
                pairs.add(new int[] {t / stride, k});
            }
        }
        return pairs.toArray(new int[0][]);
    }

    private void checkOutput(int oy, int ox) {
        if (oy < 0 || oy >= geometry.outHeight() || ox < 0 || ox >= geometry.outWidth()) {
            throw new IndexOutOfBoundsException("output cell (" + oy + ", " + ox + ") is outside the "
                    + geometry.outHeight() + "x" + geometry.outWidth() + " output");
        }
    }
}
