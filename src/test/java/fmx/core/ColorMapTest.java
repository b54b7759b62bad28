package fmx.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorMapTest {

    @ParameterizedTest
    @EnumSource(ColorMap.class)
    void everyColourIsOpaqueAndOutOfRangeIsClamped(ColorMap map) {
        for (int i = 0; i < ColorMap.TABLE_SIZE; i++) {
            assertEquals(0xFF, map.entry(i) >>> 24, map + " entry " + i);
        }
        assertEquals(map.argb(0), map.argb(-3));
        assertEquals(map.argb(1), map.argb(7));
        assertEquals(map.entry(128), map.argb(Double.NaN));
        assertTrue(!map.label().isBlank());
    }

    @Nested
    class Endpoints {
        @Test
        void divergingRunsFromRdBuBlueThroughNearWhiteToRdBuRed() {
            // RdBu's ends, with the lightness of each end evened out against the other
            assertClose(0xFF2166AC, ColorMap.DIVERGING.argb(0), 12);
            assertClose(0xFFB2182B, ColorMap.DIVERGING.argb(1), 12);
            int mid = ColorMap.DIVERGING.argb(0.5);
            assertTrue(LabInterpolation.lightness(mid) > 96, "middle is near white: " + Integer.toHexString(mid));
        }

        @Test
        void viridisRunsFromItsPublishedPurpleToYellow() {
            assertEquals(0xFF440154, ColorMap.VIRIDIS.argb(0));
            assertEquals(0xFFFDE725, ColorMap.VIRIDIS.argb(1));
            assertEquals(0xFF21918C, ColorMap.VIRIDIS.argb(0.5), "the middle stop");
        }

        @Test
        void grayRunsFromBlackToWhite() {
            assertEquals(0xFF000000, ColorMap.GRAY.argb(0));
            assertEquals(0xFFFFFFFF, ColorMap.GRAY.argb(1));
            assertEquals(0xFF808080, ColorMap.GRAY.argb(0.5));
        }
    }

    @Test
    void divergingIsSymmetricInLightnessAroundTheMiddle() {
        for (int i = 0; i < 128; i++) {
            double low = LabInterpolation.lightness(ColorMap.DIVERGING.entry(i));
            double high = LabInterpolation.lightness(ColorMap.DIVERGING.entry(255 - i));
            assertEquals(low, high, 0.6, "entries " + i + " and " + (255 - i));
        }
        // and its two halves are different hues: blue below the middle, red above
        int below = ColorMap.DIVERGING.argb(0.2);
        int above = ColorMap.DIVERGING.argb(0.8);
        assertTrue((below & 0xFF) > ((below >> 16) & 0xFF), "blue side");
        assertTrue(((above >> 16) & 0xFF) > (above & 0xFF), "red side");
    }

    @Test
    void divergingLightnessRisesToTheMiddleThenFalls() {
        for (int i = 1; i < 256; i++) {
            double prev = LabInterpolation.lightness(ColorMap.DIVERGING.entry(i - 1));
            double cur = LabInterpolation.lightness(ColorMap.DIVERGING.entry(i));
            if (i <= 128) {
                assertTrue(cur >= prev - 0.5, "rises at " + i);
            } else {
                assertTrue(cur <= prev + 0.5, "falls at " + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ColorMap.class, names = {"VIRIDIS", "GRAY"})
    void sequentialMapsGetLighterMonotonically(ColorMap map) {
        double prev = -1;
        for (int i = 0; i < ColorMap.TABLE_SIZE; i++) {
            double l = LabInterpolation.lightness(map.entry(i));
            assertTrue(l >= prev - 0.3, map + " lightness falls at entry " + i + ": " + prev + " -> " + l);
            prev = Math.max(prev, l);
        }
        assertTrue(LabInterpolation.lightness(map.argb(1)) - LabInterpolation.lightness(map.argb(0)) > 60);
    }

    private static void assertClose(int expected, int actual, int perChannel) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= perChannel, Integer.toHexString(expected) + " vs " + Integer.toHexString(actual));
        }
        assertEquals(0xFF, actual >>> 24);
    }

    @Test
    void labRoundTripKeepsColours() {
        for (int rgb : new int[] {0x000000, 0xFFFFFF, 0x2166AC, 0xB2182B, 0x440154, 0x7F7F7F}) {
            double[] lab = LabInterpolation.toLab(rgb);
            assertEquals(0xFF000000 | rgb, LabInterpolation.fromLab(lab[0], lab[1], lab[2]));
        }
    }
}
