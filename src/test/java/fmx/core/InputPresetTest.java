package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class InputPresetTest {
    @ParameterizedTest
    @EnumSource(InputPreset.class)
    void everyPresetFillsTheGrid(InputPreset p) {
        for (int[] size : new int[][] {{1, 1}, {5, 7}, {28, 28}, {64, 40}}) {
            int[] fixed = p.fixedSize();
            int h = fixed == null ? size[0] : fixed[0];
            int w = fixed == null ? size[1] : fixed[1];
            assertEquals(h * w, p.values(size[0], size[1], new Random(3)).length);
        }
    }

    @Test
    void digitsAreDrawnInOnesOnZeros() {
        float[] one = InputPreset.DIGIT_1.values(28, 28, new Random(0));
        int on = 0;
        for (float v : one) {
            assertTrue(v == 0 || v == 1);
            on += (int) v;
        }
        assertTrue(on > 40 && on < 28 * 28 / 2, "a thin digit: " + on);
    }

    @Test
    void theCrossIsSymmetric() {
        float[] v = InputPreset.CROSS.values(5, 5, new Random(0));
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0}, v);
    }
}
