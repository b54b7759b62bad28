package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Receptive field, jump, extent, multiply-adds, leftovers, errors, and the derivation texts. */
class ShapeArithmeticTest {

    private static ConvLayer conv(int filters, int channels, int kh, int kw, Int2 stride, Padding padding,
                                  Int2 dilation) {
        return new ConvLayer(new FilterBank(filters, channels, kh, kw, new float[filters * channels * kh * kw],
                new float[filters]), stride, padding, dilation, false);
    }

    private static ConvLayer conv3x3(int filters, int channels) {
        return conv(filters, channels, 3, 3, Int2.of(1), Padding.VALID, Int2.of(1));
    }

    private static Derivation derivation(LayerShape layer, String quantity) {
        return layer.derivations().stream().filter(d -> d.quantity().equals(quantity)).findFirst()
                .orElseThrow(() -> new AssertionError("no derivation of " + quantity + " in " + layer.derivations()));
    }

    @Nested
    class ReceptiveFieldAndJump {
        /*
         * By hand, r_l = r_(l-1) + (e_l - 1) * j_(l-1), j_l = j_(l-1) * s_l, from r = j = 1, on 1 x 32 x 32:
         *   conv 3x3         e 3: r = 1 + 2*1 = 3,    j = 1   (30 x 30)
         *   relu                  unchanged                   (30 x 30)
         *   conv 3x3         e 3: r = 3 + 2*1 = 5,    j = 1   (28 x 28)
         *   max pool 2 s2    e 2: r = 5 + 1*1 = 6,    j = 2   (14 x 14)
         *   conv 3x3         e 3: r = 6 + 2*2 = 10,   j = 2   (12 x 12)
         *   conv 3x3 d2      e 5: r = 10 + 4*2 = 18,  j = 2   (8 x 8)
         *   conv 3x3 s2 p1   e 3: r = 18 + 2*2 = 22,  j = 4   (floor((8 + 2 - 3) / 2) + 1 = 4 x 4)
         *   conv 5x1         e 5 x 1: r = 22 + 4*4 = 38 by 22, j = 4
         */
        private final List<Layer> layers = List.of(
                conv3x3(4, 1),
                ActivationLayer.of(ActivationFunction.RELU),
                conv3x3(4, 4),
                PoolLayer.of(PoolMode.MAX, Int2.of(2)),
                conv3x3(4, 4),
                conv(4, 4, 3, 3, Int2.of(1), Padding.VALID, Int2.of(2)),
                conv(4, 4, 3, 3, Int2.of(2), Padding.of(1), Int2.of(1)),
                conv(4, 4, 5, 1, Int2.of(1), Padding.of(2, 0), Int2.of(1)));
        private final List<LayerShape> shapes = ShapeArithmetic.analyse(new Shape3(1, 32, 32), layers);

        @Test
        void growsByTheExtentTimesTheJumpSoFar() {
            int[][] expected = {{3, 3}, {3, 3}, {5, 5}, {6, 6}, {10, 10}, {18, 18}, {22, 22}, {38, 22}};
            for (int i = 0; i < expected.length; i++) {
                Int2 field = shapes.get(i).receptiveField();
                assertArrayEquals(expected[i], new int[] {field.y(), field.x()}, "layer " + i);
            }
        }

        @Test
        void jumpMultipliesTheStrides() {
            int[] expected = {1, 1, 1, 2, 2, 2, 4, 4};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Int2.of(expected[i]), shapes.get(i).jump(), "layer " + i);
            }
        }

        @Test
        void outputShapesFollowTheChain() {
            int[] sizes = {30, 30, 28, 14, 12, 8, 4};
            for (int i = 0; i < sizes.length; i++) {
                assertEquals(new Shape3(4, sizes[i], sizes[i]), shapes.get(i).output(), "layer " + i);
            }
            assertEquals(new Shape3(4, 4, 4), shapes.get(7).output());
        }

        @Test
        void derivationsShowTheNumbers() {
            assertEquals("5 + (2-1)*1 = 6", derivation(shapes.get(3), "receptive field height").evaluation());
            assertEquals("10 + (5-1)*2 = 18", derivation(shapes.get(5), "receptive field width").evaluation());
            assertEquals("(3-1)*2 + 1 = 5", derivation(shapes.get(5), "effective kernel height").evaluation());
        }
    }

    @Nested
    class Extent {
        @ParameterizedTest(name = "kernel {0}, dilation {1}: extent {2}")
        @CsvSource({"3, 1, 3", "3, 2, 5", "5, 3, 13", "1, 3, 1", "4, 2, 7"})
        void isKernelMinusOneTimesDilationPlusOne(int kernel, int dilation, int expected) {
            assertEquals(expected, ShapeArithmetic.effectiveExtent(kernel, dilation));
        }
    }

    @Nested
    class MultiplyAddsAndMemory {
        private final LayerShape layer = ShapeArithmetic.analyse(new Shape3(3, 128, 128),
                List.of(conv(32, 3, 3, 3, Int2.of(1), Padding.of(1), Int2.of(1)))).getFirst();

        @Test
        void countOneMultiplyAddPerWeightPerOutputValue() {
            assertEquals(128L * 128 * 32 * 27, layer.multiplyAdds());
            assertEquals("128*128*32*3*3*3 = 14155776", derivation(layer, "multiply-adds").evaluation());
        }

        @Test
        void memoryIsFourBytesPerValue() {
            assertEquals(4L * 128 * 128 * 32, layer.outputBytes());
            assertEquals("4 * 524288 = 2097152 bytes", derivation(layer, "output memory").evaluation());
        }

        @Test
        void poolingAndActivationsHaveNoParametersAndNoMultiplyAdds() {
            List<LayerShape> shapes = ShapeArithmetic.analyse(new Shape3(3, 8, 8),
                    List.of(ActivationLayer.of(ActivationFunction.TANH), PoolLayer.of(PoolMode.AVG, Int2.of(2))));
            for (LayerShape s : shapes) {
                assertEquals(0, s.parameters());
                assertEquals(0, s.multiplyAdds());
            }
        }
    }

    @Nested
    class Derivations {
        @Test
        void theOutputSizeShowsTheIssuesThirtyTwoWideExample() {
            LayerShape layer = ShapeArithmetic.analyse(new Shape3(1, 32, 32),
                    List.of(conv(1, 1, 5, 5, Int2.of(1), Padding.of(2), Int2.of(1)))).getFirst();
            Derivation width = derivation(layer, "output width");
            assertEquals("floor((in_w + 2p - d*(k-1) - 1) / s) + 1", width.formula());
            assertEquals("floor((32 + 2*2 - 1*(5-1) - 1) / 1) + 1 = floor(31/1) + 1 = 32", width.evaluation());
            assertEquals(32, width.value());
        }

        @Test
        void sameWithAnEvenKernelShowsTheSmallerHalfBeforeAndTheLargerAfter() {
            LayerShape layer = ShapeArithmetic.analyse(new Shape3(1, 10, 10),
                    List.of(conv(1, 1, 4, 4, Int2.of(1), Padding.SAME, Int2.of(1)))).getFirst();
            assertEquals("floor((10 + 1 + 2 - 1*(4-1) - 1) / 1) + 1 = floor(9/1) + 1 = 10",
                    derivation(layer, "output height").evaluation());
        }

        @Test
        void parametersAndVolumeOfVggsFirstLayer() {
            LayerShape layer = ShapeArithmetic.analyse(new Shape3(3, 224, 224),
                    List.of(conv(64, 3, 3, 3, Int2.of(1), Padding.SAME, Int2.of(1)))).getFirst();
            assertEquals("(3*3*3 + 1) * 64 = 1792", derivation(layer, "parameters").evaluation());
            assertEquals("224*224*64 = 3211264", derivation(layer, "volume").evaluation());
            assertEquals(64, derivation(layer, "number of feature maps").value());
        }

        @Test
        void volumeOfTwentyEightByTwentyEightBySixtyFour() {
            LayerShape layer = ShapeArithmetic.analyse(new Shape3(64, 28, 28),
                    List.of(conv(64, 64, 3, 3, Int2.of(1), Padding.of(1), Int2.of(1)))).getFirst();
            assertEquals("28*28*64 = 50176", derivation(layer, "volume").evaluation());
            assertEquals("(3*3*64 + 1) * 64 = 36928", derivation(layer, "parameters").evaluation());
        }
    }

    @Nested
    class Leftovers {
        @Test
        void strideTwoOverSixWithKernelThreeNeverVisitsRowFive() {
            // Windows start at 0 and 2 and cover rows 0..2 and 2..4; (6 - 3) / 2 = 1.5 leaves row 5 over.
            LayerShape layer = ShapeArithmetic.analyse(new Shape3(1, 6, 5),
                    List.of(conv(1, 1, 3, 3, Int2.of(2), Padding.VALID, Int2.of(1)))).getFirst();
            assertArrayEquals(new int[] {5}, layer.unvisitedRows());
            assertArrayEquals(new int[] {}, layer.unvisitedColumns()); // (5 - 3) / 2 = 1: exact
            assertEquals(List.of(
                    "vertically the stride 2 does not divide 6 - 3 = 3 evenly: the last 1 padded row is left over",
                    "input rows never visited: [5]"), layer.notes());
            assertEquals("floor((6 + 2*0 - 1*(3-1) - 1) / 2) + 1 = floor(3/2) + 1 = 2",
                    derivation(layer, "output height").evaluation());
        }

        @Test
        void aLeftoverOfPaddingOnlyLeavesNoInputRowUnvisited() {
            // Padded to 8, windows at 0, 2, 4 cover padded rows 0..6: only the bottom padding row 7 is left over.
            WindowGeometry g = WindowGeometry.of(6, 6, Int2.of(3), Int2.of(2), Padding.of(1), Int2.of(1));
            assertEquals(1, g.remainderY());
            assertArrayEquals(new int[] {}, g.unvisitedRows());
        }

        @Test
        void dilationSkipsRowsEvenWhenTheStrideDividesEvenly() {
            // Kernel 2 dilated by 3 reads rows {0, 3} and {1, 4}: row 2 falls between the taps.
            WindowGeometry g = WindowGeometry.of(5, 5, Int2.of(2), Int2.of(1), Padding.VALID, Int2.of(3));
            assertEquals(0, g.remainderY());
            assertArrayEquals(new int[] {2}, g.unvisitedRows());
            assertArrayEquals(new int[] {2}, g.unvisitedColumns());
        }
    }

    @Nested
    class InvalidSettings {
        static Stream<Arguments> cases() {
            Shape3 rgb = new Shape3(3, 8, 8);
            Shape3 small = new Shape3(1, 3, 3);
            return Stream.of(
                    Arguments.of("stride 0", rgb, List.of(conv(2, 3, 3, 3, Int2.of(0), Padding.VALID, Int2.of(1))),
                            "layers[0].stride: must be a positive integer, got 0"),
                    Arguments.of("negative horizontal stride", rgb,
                            List.of(conv(2, 3, 3, 3, Int2.of(1, -1), Padding.VALID, Int2.of(1))),
                            "layers[0].stride: must be a positive integer, got -1"),
                    Arguments.of("dilation 0", rgb, List.of(conv(2, 3, 3, 3, Int2.of(1), Padding.VALID, Int2.of(0))),
                            "layers[0].dilation: must be a positive integer, got 0"),
                    Arguments.of("negative padding", rgb,
                            List.of(conv(2, 3, 3, 3, Int2.of(1), Padding.of(-1), Int2.of(1))),
                            "layers[0].padding: must be 0 or more, got -1"),
                    Arguments.of("same with stride 2", rgb,
                            List.of(conv(2, 3, 3, 3, Int2.of(2), Padding.SAME, Int2.of(1))),
                            "layers[0].padding: \"same\" needs stride 1 on every axis, got stride 2 vertically"
                                    + " (with a larger stride the output cannot keep the input's size)"),
                    Arguments.of("same with horizontal stride 3", rgb,
                            List.of(conv(2, 3, 3, 3, Int2.of(1, 3), Padding.SAME, Int2.of(1))),
                            "layers[0].padding: \"same\" needs stride 1 on every axis, got stride 3 horizontally"
                                    + " (with a larger stride the output cannot keep the input's size)"),
                    Arguments.of("kernel larger than the input", small,
                            List.of(conv(1, 1, 5, 5, Int2.of(1), Padding.VALID, Int2.of(1))),
                            "layers[0]: the window (5x5) is larger than the input (3x3)"),
                    Arguments.of("dilated kernel larger than the padded input", new Shape3(1, 4, 6),
                            List.of(conv(1, 1, 3, 2, Int2.of(1), Padding.of(0, 1), Int2.of(2))),
                            "layers[0]: the window (3x2, dilated to 5x3) is larger than the padded input (4x8, from 4x6 with padding)"),
                    Arguments.of("filters of one channel on three", rgb, List.of(conv3x3(2, 1)),
                            "layers[0].filters: each filter has 1 channel, the input to this layer has 3"),
                    Arguments.of("second layer's channels do not match the first's maps", rgb,
                            List.of(conv3x3(2, 3), conv3x3(4, 3)),
                            "layers[1].filters: each filter has 3 channels, the input to this layer has 2"),
                    Arguments.of("pool larger than its input", rgb,
                            List.of(conv(2, 3, 3, 3, Int2.of(2), Padding.VALID, Int2.of(1)),
                                    PoolLayer.of(PoolMode.MAX, Int2.of(4))),
                            "layers[1]: the window (4x4) is larger than the input (3x3)"),
                    Arguments.of("pool stride 0", rgb, List.of(new PoolLayer(PoolMode.AVG, Int2.of(2), Int2.of(0))),
                            "layers[0].stride: must be a positive integer, got 0"),
                    Arguments.of("pool size 0", rgb, List.of(PoolLayer.of(PoolMode.MAX, Int2.of(0, 2))),
                            "layers[0].size: must be a positive integer, got 0"),
                    Arguments.of("a dilated extent beyond 32 bits", small,
                            List.of(conv(1, 1, 3, 3, Int2.of(1), Padding.VALID, Int2.of(1_500_000_000))),
                            "layers[0]: the window (3x3, dilated to 3000000001x3000000001) is larger than the input (3x3)"),
                    Arguments.of("padding beyond 32 bits", small,
                            List.of(conv(1, 1, 1, 1, Int2.of(1), Padding.of(2_000_000_000), Int2.of(1))),
                            "layers[0].padding: the padded input would be 4000000003 rows, more than the largest size"
                                    + " (2147483647)"),
                    Arguments.of("\"same\" padding beyond 32 bits", small,
                            List.of(conv(1, 1, 3, 3, Int2.of(1), Padding.SAME, Int2.of(1_500_000_000))),
                            "layers[0].padding: the padded input would be 3000000003 rows, more than the largest size"
                                    + " (2147483647)"),
                    Arguments.of("an output of more values than an array holds", small,
                            List.of(conv(1, 1, 1, 1, Int2.of(1), Padding.of(100_000), Int2.of(1))),
                            "layers[0]: the output would hold 40001200009 values (1 x 200003 x 200003), more than"
                                    + " one array can (2147483639); use less padding, fewer filters or a smaller input"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void areRejectedWithAMessageSayingWhereAndWhat(String name, Shape3 input, List<Layer> layers, String message) {
            assertEquals(message, assertThrows(InvalidSettingException.class,
                    () -> new Pipeline(layers).shapes(input)).getMessage(), "Pipeline.shapes");
            assertEquals(message, assertThrows(InvalidSettingException.class,
                    () -> ShapeArithmetic.analyse(input, layers)).getMessage(), "ShapeArithmetic.analyse");
            float[] zeros = new float[Math.toIntExact(input.volume())];
            assertEquals(message, assertThrows(InvalidSettingException.class,
                    () -> new Pipeline(layers).run(new Tensor(input, zeros))).getMessage(), "Pipeline.run");
        }

        @Test
        void aLayerAppliedOnItsOwnNamesTheFieldWithoutALocation() {
            ConvLayer layer = conv(1, 1, 3, 3, Int2.of(0), Padding.VALID, Int2.of(1));
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> layer.apply(Tensor.zeros(1, 5, 5), Parallelism.serial(), Cancellation.NONE));
            assertEquals("stride: must be a positive integer, got 0", e.getMessage());
            assertEquals("stride", e.field());
            assertEquals("must be a positive integer, got 0", e.detail());
        }

        @Test
        void aKernelThatJustFitsThePaddedInputGivesOneValue() {
            Shape3 out = conv(1, 1, 5, 5, Int2.of(1), Padding.of(1), Int2.of(1)).outputShape(new Shape3(1, 3, 3));
            assertEquals(new Shape3(1, 1, 1), out);
            assertTrue(NaiveReference.isValid(3, 3, 5, 5,
                    new NaiveReference.Conv(1, 1, new NaiveReference.Pad.Explicit(1, 1), 1, 1, false)));
        }
    }
}
