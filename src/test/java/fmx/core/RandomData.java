package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/** Random arrays for the randomised tests, and the comparison of a core tensor with a reference result. */
final class RandomData {
    /** Float rounding allowed per unit of magnitude: far above float's 6e-8 times the 144 terms at most summed. */
    static final double RELATIVE_TOLERANCE = 2e-5;

    private RandomData() {}

    static int between(Random random, int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    /** [C][H][W] values in [-1, 1), about one in ten exactly zero (as a ReLU output would hold). */
    static float[][][] values(Random random, int c, int h, int w) {
        float[][][] v = new float[c][h][w];
        for (float[][] channel : v) {
            for (float[] row : channel) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = random.nextInt(10) == 0 ? 0f : random.nextFloat() * 2 - 1;
                }
            }
        }
        return v;
    }

    static float[][][][] weights(Random random, int n, int c, int kh, int kw) {
        float[][][][] w = new float[n][][][];
        for (int i = 0; i < n; i++) {
            w[i] = values(random, c, kh, kw);
        }
        return w;
    }

    static float[] floats(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextFloat() * 2 - 1;
        }
        return v;
    }

    /** Same shape, and every value within {@link #RELATIVE_TOLERANCE} times its magnitude (plus a hair). */
    static void assertClose(NaiveReference.Result expected, Tensor actual, String what) {
        double[][][] e = expected.values();
        assertArrayEquals(new int[] {e.length, e[0].length, e[0][0].length},
                new int[] {actual.channels(), actual.height(), actual.width()}, what + ": shape");
        for (int c = 0; c < e.length; c++) {
            for (int y = 0; y < e[c].length; y++) {
                for (int x = 0; x < e[c][y].length; x++) {
                    double want = e[c][y][x];
                    double got = actual.get(c, y, x);
                    double allowed = RELATIVE_TOLERANCE * expected.magnitude()[c][y][x] + 1e-7;
                    int cc = c;
                    int yy = y;
                    int xx = x;
                    assertTrue(Math.abs(want - got) <= allowed, () -> what + ": value at (" + cc + ", " + yy + ", "
                            + xx + ") is " + got + ", the reference gives " + want + " (allowed error " + allowed + ")");
                }
            }
        }
    }
}
