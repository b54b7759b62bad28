package fmx.core;

import static fmx.core.RandomData.between;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link PoolLayer} and {@link ActivationLayer} against {@link NaiveReference} on random inputs (fixed seeds). */
class PoolingAndActivationAgainstReferenceTest {
    private static final int CASES = 400;

    @Nested
    class Pooling {
        @ParameterizedTest
        @EnumSource(PoolMode.class)
        void matchesTheReferenceOnRandomWindowsAndStrides(PoolMode mode) {
            Random random = new Random(7_000 + mode.ordinal());
            int compared = 0;
            int rejected = 0;
            for (int i = 0; i < CASES; i++) {
                float[][][] values = RandomData.values(random, between(random, 1, 4), between(random, 1, 20),
                        between(random, 1, 20));
                int kh = between(random, 1, 6);
                int kw = between(random, 1, 6);
                boolean defaultStride = random.nextInt(4) == 0;
                int sy = defaultStride ? kh : between(random, 1, 3);
                int sx = defaultStride ? kw : between(random, 1, 3);
                PoolLayer layer = defaultStride ? PoolLayer.of(mode, Int2.of(kh, kw))
                        : new PoolLayer(mode, Int2.of(kh, kw), Int2.of(sy, sx));
                Tensor input = Tensor.of(values);
                String what = "case " + i + ": " + mode + " pool " + kh + "x" + kw + " stride " + sy + "x" + sx
                        + " over " + input.shape();
                if (kh > values[0].length || kw > values[0][0].length) {
                    assertThrows(InvalidSettingException.class,
                            () -> layer.apply(input, Parallelism.serial(), Cancellation.NONE), what);
                    rejected++;
                    continue;
                }
                Tensor out = layer.apply(input, Parallelism.serial(), Cancellation.NONE);
                NaiveReference.Result expected = NaiveReference.pool(values, mode == PoolMode.MAX, kh, kw, sy, sx);
                RandomData.assertClose(expected, out, what);
                if (mode == PoolMode.MAX) {
                    assertMaxIsExact(expected, out, what);
                }
                compared++;
            }
            assertTrue(compared >= CASES / 2 && rejected >= 20, "compared " + compared + ", rejected " + rejected);
        }

        /** A maximum picks one of the inputs: no rounding at all. */
        private static void assertMaxIsExact(NaiveReference.Result expected, Tensor out, String what) {
            double[][][] e = expected.values();
            for (int c = 0; c < e.length; c++) {
                for (int y = 0; y < e[c].length; y++) {
                    for (int x = 0; x < e[c][y].length; x++) {
                        assertEquals((float) e[c][y][x], out.get(c, y, x), 0f, what);
                    }
                }
            }
        }
    }

    @Nested
    class Activations {
        @ParameterizedTest
        @EnumSource(ActivationFunction.class)
        void matchesTheReferenceOnRandomValuesOfEveryScale(ActivationFunction function) {
            Random random = new Random(9_000 + function.ordinal());
            NaiveReference.Activation reference = NaiveReference.Activation.valueOf(function.name());
            for (int i = 0; i < CASES; i++) {
                float slope = random.nextBoolean() ? ActivationLayer.DEFAULT_SLOPE : random.nextFloat();
                ActivationLayer layer = new ActivationLayer(function, slope);
                float scale = new float[] {1e-4f, 1f, 5f, 40f}[random.nextInt(4)];
                float[][][] values = RandomData.values(random, between(random, 1, 4), between(random, 1, 20),
                        between(random, 1, 20));
                for (float[][] channel : values) {
                    for (float[] row : channel) {
                        for (int x = 0; x < row.length; x++) {
                            row[x] *= scale;
                        }
                    }
                }
                Tensor out = layer.apply(Tensor.of(values), Parallelism.serial(), Cancellation.NONE);
                for (int c = 0; c < values.length; c++) {
                    for (int y = 0; y < values[c].length; y++) {
                        for (int x = 0; x < values[c][y].length; x++) {
                            float z = values[c][y][x];
                            double want = NaiveReference.activate(reference, z, slope);
                            // Piecewise-linear functions are exact in float; the smooth ones within float rounding.
                            double allowed = switch (function) {
                                case IDENTITY, RELU, LEAKY_RELU -> 0.0;
                                case SIGMOID, TANH -> 1e-6 * Math.abs(want) + 1e-7;
                            };
                            int index = i;
                            Supplier<String> what = () -> "case " + index + ": " + function.id() + "(" + z
                                    + "), slope " + slope;
                            assertEquals((float) want, out.get(c, y, x), allowed, what);
                            assertEquals(out.get(c, y, x), layer.apply(z), 0f, what);
                        }
                    }
                }
                assertEquals(Tensor.of(values).shape(), out.shape());
            }
        }

        @Test
        void leakyReluUsesTheDefaultSlopeOfOneHundredth() {
            ActivationLayer layer = ActivationLayer.of(ActivationFunction.LEAKY_RELU);
            assertEquals(-0.02f, layer.apply(-2f), 0f);
            assertEquals(3f, layer.apply(3f), 0f);
        }

        @ParameterizedTest
        @EnumSource(ActivationFunction.class)
        void isFoundByItsSessionName(ActivationFunction function) {
            assertEquals(function, ActivationFunction.byId(function.id()));
        }

        @Test
        void anUnknownNameListsTheKnownOnes() {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> ActivationFunction.byId("softmax"));
            assertEquals("function: unknown activation \"softmax\" (known: identity, relu, leaky_relu, sigmoid, tanh)",
                    e.getMessage());
        }
    }
}
