package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelPresetTest {
    private static float[] w(KernelPreset p, int kh, int kw) {
        return p.weights(kh, kw, new Random(1));
    }

    @Test
    void threeByThreeKernelsHaveTheirTextbookValues() {
        assertArrayEquals(new float[] {-1, 0, 1, -2, 0, 2, -1, 0, 1}, w(KernelPreset.SOBEL_X, 3, 3));
        assertArrayEquals(new float[] {-1, -2, -1, 0, 0, 0, 1, 2, 1}, w(KernelPreset.SOBEL_Y, 3, 3));
        assertArrayEquals(new float[] {-1, 0, 1, -1, 0, 1, -1, 0, 1}, w(KernelPreset.PREWITT_X, 3, 3));
        assertArrayEquals(new float[] {1, 0, -1, 1, 0, -1, 1, 0, -1}, w(KernelPreset.VERTICAL_EDGE, 3, 3));
        assertArrayEquals(new float[] {1, 1, 1, 0, 0, 0, -1, -1, -1}, w(KernelPreset.HORIZONTAL_EDGE, 3, 3));
        assertArrayEquals(new float[] {0, 1, 0, 1, -4, 1, 0, 1, 0}, w(KernelPreset.LAPLACIAN, 3, 3));
        assertArrayEquals(new float[] {0, -1, 0, -1, 5, -1, 0, -1, 0}, w(KernelPreset.SHARPEN, 3, 3));
        assertArrayEquals(new float[] {-2, -1, 0, -1, 1, 1, 0, 1, 2}, w(KernelPreset.EMBOSS, 3, 3));
        assertArrayEquals(new float[] {-1, -1, -1, -1, 8, -1, -1, -1, -1}, w(KernelPreset.OUTLINE, 3, 3));
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 0, 0, 0, 0}, w(KernelPreset.IDENTITY, 3, 3));
        float[] g = w(KernelPreset.GAUSSIAN, 3, 3);
        assertArrayEquals(new float[] {1, 2, 1, 2, 4, 2, 1, 2, 1}, scaled(g, 16), 1e-5f);
    }

    @Test
    void largerKernelsExtendTheIdea() {
        assertArrayEquals(new float[] {-1, -2, 0, 2, 1}, w(KernelPreset.SOBEL_X, 1, 5));
        assertArrayEquals(new float[] {1, 4, 6, 4, 1}, scaled(w(KernelPreset.GAUSSIAN, 1, 5), 16), 1e-5f);
        assertArrayEquals(new float[] {1, -1, 1, -1}, w(KernelPreset.VERTICAL_EDGE, 2, 2));
    }

    @ParameterizedTest
    @EnumSource(KernelPreset.class)
    void everyPresetFitsAnyShape(KernelPreset p) {
        for (int kh = 1; kh <= 11; kh += 3) {
            for (int kw = 1; kw <= 11; kw += 2) {
                assertEquals(kh * kw, w(p, kh, kw).length);
            }
        }
    }

    @Test
    void smoothingKernelsSumToOne() {
        for (KernelPreset p : new KernelPreset[] {KernelPreset.BOX_BLUR, KernelPreset.GAUSSIAN, KernelPreset.SHARPEN,
                KernelPreset.IDENTITY}) {
            float sum = 0;
            for (float v : w(p, 5, 4)) {
                sum += v;
            }
            assertEquals(1, sum, 1e-5, p.label());
        }
    }

    private static float[] scaled(float[] v, float f) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }
}
