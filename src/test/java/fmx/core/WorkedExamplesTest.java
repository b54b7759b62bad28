package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of the foundation issue and of the usual CNN lectures, figure by figure. */
class WorkedExamplesTest {

    private static FilterBank zeros(int filters, int channels, int kh, int kw) {
        return new FilterBank(filters, channels, kh, kw, new float[filters * channels * kh * kw], new float[filters]);
    }

    private static ConvLayer conv(FilterBank filters, Padding padding) {
        return new ConvLayer(filters, Int2.of(1), padding, Int2.of(1), false);
    }

    @Nested
    class OutputSize {
        @ParameterizedTest(name = "in {0}, kernel {1}, stride {2}, padding {3}, dilation {4} gives {5}")
        @CsvSource({
            "32, 5, 1, 2, 1, 32",   // the example: padding (k-1)/2 keeps the size
            "128, 3, 1, 1, 1, 128",
            "128, 3, 1, 0, 1, 126",
            "224, 3, 1, 1, 1, 224", // VGG
            "227, 11, 4, 0, 1, 55", // AlexNet's first layer: (227 - 11) / 4 + 1
            "6, 3, 2, 0, 1, 2",     // (6 - 3) / 2 = 1.5, floored
            "32, 3, 2, 1, 1, 16",   // (32 + 2 - 2 - 1) / 2 = 15.5, floored
            "10, 3, 1, 0, 2, 6",    // dilated to 5: 10 - 5 + 1
            "7, 1, 3, 0, 1, 3",
        })
        void followsTheFloorFormula(int in, int kernel, int stride, int padding, int dilation, int expected) {
            assertEquals(expected, ShapeArithmetic.outputSize(in, kernel, stride, padding, dilation));
            assertEquals(expected, NaiveReference.outputSize(in, kernel, stride, padding, dilation));
        }
    }

    @Nested
    class ParametersAndVolume {
        @ParameterizedTest(name = "{0}x{1} kernels over {2} channels into {3} maps: {4} parameters")
        @CsvSource({
            "3, 3, 64, 128, 73856", // (3*3*64 + 1) * 128
            "3, 3, 3, 64, 1792",    // VGG's first layer: 64*27 weights + 64 biases
            "3, 3, 3, 32, 896",
            "5, 5, 1, 6, 156",      // LeNet-5's first layer
            "11, 11, 3, 96, 34944", // AlexNet's first layer
            "2, 5, 4, 3, 123",      // not square: (2*5*4 + 1) * 3
        })
        void countWeightsAndOneBiasPerFilter(int kh, int kw, int channels, int filters, long expected) {
            assertEquals(expected, ShapeArithmetic.parameters(kh, kw, channels, filters));
            assertEquals(expected, conv(zeros(filters, channels, kh, kw), Padding.VALID).parameters());
        }

        @Test
        void twentyEightByTwentyEightMapsTimesSixtyFourHoldFiftyThousandValues() {
            assertEquals(50_176, ShapeArithmetic.volume(28, 28, 64));
        }
    }

    @Nested
    class Shapes {
        private final Shape3 rgb128 = new Shape3(3, 128, 128);
        private final FilterBank thirtyTwoFilters = zeros(32, 3, 3, 3);

        @Test
        void thirtyTwoFiltersWithPaddingOneKeepTheSize() {
            assertEquals(new Shape3(32, 128, 128), conv(thirtyTwoFilters, Padding.of(1)).outputShape(rgb128));
        }

        @Test
        void thirtyTwoFiltersWithoutPaddingLoseABorder() {
            assertEquals(new Shape3(32, 126, 126), conv(thirtyTwoFilters, Padding.of(0)).outputShape(rgb128));
            assertEquals(new Shape3(32, 126, 126), conv(thirtyTwoFilters, Padding.VALID).outputShape(rgb128));
        }

        @Test
        void vggsFirstLayerKeepsTwoHundredTwentyFourAndHasSixtyFourTimesTwentySevenWeights() {
            ConvLayer vgg = conv(zeros(64, 3, 3, 3), Padding.SAME);
            assertEquals(new Shape3(64, 224, 224), vgg.outputShape(new Shape3(3, 224, 224)));
            assertEquals(64 * 27, vgg.filters().weights().length);
            assertEquals(1_792, vgg.parameters());
        }
    }

    /**
     * The 5x5 grid with the vertical-edge kernel, flipped, "valid": what scipy's
     * {@code convolve2d(image, kernel, mode='valid')} gives.
     *
     * <p>By hand: flipping rows (1, 0, -1) by 180 degrees gives rows (-1, 0, 1), so each output is, over the three
     * rows of its window, the sum of its right column minus the sum of its left column: out[i][j] = S[i][j+2] -
     * S[i][j], S[i][j] being the sum of input rows i..i+2 in column j.
     * <pre>
     *   S      col0 col1 col2 col3 col4
     *   i=0      4    4    5    5    4      (1+0+3, 2+1+1, 3+2+0, 0+3+2, 1+1+2)
     *   i=1      5    5    3    5    3      (0+3+2, 1+1+3, 2+0+1, 3+2+0, 1+2+0)
     *   i=2      5    6    2    5    3      (3+2+0, 1+3+2, 0+1+1, 2+0+3, 2+0+1)
     *
     *   out    j=0        j=1        j=2
     *   i=0    5-4 =  1   5-4 =  1   4-5 = -1
     *   i=1    3-5 = -2   5-5 =  0   3-3 =  0
     *   i=2    2-5 = -3   5-6 = -1   3-2 =  1
     * </pre>
     * scipy 1.17.1 prints the same, [[1, 1, -1], [-2, 0, 0], [-3, -1, 1]]. Without flip (cross-correlation, what CNN
     * frameworks compute) every sign turns over.
     */
    @Nested
    class FiveByFiveEdgeExample {
        private final Tensor image = Tensor.of(new float[][] {
            {1, 2, 3, 0, 1},
            {0, 1, 2, 3, 1},
            {3, 1, 0, 2, 2},
            {2, 3, 1, 0, 0},
            {0, 2, 1, 3, 1},
        });
        private final float[][][] kernel = {{{1, 0, -1}, {1, 0, -1}, {1, 0, -1}}};
        private final float[][] convolve2d = {{1, 1, -1}, {-2, 0, 0}, {-3, -1, 1}};

        private Tensor run(boolean flip) {
            ConvLayer layer = new ConvLayer(FilterBank.single(kernel), Int2.of(1), Padding.VALID, Int2.of(1), flip);
            return new Pipeline(List.of(layer)).run(image).getFirst();
        }

        @Test
        void withFlipGivesWhatScipyConvolve2dGives() {
            assertArrayEquals(new float[][][] {convolve2d}, run(true).toArray());
        }

        @Test
        void withoutFlipGivesTheCrossCorrelationWithEverySignTurned() {
            float[][] negated = {{-1, -1, 1}, {2, 0, 0}, {3, 1, -1}};
            assertArrayEquals(new float[][][] {negated}, run(false).toArray());
        }

        @Test
        void theNaiveReferenceAgreesWithTheHandDerivation() {
            NaiveReference.Result r = NaiveReference.convolve(image.toArray(), new float[][][][] {kernel},
                    new float[1], new NaiveReference.Conv(1, 1, new NaiveReference.Pad.Valid(), 1, 1, true));
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    assertEquals(convolve2d[y][x], r.values()[0][y][x], 0.0);
                }
            }
        }
    }
}
