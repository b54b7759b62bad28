package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vector scan gives what Math.min/Math.max give one value at a time, at every length and offset. */
class MinMaxTest {
    @Test
    void matchesTheScalarLoopOnRandomRuns() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            float[] data = new float[random.nextInt(1, 400)];
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) (random.nextGaussian() * 100);
            }
            int offset = random.nextInt(data.length);
            int count = random.nextInt(data.length - offset + 1);
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = offset; i < offset + count; i++) {
                lo = Math.min(lo, data[i]);
                hi = Math.max(hi, data[i]);
            }
            assertArrayEquals(new float[] {lo, hi}, MinMax.of(data, offset, count), "offset " + offset + " count " + count);
        }
    }

    @Test
    void aNaNAnywhereMakesBothNaN() {
        for (int at = 0; at < 150; at++) { // in each of the four sums of a 16-lane scan, its one-vector rest and tail
            float[] data = new float[150];
            data[at] = Float.NaN;
            float[] r = MinMax.of(data, 0, data.length);
            assertTrue(Float.isNaN(r[0]) && Float.isNaN(r[1]), "NaN at " + at);
        }
    }
}
