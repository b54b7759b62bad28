package fmx.ui.session;

import fmx.core.WindowGeometry;
import fmx.ui.common.CellMark;
import fmx.ui.common.CellMark.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells an output cell reads and which output cells an input cell feeds, as marks for the grids. Uses the
 * geometry's own tap formula ({@link WindowGeometry#inputRow}) so the highlight cannot disagree with the numbers.
 * Stateless; cost proportional to the window, never to the whole grid.
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
        int top = g.inputRow(oy, 0);
        int left = g.inputColumn(ox, 0);
        int dy = g.dilation().y();
        int dx = g.dilation().x();
        for (int y = top; y < top + g.extentY(); y++) {
            for (int x = left; x < left + g.extentX(); x++) {
                boolean tap = (y - top) % dy == 0 && (x - left) % dx == 0;
                boolean inside = y >= 0 && y < g.inHeight() && x >= 0 && x < g.inWidth();
                Kind kind = !tap ? Kind.DILATION_GAP : inside ? Kind.WINDOW : Kind.PADDING_TAP;
                long key = ((long) y << 32) ^ (x & 0xFFFFFFFFL);
                CellMark old = marks.get(key);
                if (old == null || rank(kind) > rank(old.kind())) {
                    marks.put(key, new CellMark(y, x, kind));
                }
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

    /** Output cells {oy, ox} whose window has a tap on input cell (iy, ix). */
    public static List<int[]> fedBy(WindowGeometry g, int iy, int ix) {
        List<Integer> rows = outputsOnAxis(iy + g.padTop(), g.kernel().y(), g.stride().y(), g.dilation().y(),
                g.outHeight());
        List<Integer> cols = outputsOnAxis(ix + g.padLeft(), g.kernel().x(), g.stride().x(), g.dilation().x(),
                g.outWidth());
        List<int[]> cells = new ArrayList<>(rows.size() * cols.size());
        for (int oy : rows) {
            for (int ox : cols) {
                cells.add(new int[] {oy, ox});
            }
        }
        return cells;
    }

    private static List<Integer> outputsOnAxis(int padded, int k, int s, int d, int out) {
        List<Integer> hits = new ArrayList<>();
        for (int t = k - 1; t >= 0; t--) { // ascending output index
            int start = padded - t * d;
            if (start >= 0 && start % s == 0 && start / s < out) {
                hits.add(start / s);
            }
        }
        return hits;
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
