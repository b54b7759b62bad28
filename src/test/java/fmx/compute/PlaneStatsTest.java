package fmx.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact min and max; percentiles from the histogram within a bin of the exact ones, sampled or not. */
class PlaneStatsTest {
    @Test
    void minAndMaxAreExactEvenWhenTheHistogramIsSampled() {
        int h = 1500;
        int w = 2000; // 3 M values: the histogram samples every 45th
        float[] data = new float[h * w + 7];
        Random random = new Random(3);
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat();
        }
        data[7 + 1234567] = -40f; // lone outliers the sample is unlikely to hit
        data[7 + 2345678] = 90f;
        PlaneStats s = PlaneStats.of(data, 7, h, w);
        assertEquals(-40f, s.min());
        assertEquals(90f, s.max());
    }

    @Test
    void sampledPercentilesMatchTheExactOnesWithinABinAndHalfAPercent() {
        int h = 1200;
        int w = 1600;
        float[] data = new float[h * w];
        Random random = new Random(5);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
        }
        PlaneStats s = PlaneStats.of(data, 0, h, w);
        float[] sorted = data.clone();
        Arrays.sort(sorted);
        float bin = (s.max() - s.min()) / (PlaneStats.BINS - 1);
        for (double p : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
            float lo = sorted[(int) ((p - 0.006) * sorted.length)];
            float hi = sorted[(int) ((p + 0.006) * sorted.length)];
            float got = s.percentile(p);
            assertEquals(true, got >= lo - bin && got <= hi + bin,
                    "percentile " + p + ": " + got + " outside [" + lo + ", " + hi + "] +- one bin " + bin);
        }
    }

    @Test
    void smallMapsAreCountedInFull() {
        float[] data = {5, 1, 4, 2, 3, 9};
        PlaneStats s = PlaneStats.of(data, 0, 2, 3);
        assertEquals(6, Arrays.stream(s.histogram()).sum());
        assertEquals(1f, s.min());
        assertEquals(9f, s.max());
    }

    @Test
    void theSampleNeverStepsByWholeRows() {
        // A map whose left half is 0 and right half 1: a step of a multiple of the width would see one column only.
        int w = 64;
        int h2 = PlaneStats.SAMPLE; // count = SAMPLE * w: a step of w, bumped to w + 1
        assertEquals(w + 1, PlaneStats.sampleStep(h2 * w, w));
        assertNotEquals(0, PlaneStats.sampleStep(3 * PlaneStats.SAMPLE, w) % w);
        float[] data = new float[h2 * w];
        for (int y = 0; y < h2; y++) {
            Arrays.fill(data, y * w + w / 2, (y + 1) * w, 1f);
        }
        PlaneStats s = PlaneStats.of(data, 0, h2, w);
        assertEquals(0f, s.percentile(0.4), 1e-3);
        assertEquals(1f, s.percentile(0.6), 1e-3);
    }
}
