package fmx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoKernelTest {
    private static double sum(float[] w) {
        double s = 0;
        for (float v : w) {
            s += v;
        }
        return s;
    }

    private static double positiveSum(float[] w) {
        double s = 0;
        for (float v : w) {
            s += Math.max(0, v);
        }
        return s;
    }

    private static float at(PhotoKernel k, float[] w, int dy, int dx) {
        int c = k.size() / 2;
        return w[(c + dy) * k.size() + c + dx];
    }

    /** The kernel mirrored along the main diagonal (rows become columns). */
    private static float[] transpose(float[] w, int n) {
        float[] t = new float[w.length];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                t[x * n + y] = w[y * n + x];
            }
        }
        return t;
    }

    @Nested
    class Gaussians {
        @Test
        void theWindowReachesThreeSigmaAndStopsAt31() {
            assertEquals(7, new PhotoKernel.Gaussian(1).size());
            assertEquals(5, new PhotoKernel.Gaussian(0.6).size());
            assertEquals(31, new PhotoKernel.Gaussian(5).size());
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> new PhotoKernel.Gaussian(6).size());
            assertEquals("sigma: 6 needs a 37 x 37 kernel, the largest is 31 x 31", e.getMessage());
            assertEquals("sigma: must be a positive number, got 0",
                    assertThrows(InvalidSettingException.class, () -> new PhotoKernel.Gaussian(0)).getMessage());
        }

        @Test
        void followsTheFormulaAndSumsToOne() {
            PhotoKernel g = new PhotoKernel.Gaussian(2);
            float[] w = g.weights();
            assertEquals(1, sum(w), 1e-5);
            assertEquals(Math.exp(-1 / 8.0), at(g, w, 0, 1) / at(g, w, 0, 0), 1e-5);
            assertEquals(Math.exp(-8 / 8.0), at(g, w, 2, 2) / at(g, w, 0, 0), 1e-5);
            assertArrayEquals(w, transpose(w, g.size()));
        }

        @Test
        void laplacianOfGaussianIsZeroSumWithANegativeCentre() {
            PhotoKernel log = new PhotoKernel.LaplacianOfGaussian(1.5);
            float[] w = log.weights();
            assertEquals(0, sum(w), 1e-5);
            assertEquals(1, positiveSum(w), 1e-5);
            assertTrue(at(log, w, 0, 0) < 0);
            assertTrue(at(log, w, 0, 3) > 0, "the ring beyond sqrt(2) sigma is positive");
            assertArrayEquals(w, transpose(w, log.size()));
        }

        @Test
        void differenceOfGaussiansIsZeroSumWithAPositiveCentre() {
            PhotoKernel dog = new PhotoKernel.DifferenceOfGaussians(1, 1.6);
            assertEquals(11, dog.size()); // from the wider sigma, 1.6
            float[] w = dog.weights();
            assertEquals(0, sum(w), 1e-5);
            assertEquals(1, positiveSum(w), 1e-5);
            assertTrue(at(dog, w, 0, 0) > 0);
            assertTrue(at(dog, w, 0, 3) < 0);
            assertThrows(InvalidSettingException.class, () -> new PhotoKernel.DifferenceOfGaussians(1, 1));
        }
    }

    @Nested
    class MotionBlurs {
        @Test
        void aHorizontalStreakIsOneRowOfEqualWeights() {
            PhotoKernel m = new PhotoKernel.MotionBlur(5, 0);
            assertEquals(5, m.size());
            float[] w = m.weights();
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 5; x++) {
                    assertEquals(y == 2 ? 0.2f : 0f, w[y * 5 + x], 1e-6f, y + "," + x);
                }
            }
            assertArrayEquals(transpose(w, 5), new PhotoKernel.MotionBlur(5, 90).weights(), 1e-6f);
        }

        @Test
        void aDiagonalStreakRunsFromBottomLeftToTopRight() {
            PhotoKernel m = new PhotoKernel.MotionBlur(7, 45);
            float[] w = m.weights();
            assertEquals(1, sum(w), 1e-5);
            assertTrue(at(m, w, -2, 2) > 0.1f, "top right on the streak");
            assertTrue(at(m, w, 2, -2) > 0.1f, "bottom left on the streak");
            assertEquals(0, at(m, w, -3, 3), "beyond the streak's end (3 px from the centre)");
            assertEquals(0, at(m, w, -3, -3), "top left is off the streak");
        }

        @Test
        void anEvenLengthGetsTheNextOddWindow() {
            assertEquals(9, new PhotoKernel.MotionBlur(8, 30).size());
            assertThrows(InvalidSettingException.class, () -> new PhotoKernel.MotionBlur(32, 0));
        }
    }

    @Nested
    class Gabors {
        @Test
        void angleZeroGivesVerticalStripes() {
            PhotoKernel.Gabor g = new PhotoKernel.Gabor(6, 2, 1, 0, 0);
            float[] w = g.weights();
            assertEquals(0, sum(w), 1e-5);
            assertEquals(1, positiveSum(w), 1e-5);
            assertTrue(at(g, w, 0, 0) > 0, "even phase: a crest at the centre");
            assertTrue(at(g, w, 0, 3) < 0, "a trough half a wavelength away");
            assertTrue(at(g, w, 1, 0) > 0, "the same sign up the stripe");
            for (int y = 0; y < g.size(); y++) {
                for (int x = 0; x < g.size(); x++) {
                    assertEquals(w[y * g.size() + x], w[y * g.size() + g.size() - 1 - x], 1e-6f, "mirror symmetric");
                }
            }
        }

        @Test
        void turningByNinetyDegreesTransposes() {
            float[] vertical = new PhotoKernel.Gabor(5, 2, 0.7, 0, 0).weights();
            float[] horizontal = new PhotoKernel.Gabor(5, 2, 0.7, 90, 0).weights();
            int n = (int) Math.sqrt(vertical.length);
            assertArrayEquals(transpose(vertical, n), horizontal, 1e-5f);
        }

        @Test
        void oddPhaseIsAnEdgeDetector() {
            PhotoKernel.Gabor g = new PhotoKernel.Gabor(8, 2, 1, 0, 90);
            float[] w = g.weights();
            assertEquals(0, at(g, w, 0, 0), 1e-6f);
            assertEquals(-at(g, w, 0, 2), at(g, w, 0, -2), 1e-6f);
        }

        @Test
        void respondsMostToStripesOfItsOwnOrientation() {
            List<PhotoKernel.Gabor> bank = PhotoKernel.gaborBank(4, 6, 2.5, 0.5, 0);
            assertEquals(List.of(0.0, 45.0, 90.0, 135.0), bank.stream().map(PhotoKernel.Gabor::angle).toList());
            int n = 41;
            float[][] stripes = new float[n][n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    stripes[y][x] = (float) Math.cos(2 * Math.PI * x / 6); // vertical stripes
                }
            }
            Tensor out = ConvLayer.of(PhotoKernel.filterBank(bank, 1)).apply(Tensor.of(stripes),
                    Parallelism.serial(), Cancellation.NONE);
            int c = out.height() / 2;
            float zero = Math.abs(out.get(0, c, c));
            for (int i = 1; i < 4; i++) {
                assertTrue(zero > 3 * Math.abs(out.get(i, c, c)), "0 degrees against " + bank.get(i).angle());
            }
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.5, 1.9})
        void refusesWavelengthsThePixelGridCannotHold(double wavelength) {
            assertThrows(InvalidSettingException.class, () -> new PhotoKernel.Gabor(wavelength, 2, 1, 0, 0));
        }
    }

    @Test
    void aFilterBankCentresSmallerKernelsAndSplitsTheWeightsOverChannels() {
        List<PhotoKernel> kernels = List.of(new PhotoKernel.Gaussian(1), new PhotoKernel.MotionBlur(3, 0));
        FilterBank grey = PhotoKernel.filterBank(kernels, 1);
        assertEquals(7, grey.kernelHeight());
        assertEquals(1 / 3f, grey.weight(1, 0, 3, 2), 1e-6f);
        assertEquals(0, grey.weight(1, 0, 3, 1));
        FilterBank rgb = PhotoKernel.filterBank(kernels, 3);
        assertEquals(1 / 9f, rgb.weight(1, 2, 3, 4), 1e-6f);
        // A photo whose three channels are equal gives what its grey version gives.
        Tensor g = Tensor.of(new float[][] {{1, 5, 2, 7, 3, 3, 0, 9}, {4, 4, 1, 0, 6, 2, 8, 1}});
        Tensor colour = Tensor.of(new float[][][] {g.toArray()[0], g.toArray()[0], g.toArray()[0]});
        ConvLayer greyLayer = new ConvLayer(grey, Int2.of(1), Padding.SAME, Int2.of(1), false);
        Tensor a = greyLayer.apply(g, Parallelism.serial(), Cancellation.NONE);
        Tensor b = greyLayer.withFilters(rgb).apply(colour, Parallelism.serial(), Cancellation.NONE);
        assertArrayEquals(a.data(), b.data(), 1e-5f);
    }

    @Test
    void theClassroomPresetsFitThePhotoKernelsToTheirWindow() {
        float[] log = KernelPreset.LAPLACIAN_OF_GAUSSIAN.weights(19, 19);
        assertEquals(0, sum(log), 1e-5);
        assertArrayEquals(new PhotoKernel.LaplacianOfGaussian(3).weights(), log, 1e-6f);
        float[] blur = KernelPreset.MOTION_BLUR.weights(3, 5);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, .2f, .2f, .2f, .2f, .2f, 0, 0, 0, 0, 0}, blur, 1e-6f);
        assertEquals(0, sum(KernelPreset.DIFFERENCE_OF_GAUSSIANS.weights(7, 7)), 1e-5);
        assertEquals(0, sum(KernelPreset.GABOR.weights(31, 31)), 1e-4);
    }
}
