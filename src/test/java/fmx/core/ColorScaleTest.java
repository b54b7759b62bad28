package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorScaleTest {

    @Nested
    class Fit {
        @Test
        void divergingIsSymmetricAroundZeroWithTheLargestMagnitude() {
            assertEquals(new ColorScale(ColorMap.DIVERGING, -5f, 5f), ColorScale.fit(ColorMap.DIVERGING, -2f, 5f));
            assertEquals(new ColorScale(ColorMap.DIVERGING, -7f, 7f), ColorScale.fit(ColorMap.DIVERGING, -7f, 3f));
            assertEquals(new ColorScale(ColorMap.DIVERGING, -9f, 9f), ColorScale.fit(ColorMap.DIVERGING, 1f, 9f),
                    "all positive still centres 0");
        }

        @Test
        void zeroOnTheDivergingScaleIsTheNeutralMiddle() {
            ColorScale s = ColorScale.fit(ColorMap.DIVERGING, -2f, 5f);
            assertEquals(ColorMap.DIVERGING.argb(0.5), s.argb(0f));
        }

        @Test
        void sequentialMapsUseMinToMax() {
            assertEquals(new ColorScale(ColorMap.VIRIDIS, -2f, 5f), ColorScale.fit(ColorMap.VIRIDIS, -2f, 5f));
            assertEquals(new ColorScale(ColorMap.GRAY, 0f, 255f), ColorScale.fit(ColorMap.GRAY, 255f, 0f),
                    "swapped bounds are put in order");
        }

        @Test
        void nonFiniteBoundsCountAsZero() {
            assertEquals(new ColorScale(ColorMap.VIRIDIS, 0f, 3f),
                    ColorScale.fit(ColorMap.VIRIDIS, Float.NaN, 3f));
            assertEquals(new ColorScale(ColorMap.DIVERGING, -2f, 2f),
                    ColorScale.fit(ColorMap.DIVERGING, -2f, Float.POSITIVE_INFINITY));
        }

        @Test
        void fitToValuesFindsTheirRange() {
            float[] v = {9, 1, -3, 4, 100};
            assertEquals(new ColorScale(ColorMap.GRAY, -3f, 4f), ColorScale.fit(ColorMap.GRAY, v, 1, 3));
            assertEquals(new ColorScale(ColorMap.DIVERGING, 0f, 0f), ColorScale.fit(ColorMap.DIVERGING, v, 0, 0));
        }
    }

    @Test
    void lowAndHighGetTheEndColoursAndOutsideIsClamped() {
        ColorScale s = new ColorScale(ColorMap.VIRIDIS, 2f, 6f);
        assertEquals(ColorMap.VIRIDIS.argb(0), s.argb(2f));
        assertEquals(ColorMap.VIRIDIS.argb(1), s.argb(6f));
        assertEquals(ColorMap.VIRIDIS.argb(0.5), s.argb(4f));
        assertEquals(ColorMap.VIRIDIS.argb(0), s.argb(-100f));
        assertEquals(ColorMap.VIRIDIS.argb(1), s.argb(1e9f));
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void aDegenerateRangeOrNaNGivesTheMiddleColour(ColorMap map) {
        int middle = map.argb(0.5);
        assertFalse(new ColorScale(map, 3f, 3f).isProper());
        assertEquals(middle, new ColorScale(map, 3f, 3f).argb(3f));
        assertEquals(middle, new ColorScale(map, 5f, 1f).argb(2f));
        assertEquals(middle, new ColorScale(map, 0f, Float.NaN).argb(2f));
        assertEquals(middle, new ColorScale(map, 0f, 1f).argb(Float.NaN));
        assertEquals(0.5, new ColorScale(map, 3f, 3f).position(3f));
    }

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void bulkFillEqualsPerValueColours(ColorMap map) {
        Random rnd = new Random(42);
        float[] values = new float[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (rnd.nextGaussian() * 4);
        }
        values[3] = Float.NaN;
        values[4] = Float.POSITIVE_INFINITY;
        values[5] = Float.NEGATIVE_INFINITY;
        for (ColorScale s : new ColorScale[] {ColorScale.fit(map, -3f, 5f), new ColorScale(map, 1f, 1f),
                new ColorScale(map, -1e-6f, 1e-6f)}) {
            int[] out = new int[values.length + 7];
            s.fill(values, 2, 990, out, 7);
            int[] expected = new int[out.length];
            for (int i = 0; i < 990; i++) {
                expected[7 + i] = s.argb(values[2 + i]);
            }
            assertArrayEquals(expected, out, s.toString());
        }
    }

    @Test
    void colourPositionsAreMonotonicInTheValue() {
        ColorScale s = new ColorScale(ColorMap.GRAY, -1f, 1f);
        int prev = -1;
        for (float v = -1.2f; v <= 1.2f; v += 0.01f) {
            int grey = s.argb(v) & 0xFF;
            assertTrue(grey >= prev, "at " + v);
            prev = grey;
        }
    }

    @Test
    void aScaleNeedsAMap() {
        assertThrows(IllegalArgumentException.class, () -> new ColorScale(null, 0f, 1f));
    }
}
