package fmx.ui.session;

import fmx.core.WindowGeometry;
import fmx.core.trace.CoveredCell;
import fmx.core.trace.OutputTap;
import fmx.core.trace.WindowCoverage;
import fmx.ui.common.CellMark;
import fmx.ui.common.CellMark.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells an output cell reads and which output cells an input cell feeds, as marks for the grids: the core's
 * {@link WindowCoverage} answers, this class only turns its cells into {@link CellMark}s (and merges the windows of a
 * pooled cell). Stateless; cost proportional to the window, never to the whole grid.
 */
public final class ReceptiveFields {
    private ReceptiveFields() {}

    /**
     * The input cells read by output (oy, ox): taps inside the input as WINDOW, taps in the padding as PADDING_TAP,
     * cells between dilated taps as DILATION_GAP. Rows and columns may lie in the padding (negative or past the end).
     */
    public static List<CellMark> window(WindowGeometry g, int oy, int ox) {
        Map<Long, CellMark> marks = new LinkedHashMap<>();
        addWindow(g, oy, ox, marks);
        return new ArrayList<>(marks.values());
    }

    /** The union of the windows of every output cell in rows [y0, y1) and columns [x0, x1). */
    public static List<CellMark> windows(WindowGeometry g, int y0, int y1, int x0, int x1) {
        Map<Long, CellMark> marks = new LinkedHashMap<>();
        for (int oy = y0; oy < y1; oy++) {
            for (int ox = x0; ox < x1; ox++) {
                addWindow(g, oy, ox, marks);
            }
        }
        return new ArrayList<>(marks.values());
    }

    private static void addWindow(WindowGeometry g, int oy, int ox, Map<Long, CellMark> marks) {
        for (CoveredCell cell : new WindowCoverage(g).coveredCells(oy, ox)) {
            Kind kind = cell.gap() ? Kind.DILATION_GAP : cell.padding() ? Kind.PADDING_TAP : Kind.WINDOW;
            long key = ((long) cell.row() << 32) ^ (cell.column() & 0xFFFFFFFFL);
            CellMark old = marks.get(key);
            if (old == null || rank(kind) > rank(old.kind())) {
                marks.put(key, new CellMark(cell.row(), cell.column(), kind));
            }
        }
    }

    private static int rank(Kind kind) {
        return switch (kind) {
            case WINDOW -> 3;
            case PADDING_TAP -> 2;
            default -> 1;
        };
    }

    /** Output cells {oy, ox} whose window has a tap on input cell (iy, ix), row-major, each once. */
    public static List<int[]> fedBy(WindowGeometry g, int iy, int ix) {
        List<OutputTap> feeds = new WindowCoverage(g).feeds(iy, ix);
        List<int[]> cells = new ArrayList<>(feeds.size());
        for (OutputTap t : feeds) {
            cells.add(new int[] {t.outRow(), t.outColumn()});
        }
        return cells;
    }

    /** Marks of the given kind on the cells. */
    public static List<CellMark> marks(List<int[]> cells, Kind kind) {
        List<CellMark> marks = new ArrayList<>(cells.size());
        for (int[] c : cells) {
            marks.add(new CellMark(c[0], c[1], kind));
        }
        return marks;
    }
}
