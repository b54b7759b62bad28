package fmx.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.Int2;
import fmx.core.Padding;
import fmx.core.WindowGeometry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowCoverageTest {

    /** Every (output cell, tap) pair found from the output side is found from the input side, and nothing else. */
    @Test
    void inverseMapAgreesWithTheForwardMapOnRandomGeometries() {
        RandomSettings random = new RandomSettings(8);
        for (int k = 0; k < 200; k++) {
            RandomSettings.Case c = random.next();
            WindowGeometry g = c.conv().geometry(c.input().shape());
            WindowCoverage coverage = new WindowCoverage(g);
            Set<List<Integer>> forward = new HashSet<>();
            for (int oy = 0; oy < g.outHeight(); oy++) {
                for (int ox = 0; ox < g.outWidth(); ox++) {
                    List<CoveredCell> cells = coverage.coveredCells(oy, ox);
                    assertEquals(g.extentY() * g.extentX(), cells.size());
                    int taps = 0;
                    for (CoveredCell cell : cells) {
                        assertEquals(cell.row() < 0 || cell.row() >= g.inHeight() || cell.column() < 0
                                || cell.column() >= g.inWidth(), cell.padding());
                        if (!cell.gap()) {
                            taps++;
                            assertEquals(g.inputRow(oy, cell.ky()), cell.row());
                            assertEquals(g.inputColumn(ox, cell.kx()), cell.column());
                            forward.add(List.of(cell.row(), cell.column(), oy, ox, cell.ky(), cell.kx()));
                        }
                    }
                    assertEquals(g.kernel().y() * g.kernel().x(), taps, c.toString());
                }
            }
            Set<List<Integer>> inverse = new HashSet<>();
            for (int row = -g.padTop(); row < g.inHeight() + g.padBottom(); row++) {
                for (int column = -g.padLeft(); column < g.inWidth() + g.padRight(); column++) {
                    OutputTap previous = null;
                    for (OutputTap t : coverage.feeds(row, column)) {
                        assertTrue(inverse.add(List.of(row, column, t.outRow(), t.outColumn(), t.ky(), t.kx())));
                        if (previous != null) { // row-major by output cell
                            assertTrue(previous.outRow() < t.outRow() || previous.outRow() == t.outRow()
                                    && previous.outColumn() < t.outColumn());
                        }
                        previous = t;
                    }
                }
            }
            assertEquals(forward, inverse, c.toString());
        }
    }

    @Test
    void marksDilationGapsAndPadding() {
        WindowGeometry g = WindowGeometry.of(4, 4, Int2.of(2), Int2.of(1), Padding.of(1), Int2.of(2));
        List<CoveredCell> cells = new WindowCoverage(g).coveredCells(0, 0);
        assertEquals(9, cells.size());
        assertEquals(new CoveredCell(-1, -1, true, 0, 0), cells.get(0));
        assertEquals(new CoveredCell(-1, 0, true, -1, -1), cells.get(1));
        assertTrue(cells.get(1).gap());
        assertEquals(new CoveredCell(0, 0, false, -1, -1), cells.get(4));
        assertEquals(new CoveredCell(1, 1, false, 1, 1), cells.get(8));
        assertFalse(cells.get(8).gap());
    }

    @Test
    void aCellSkippedByTheStrideFeedsNothing() {
        WindowGeometry g = WindowGeometry.of(5, 5, Int2.of(1), Int2.of(2), Padding.VALID, Int2.of(1));
        WindowCoverage coverage = new WindowCoverage(g);
        assertTrue(coverage.feeds(1, 0).isEmpty());
        assertEquals(List.of(new OutputTap(1, 2, 0, 0)), coverage.feeds(2, 4));
    }
}
