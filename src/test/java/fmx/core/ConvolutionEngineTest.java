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
        void wideBordersMatchTheReferenceOnEveryPath() {
            // Border columns (windows past the sides) summed apart from the interior: wide kernels with wide
            // padding, a vertical stride with a horizontal one of 1, horizontal dilation, a block of 8 and one of 1,
            // runs of rows of one tap class longer and shorter than four, and an image narrower than its border.
            List<Case> cases = List.of(
                    of(2, 23, 40, 9, 3, 31, Int2.of(2, 1), Padding.of(1, 15), Int2.of(1)),
                    of(1, 10, 70, 16, 5, 9, Int2.of(1), Padding.of(4), Int2.of(1, 2)),
                    of(3, 9, 5 * LANES + 3, 5, 7, 7, Int2.of(1), Padding.of(3), Int2.of(1)),
                    of(2, 6, 12, 8, 3, 13, Int2.of(1), Padding.of(1, 6), Int2.of(1)));
            for (Case k : cases) {
                for (ConvolutionEngine engine : List.of(ConvolutionEngine.vectorPixelLanes(),
                        ConvolutionEngine.vectorFilterLanes(),
                        ConvolutionEngine.scalar())) {
                    assertMatchesReference(k, engine.convolve(k.layer(), k.input(), Parallelism.of(pool),
                            Cancellation.NONE), engine.name() + " " + k);
                }
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

    /** conv, ReLU and pool applied one by one on one thread, with {@code engine} for the convolution. */
    static List<Tensor> stages(ConvolutionEngine engine, ConvLayer conv, PoolLayer p, Tensor in) {
        Tensor c = engine.convolve(conv, in, Parallelism.serial(), Cancellation.NONE);
        Tensor a = ActivationLayer.of(ActivationFunction.RELU).apply(c, Parallelism.serial(), Cancellation.NONE);
        return List.of(c, a, p.apply(a, Parallelism.serial(), Cancellation.NONE));
    }

    /** {@code engine.convReluPool} on {@code par} gives the three stages of {@link #stages}, value for value. */
    static void assertFusedEqualsStages(ConvolutionEngine engine, ConvLayer conv, PoolLayer p, Tensor in,
                                        Parallelism par, String what) {
        List<Tensor> fused = engine.convReluPool(conv, ActivationLayer.of(ActivationFunction.RELU), p, in, null, par,
                Cancellation.NONE);
        List<Tensor> expected = stages(engine, conv, p, in);
        for (int s = 0; s < 3; s++) {
            assertEquals(expected.get(s).shape(), fused.get(s).shape());
            assertSameValues(expected.get(s).data(), fused.get(s).data(), what + ", stage " + s);
        }
    }

    @Nested
    class Fused {

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
                    for (Parallelism par : List.of(Parallelism.serial(), Parallelism.of(pool))) {
                        assertFusedEqualsStages(engine, conv, p, in, par, engine.name() + " with " + p + " on "
                                + in.shape());
                    }
                }
            }
        }

        /**
         * VGG's 2 x 2, stride 2 max pooling fused per band, on many shapes: widths odd and even, with and without
         * border columns, narrow interiors, strides, dilations, flips and filter counts that leave blocks of 4 beside
         * the blocks of 8.
         */
        @Test
        void maxPool2x2FusedEqualsTheThreeStagesOnManyShapes() {
            Random r = new Random(22);
            PoolLayer p = PoolLayer.of(PoolMode.MAX, Int2.of(2));
            ConvolutionEngine engine = ConvolutionEngine.vector();
            int ran = 0;
            for (int i = 0; i < 60; i++) {
                int c = 1 + r.nextInt(3);
                int n = 8 + r.nextInt(17);
                int k = 1 + r.nextInt(5);
                ConvLayer conv = new ConvLayer(randomFilters(r, n, c, Int2.of(k)), Int2.of(1 + r.nextInt(2)),
                        Padding.of(r.nextInt(3)), Int2.of(1 + r.nextInt(2)), r.nextBoolean());
                Tensor in = randomTensor(r, c, 8 + r.nextInt(30), 8 + r.nextInt(4 * LANES + 40));
                Shape3 convShape;
                try {
                    convShape = conv.outputShape(in.shape());
                } catch (InvalidSettingException e) {
                    continue; // the window does not fit this input
                }
                if (convShape.height() < 2 || convShape.width() < 2) {
                    continue;
                }
                ran++;
                for (Parallelism par : List.of(Parallelism.serial(), Parallelism.of(pool))) {
                    assertFusedEqualsStages(engine, conv, p, in, par, conv + " on " + in.shape());
                }
            }
            assertTrue(ran >= 40, "only " + ran + " of 60 random cases fit their input");
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

    /** Blocks of 16 filters in the lanes (16-lane species; elsewhere the engine is the pixel-lane one). */
    @Nested
    class FilterLanes {
        private final ConvolutionEngine engine = ConvolutionEngine.vectorFilterLanes();
        private final Random r = new Random(1616);

        Case of(int c, int h, int w, int n, int k, int stride, int pad, boolean flip) {
            return new Case(new ConvLayer(randomFilters(r, n, c, Int2.of(k)), Int2.of(stride), Padding.of(pad),
                    Int2.of(1), flip), randomTensor(r, c, h, w));
        }

        @Test
        void usesFilterLanesOnSixteenLanes() {
            assertEquals(LANES == 16, engine.name().contains("16 filters in the lanes"), engine.name());
        }

        @Test
        void matchesTheReferenceFor16To64FiltersAndUnalignedWidths() {
            int[] counts = {16, 17, 31, 32, 33, 48, 64};
            int[] widths = {1, 5, 15, 16, 17, 31, 33, 47, 2 * LANES + 7, 100};
            for (int n : counts) {
                for (int w : widths) {
                    for (int stride = 1; stride <= 2; stride++) {
                        Case k = of(1 + r.nextInt(3), 3 + r.nextInt(6), w, n, 1 + 2 * r.nextInt(3), stride,
                                r.nextInt(3), r.nextBoolean());
                        try {
                            k.layer().geometry(k.input().shape());
                        } catch (InvalidSettingException e) {
                            continue;
                        }
                        Tensor out = engine.convolve(k.layer(), k.input(), Parallelism.serial(), Cancellation.NONE);
                        assertMatchesReference(k, out, "filter lanes");
                    }
                }
            }
        }

        @Test
        void matchesTheReferenceOnRandomShapes() {
            for (Case k : randomCases(4242L, 200)) {
                assertMatchesReference(k, engine.convolve(k.layer(), k.input(), Parallelism.serial(),
                        Cancellation.NONE), "filter lanes");
            }
        }

        @Test
        void agreesWithThePixelLanePathAndTheScalarPath() {
            for (int n : new int[] {16, 17, 32, 64}) {
                Case k = of(3, 20, 3 * LANES + 5, n, 3, 1, 1, false);
                float[] f = engine.convolve(k.layer(), k.input(), Parallelism.serial(), Cancellation.NONE).data();
                float[] p = ConvolutionEngine.vectorPixelLanes().convolve(k.layer(), k.input(), Parallelism.serial(),
                        Cancellation.NONE).data();
                float[] s = ConvolutionEngine.scalar().convolve(k.layer(), k.input(), Parallelism.serial(),
                        Cancellation.NONE).data();
                EngineReference ref = new EngineReference(k.layer(), k.input());
                for (int i = 0; i < f.length; i++) {
                    double tolerance = 1e-6 * (1 + ref.magnitudes[i]) * 8;
                    assertTrue(Math.abs(f[i] - p[i]) <= tolerance && Math.abs(f[i] - s[i]) <= tolerance,
                            "N = " + n + ", value " + i + ": filter lanes " + f[i] + ", pixel lanes " + p[i]
                                    + ", scalar " + s[i]);
                }
            }
        }

        @Test
        void parallelEqualsSerialBitwise() {
            for (int n : new int[] {16, 17, 32, 64}) {
                Case k = of(3, 90, 150, n, 3, 1 + n % 2, 1, n == 32);
                float[] serial = engine.convolve(k.layer(), k.input(), Parallelism.serial(), Cancellation.NONE).data();
                float[] parallel = engine.convolve(k.layer(), k.input(), Parallelism.of(pool), Cancellation.NONE)
                        .data();
                assertSameValues(serial, parallel, "filter lanes, N = " + n + ", parallel vs serial");
            }
        }

        @Test
        void fusedConvReluPoolEqualsTheThreeStages() {
            for (int n : new int[] {16, 17, 32, 64}) {
                for (PoolLayer p : List.of(PoolLayer.of(PoolMode.MAX, Int2.of(2)), PoolLayer.of(PoolMode.AVG, Int2.of(2)),
                        new PoolLayer(PoolMode.MAX, Int2.of(3), Int2.of(2)))) {
                    Case k = of(3, 30 + r.nextInt(10), 20 + r.nextInt(60), n, 3, 1, 1, false);
                    for (Parallelism par : List.of(Parallelism.serial(), Parallelism.of(pool))) {
                        assertFusedEqualsStages(engine, k.layer(), p, k.input(), par,
                                "filter lanes, N = " + n + " with " + p);
                    }
                }
            }
        }
    }

    /** Stride 2 de-interleaving and the reused phase-split buffer; stride 1 borders on successive shapes. */
    @Nested
    class PhaseSplit {
        @Test
        void successiveStridedConvolutionsOfDifferentSizesMatchTheReference() {
            Random r = new Random(22);
            // Shrinking and growing widths, odd and even, so a reused buffer holds stale values of a wider input.
            int[] widths = {6 * LANES + 3, 2 * LANES, 2 * LANES + 1, 4 * LANES - 1, 9, 6 * LANES + 3};
            for (ConvolutionEngine engine : List.of(ConvolutionEngine.vector(), ConvolutionEngine.scalar())) {
                for (int w : widths) {
                    for (int stride = 2; stride <= 3; stride++) {
                        Case k = new Case(new ConvLayer(randomFilters(r, 1 + r.nextInt(10), 2, Int2.of(3, 5)),
                                Int2.of(stride), Padding.of(2), Int2.of(1), false), randomTensor(r, 2, 7, w));
                        assertMatchesReference(k, engine.convolve(k.layer(), k.input(), Parallelism.of(pool),
                                Cancellation.NONE), engine.name() + " stride " + stride + " width " + w);
                    }
                }
            }
        }

        @Test
        void successiveStrideOneConvolutionsOfDifferentShapesMatchTheReference() {
            Random r = new Random(23);
            // Shrinking and growing shapes with border columns (kernel 7 pads 3 on each side) and every block shape.
            int[][] shapes = {{3, 40, 9 * LANES + 5}, {1, 7, 5 * LANES}, {2, 25, 6 * LANES + 1}, {3, 40, 9 * LANES + 5},
                {4, 3, 4 * LANES + 7}};
            for (int[] shape : shapes) {
                for (int k : new int[] {3, 7}) {
                    Case c = new Case(new ConvLayer(randomFilters(r, 1 + r.nextInt(12), shape[0], Int2.of(k)),
                            Int2.of(1), Padding.of(k / 2), Int2.of(1), r.nextBoolean()),
                            randomTensor(r, shape[0], shape[1], shape[2]));
                    assertMatchesReference(c, ConvolutionEngine.vector().convolve(c.layer(), c.input(),
                            Parallelism.of(pool), Cancellation.NONE), "vector, kernel " + k + ", " + c);
                }
            }
        }

        @Test
        void vectorSplitEqualsScalarSplit() {
            Random r = new Random(5);
            for (int w : new int[] {2 * LANES, 2 * LANES + 1, 5 * LANES - 3, 64, 101}) {
                float[] in = new float[w + 3];
                for (int i = 0; i < in.length; i++) {
                    in[i] = r.nextFloat();
                }
                int phaseLength = (w + 1) / 2;
                float[] vector = new float[2 * phaseLength + 4];
                float[] scalar = vector.clone();
                VectorConvolution.INSTANCE.splitRow(in, 3, w, vector, 2, 2, phaseLength);
                ScalarConvolution.INSTANCE.splitRow(in, 3, w, scalar, 2, 2, phaseLength);
                assertSameValues(scalar, vector, "split of width " + w);
                assertEquals(in[3 + w - 1], vector[2 + ((w - 1) % 2) * phaseLength + (w - 1) / 2], "last value");
            }
        }
    }

    @Test
    void theSelectionIsNamed() {
        assertTrue(ConvolutionEngine.selection().startsWith(ConvolutionEngine.selected().name()),
                ConvolutionEngine.selection());
    }
}
