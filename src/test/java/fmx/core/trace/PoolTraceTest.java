package fmx.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.Cancellation;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.Parallelism;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Tensor;
import fmx.core.WindowGeometry;
import org.junit.jupiter.api.Test;

class PoolTraceTest {

    @Test
    void stepsResultsAndWinnersEqualPoolLayerOnRandomMaps() {
        RandomSettings random = new RandomSettings(99);
        int checked = 0;
        for (int k = 0; k < 300; k++) {
            Tensor map = random.tensor(1 + random.nextInt(3), 1 + random.nextInt(9), 1 + random.nextInt(9));
            PoolLayer pool = new PoolLayer(random.nextInt(2) == 0 ? PoolMode.MAX : PoolMode.AVG,
                    Int2.of(1 + random.nextInt(3), 1 + random.nextInt(3)), Int2.of(1 + random.nextInt(3), 1 + random.nextInt(3)));
            Tensor expected;
            try {
                expected = pool.apply(map, Parallelism.serial(), Cancellation.NONE);
            } catch (InvalidSettingException e) {
                continue; // window larger than the map
            }
            for (int c = 0; c < map.channels(); c++) {
                PoolTrace trace = PoolTrace.of(ValueGrid.channel(map, c), c, pool);
                WindowGeometry g = trace.geometry();
                assertEquals(expected.height() * expected.width(), trace.stepCount());
                for (int i = 0; i < trace.stepCount(); i++) {
                    PoolStep step = trace.step(i);
                    String where = pool + " on " + map.shape() + ", channel " + c + ", step " + i;
                    assertEquals(i / g.outWidth(), step.outRow(), where);
                    assertEquals(i % g.outWidth(), step.outColumn(), where);
                    assertEquals(expected.get(c, step.outRow(), step.outColumn()), step.result(), where);
                    assertEquals(pool.size().y() * pool.size().x(), step.cells().size(), where);
                    for (PoolCell cell : step.cells()) {
                        assertEquals(map.get(c, cell.row(), cell.column()), cell.value(), where);
                        assertEquals(g.inputRow(step.outRow(), cell.ky()), cell.row(), where);
                    }
                    if (pool.mode() == PoolMode.MAX) {
                        assertEquals(firstMax(step), step.winner(), where);
                    } else {
                        assertEquals(-1, step.winner(), where);
                        assertNull(step.winnerCell(), where);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "too few steps checked: " + checked);
    }

    @Test
    void aTieGoesToTheFirstCellInRowMajorOrder() {
        Tensor map = Tensor.of(new float[][] {{1, 5, 5}, {5, 0, 2}});
        PoolTrace trace = PoolTrace.of(ValueGrid.channel(map, 0), 0, new PoolLayer(PoolMode.MAX, Int2.of(2), Int2.of(1)));
        assertEquals(2, trace.stepCount());
        PoolStep first = trace.step(0);
        assertEquals(1, first.winner());
        assertEquals(new PoolCell(0, 1, 0, 1, 5f), first.winnerCell());
        assertEquals(new PoolCell(0, 0, 0, 1, 5f), trace.step(1).winnerCell());
    }

    @Test
    void averageShowsTheSumAndItsShare() {
        Tensor map = Tensor.of(new float[][] {{0, 3}, {1, 2}});
        PoolStep step = PoolTrace.of(ValueGrid.channel(map, 0), 0, PoolLayer.of(PoolMode.AVG, Int2.of(2))).step(0);
        assertEquals(6f, step.sum());
        assertEquals(1.5f, step.result());
        assertEquals(0, step.top());
        assertEquals(0, step.left());
    }

    private static int firstMax(PoolStep step) {
        int best = 0;
        for (int k = 1; k < step.cells().size(); k++) {
            if (step.cells().get(k).value() > step.cells().get(best).value()) {
                best = k;
            }
        }
        return best;
    }
}
