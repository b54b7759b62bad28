package fmx.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The vector and scalar engine paths and the original {@link Convolution} against a naive reference. */
class ConvolutionEngineTest {
    private static final int LANES = FloatVector.SPECIES_PREFERRED.length();
    private static ForkJoinPool pool;

    @BeforeAll
    static void startPool() {
        pool = new ForkJoinPool(3);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdown();
    }

    /** A random valid case; widths span below one vector to beyond a 4-vector block, odd and lane-unaligned. */
    record Case(ConvLayer layer, Tensor input) {
        @Override
        public String toString() {
            WindowGeometry g = layer.geometry(input.shape());
            return "input " + input.shape() + ", " + layer.filters() + ", stride " + layer.stride() + ", padding "
                    + layer.padding() + ", dilation " + layer.dilation() + ", flip " + layer.flip() + " -> out "
                    + g.outHeight() + "x" + g.outWidth();
        }
    }

    static List<Case> randomCases(long seed, int count) {
        Random r = new Random(seed);
        int[] widths = {1, 2, 3, LANES - 1, LANES + 1, 2 * LANES - 1, 2 * LANES + 3, 4 * LANES + 5, 5 * LANES + 1,
            9 * LANES - 3, 37};
        List<Case> cases = new ArrayList<>();
        while (cases.size() < count) {
            int c = 1 + r.nextInt(4);
            int h = 1 + r.nextInt(12);
            int w = r.nextBoolean() ? widths[r.nextInt(widths.length)] : 1 + r.nextInt(80);
            int n = r.nextInt(4) == 0 ? 16 + r.nextInt(6) : 1 + r.nextInt(10);
            Int2 kernel = Int2.of(1 + r.nextInt(5), 1 + r.nextInt(7));
            Int2 stride = r.nextInt(3) == 0 ? Int2.of(1 + r.nextInt(3), 1 + r.nextInt(3)) : Int2.of(1);
            Int2 dilation = r.nextInt(4) == 0 ? Int2.of(1 + r.nextInt(2), 1 + r.nextInt(3)) : Int2.of(1);
            Padding padding = switch (r.nextInt(4)) {
                case 0 -> Padding.VALID;
                case 1 -> stride.equals(Int2.of(1)) ? Padding.SAME : Padding.of(1);
                default -> Padding.of(r.nextInt(4), r.nextInt(4));
            };
            ConvLayer layer = new ConvLayer(randomFilters(r, n, c, kernel), stride, padding, dilation, r.nextBoolean());
            try {
                layer.geometry(new Shape3(c, h, w));
            } catch (InvalidSettingException e) {
                continue; // kernel larger than the padded input: not a case
            }
            cases.add(new Case(layer, randomTensor(r, c, h, w)));
        }
        return cases;
    }

    static FilterBank randomFilters(Random r, int n, int c, Int2 k) {
        float[] w = new float[n * c * k.y() * k.x()];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextFloat() * 2 - 1;
        }
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            b[i] = r.nextFloat() - 0.5f;
        }
        return new FilterBank(n, c, k.y(), k.x(), w, b);
    }

    static Tensor randomTensor(Random r, int c, int h, int w) {
        Tensor t = Tensor.zeros(c, h, w);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextFloat() * 2 - 1;
        }
        return t;
    }

    static void assertMatchesReference(Case k, Tensor actual, String path) {
        EngineReference ref = new EngineReference(k.layer(), k.input());
        assertEquals(k.layer().outputShape(k.input().shape()), actual.shape(), path + ": shape for " + k);
        float[] a = actual.data();
        for (int i = 0; i < a.length; i++) {
            double tolerance = 1e-6 * (1 + ref.magnitudes[i]) * 8;
            if (!(Math.abs(a[i] - ref.values[i]) <= tolerance)) {
                fail(path + ": value " + i + " is " + a[i] + ", reference " + ref.values[i] + " for " + k);
            }
        }
    }

    static void assertSameValues(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToIntBits(expected[i] + 0f) != Float.floatToIntBits(actual[i] + 0f)) {
                fail(what + ": value " + i + " is " + actual[i] + ", expected " + expected[i]);
            }
        }
    }

    @Nested
    class AgainstTheReference {
        private final List<Case> cases = randomCases(20260505L, 300);

        void check(String path, BiFunction<ConvLayer, Tensor, Tensor> conv) {
            for (Case k : cases) {
                assertMatchesReference(k, conv.apply(k.layer(), k.input()), path);
            }
        }

        @Test
        void vectorPathMatchesOnRandomShapes() {
            check("vector", (l, in) -> ConvolutionEngine.vector().convolve(l, in, Parallelism.serial(), Cancellation.NONE));
        }

        @Test
        void scalarPathMatchesOnRandomShapes() {
            check("scalar", (l, in) -> ConvolutionEngine.scalar().convolve(l, in, Parallelism.serial(), Cancellation.NONE));
        }

        @Test
        void originalConvolutionMatchesOnRandomShapes() {
            check("Convolution", (l, in) -> Convolution.apply(l, in, Parallelism.serial(), Cancellation.NONE));
        }

        @Test
        void vectorAndScalarPathsAgree() {
            for (Case k : cases) {
                float[] v = ConvolutionEngine.vector().convolve(k.layer(), k.input(), Parallelism.serial(),
                        Cancellation.NONE).data();
                float[] s = ConvolutionEngine.scalar().convolve(k.layer(), k.input(), Parallelism.serial(),
                        Cancellation.NONE).data();
                EngineReference ref = new EngineReference(k.layer(), k.input());
                for (int i = 0; i < v.length; i++) {
                    double tolerance = 1e-6 * (1 + ref.magnitudes[i]) * 8;
                    assertTrue(Math.abs(v[i] - s[i]) <= tolerance, "value " + i + ": vector " + v[i] + ", scalar "
                            + s[i] + " for " + k);
                }
            }
        }
    }

    @Nested
    class EdgeShapes {
        private final Random r = new Random(7);

        Case of(int c, int h, int w, int n, int kh, int kw, Int2 stride, Padding padding, Int2 dilation) {
            return new Case(new ConvLayer(randomFilters(r, n, c, Int2.of(kh, kw)), stride, padding, dilation, false),
                    randomTensor(r, c, h, w));
        }

        @Test
        void namedEdgeCasesMatchOnEveryPath() {
            List<Case> cases = List.of(
                    of(1, 1, 1, 1, 1, 1, Int2.of(1), Padding.VALID, Int2.of(1)),             // 1 x 1 image
                    of(2, 9, 1, 3, 3, 3, Int2.of(1), Padding.of(1), Int2.of(1)),             // 1-wide image
                    of(1, 5, 7, 2, 7, 9, Int2.of(1), Padding.of(1), Int2.of(1)),             // kernel = padded input
                    of(3, 6, 4 * LANES + 3, 16, 3, 3, Int2.of(1), Padding.of(1), Int2.of(1)), // N = 16, odd width
                    of(3, 7, 2 * LANES + 1, 20, 5, 5, Int2.of(2), Padding.of(2), Int2.of(1)), // stride 2, odd width
                    of(2, 5, 6 * LANES - 1, 4, 7, 7, Int2.of(1), Padding.of(3), Int2.of(1)),  // big kernel, 4 filters
                    of(1, 9, 3 * LANES + 2, 9, 3, 3, Int2.of(3, 2), Padding.of(0, 1), Int2.of(2, 3)));
            for (Case k : cases) {
                assertMatchesReference(k, ConvolutionEngine.vector().convolve(k.layer(), k.input(),
                        Parallelism.serial(), Cancellation.NONE), "vector");
                assertMatchesReference(k, ConvolutionEngine.scalar().convolve(k.layer(), k.input(),
                        Parallelism.serial(), Cancellation.NONE), "scalar");
                assertMatchesReference(k, Convolution.apply(k.layer(), k.input(), Parallelism.serial(),
                        Cancellation.NONE), "Convolution");
            }
        }

        @Test
        void aReusedDestinationIsFullyOverwritten() {
            Case k = of(3, 20, 3 * LANES + 5, 10, 3, 3, Int2.of(1), Padding.of(1), Int2.of(1));
            float[] dest = new float[(int) k.layer().outputShape(k.input().shape()).volume()];
            java.util.Arrays.fill(dest, Float.NaN);
            Tensor out = ConvolutionEngine.vector().convolve(k.layer(), k.input(), dest, Parallelism.serial(),
                    Cancellation.NONE);
            assertTrue(out.data() == dest, "the output wraps the destination");
            assertMatchesReference(k, out, "vector into a reused destination");
        }
    }

    @Nested
    class Parallel {
        @Test
        void parallelEqualsSerialBitwiseOnEveryPath() {
            Random r = new Random(11);
            for (ConvolutionEngine engine : List.of(ConvolutionEngine.vector(), ConvolutionEngine.scalar())) {
                for (int i = 0; i < 6; i++) {
                    int c = 1 + r.nextInt(3);
                    int n = 1 + r.nextInt(20);
                    ConvLayer layer = new ConvLayer(randomFilters(r, n, c, Int2.of(3, 1 + r.nextInt(5))),
                            Int2.of(1 + r.nextInt(2)), Padding.of(1), Int2.of(1), i % 2 == 0);
                    Tensor in = randomTensor(r, c, 70 + r.nextInt(30), 60 + r.nextInt(90));
                    float[] serial = engine.convolve(layer, in, Parallelism.serial(), Cancellation.NONE).data();
                    float[] parallel = engine.convolve(layer, in, Parallelism.of(pool), Cancellation.NONE).data();
                    assertSameValues(serial, parallel, engine.name() + " parallel vs serial");
                }
            }
        }
    }

    @Nested
    class Fused {
        List<Tensor> stages(ConvolutionEngine engine, ConvLayer conv, PoolLayer p, Tensor in) {
            Tensor c = engine.convolve(conv, in, Parallelism.serial(), Cancellation.NONE);
            Tensor a = ActivationLayer.of(ActivationFunction.RELU).apply(c, Parallelism.serial(), Cancellation.NONE);
            return List.of(c, a, p.apply(a, Parallelism.serial(), Cancellation.NONE));
        }

        @Test
        void convReluPoolEqualsTheThreeStages() {
            Random r = new Random(5);
            List<PoolLayer> pools = List.of(PoolLayer.of(PoolMode.MAX, Int2.of(2)), PoolLayer.of(PoolMode.AVG, Int2.of(2)),
                    new PoolLayer(PoolMode.MAX, Int2.of(3), Int2.of(2)), PoolLayer.of(PoolMode.MAX, Int2.of(2, 3)),
                    new PoolLayer(PoolMode.MAX, Int2.of(1), Int2.of(3)));
            for (ConvolutionEngine engine : List.of(ConvolutionEngine.vector(), ConvolutionEngine.scalar())) {
                for (int i = 0; i < 30; i++) {
                    int c = 1 + r.nextInt(3);
                    int n = i % 3 == 0 ? 16 + r.nextInt(5) : 1 + r.nextInt(9);
                    ConvLayer conv = new ConvLayer(randomFilters(r, n, c, Int2.of(3)), Int2.of(1), Padding.of(1),
                            Int2.of(1), false);
                    Tensor in = randomTensor(r, c, 6 + r.nextInt(40), 6 + r.nextInt(4 * LANES + 10));
                    PoolLayer p = pools.get(i % pools.size());
                    ActivationLayer relu = ActivationLayer.of(ActivationFunction.RELU);
                    for (Parallelism par : List.of(Parallelism.serial(), Parallelism.of(pool))) {
                        List<Tensor> fused = engine.convReluPool(conv, relu, p, in, null, par, Cancellation.NONE);
                        List<Tensor> expected = stages(engine, conv, p, in);
                        for (int s = 0; s < 3; s++) {
                            assertEquals(expected.get(s).shape(), fused.get(s).shape());
                            assertSameValues(expected.get(s).data(), fused.get(s).data(),
                                    engine.name() + " stage " + s + " with " + p + " on " + in.shape());
                        }
                    }
                }
            }
        }

        @Test
        void pipelineUsesTheFusedPathWithTheSameStages() {
            Random r = new Random(3);
            ConvLayer conv = new ConvLayer(randomFilters(r, 12, 3, Int2.of(3)), Int2.of(1), Padding.of(1), Int2.of(1),
                    false);
            Pipeline pipeline = new Pipeline(List.of(conv, ActivationLayer.of(ActivationFunction.RELU),
                    PoolLayer.of(PoolMode.MAX, Int2.of(2))));
            Tensor in = randomTensor(r, 3, 30, 50);
            List<Tensor> got = pipeline.run(in);
            List<Tensor> expected = stages(ConvolutionEngine.selected(), conv, PoolLayer.of(PoolMode.MAX, Int2.of(2)), in);
            assertEquals(3, got.size());
            for (int s = 0; s < 3; s++) {
                assertSameValues(expected.get(s).data(), got.get(s).data(), "pipeline stage " + s);
            }
        }
    }

    @Test
    void theSelectionIsNamed() {
        assertTrue(ConvolutionEngine.selection().startsWith(ConvolutionEngine.selected().name()),
                ConvolutionEngine.selection());
    }
}
