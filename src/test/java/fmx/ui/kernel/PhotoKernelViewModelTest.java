package fmx.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.FilterBank;
import fmx.core.KernelPreset;
import fmx.core.PhotoKernel;
import fmx.ui.session.FilterBanks;
import fmx.ui.session.SessionModel;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The photo-kernel dialog's state without the toolkit: the kernels it makes, its messages, and Apply with undo. */
class PhotoKernelViewModelTest {
    private SessionModel session;
    private KernelViewModel filters;
    private PhotoKernelViewModel vm;

    @BeforeEach
    void setUp() {
        session = new SessionModel(); // one 3 x 3 vertical-edge filter on one channel
        // A 64 x 64 grid, wider than every kernel below (the 5 x 5 default is narrower than most: see gridNote).
        session.replaceAll(() -> session.inputProperty().set(fmx.core.Tensor.zeros(1, 64, 64)));
        filters = new KernelViewModel(session);
        vm = filters.photoKernels();
    }

    private void set(PhotoKernelParameter p, double value) {
        vm.parameter(p).set(value);
    }

    private FilterBank bank() {
        return session.filtersProperty().get();
    }

    /** A session whose filters have 3 channels (an RGB photo) and {@code count} filters of the edge preset. */
    private void rgbFilters(int count) {
        FilterBank one = new FilterBank(1, 3, 3, 3, new float[27], new float[1]);
        FilterBank bank = FilterBanks.withFilterSlices(one, 0, KernelPreset.VERTICAL_EDGE.weights(3, 3));
        for (int i = 1; i < count; i++) {
            bank = FilterBanks.duplicate(bank, 0);
        }
        FilterBank rgb = bank;
        session.replaceAll(() -> session.filtersProperty().set(rgb));
    }

    @Nested
    class KernelsOfEachKind {
        static Stream<Arguments> kinds() {
            return Stream.of(
                    Arguments.of(PhotoKernelKind.GAUSSIAN, new PhotoKernel.Gaussian(2), 13),
                    Arguments.of(PhotoKernelKind.LAPLACIAN_OF_GAUSSIAN, new PhotoKernel.LaplacianOfGaussian(2), 13),
                    Arguments.of(PhotoKernelKind.DIFFERENCE_OF_GAUSSIANS,
                            new PhotoKernel.DifferenceOfGaussians(2, 1.6), 21),
                    Arguments.of(PhotoKernelKind.MOTION_BLUR, new PhotoKernel.MotionBlur(9, 0), 9));
        }

        @ParameterizedTest
        @MethodSource("kinds")
        void theDefaultsMakeTheCoresKernelAndWindow(PhotoKernelKind kind, PhotoKernel expected, int size) {
            vm.kindProperty().set(kind);
            assertEquals(List.of(expected), vm.kernelsProperty().get());
            assertEquals(size, expected.size());
            assertEquals(size, vm.windowSizeProperty().get());
            assertEquals(size + " \u00d7 " + size, vm.windowTextProperty().get());
            assertArrayEquals(expected.weights(), vm.kernelsProperty().get().getFirst().weights());
            assertTrue(vm.validProperty().get());
            assertEquals("", vm.messageProperty().get());
        }

        @Test
        void everyParameterOfAKindReachesTheKernel() {
            vm.kindProperty().set(PhotoKernelKind.DIFFERENCE_OF_GAUSSIANS);
            set(PhotoKernelParameter.SIGMA, 1.2);
            set(PhotoKernelParameter.RATIO, 2.5);
            assertEquals(List.of(new PhotoKernel.DifferenceOfGaussians(1.2, 2.5)), vm.kernelsProperty().get());
            assertEquals(new PhotoKernel.DifferenceOfGaussians(1.2, 2.5).size(), vm.windowSizeProperty().get());

            vm.kindProperty().set(PhotoKernelKind.MOTION_BLUR);
            set(PhotoKernelParameter.LENGTH, 14.8); // a spinner's double: integer parameters are rounded
            set(PhotoKernelParameter.ANGLE, 30);
            assertEquals(List.of(new PhotoKernel.MotionBlur(15, 30)), vm.kernelsProperty().get());
            assertEquals(15, vm.windowSizeProperty().get());
        }

        @Test
        void aGaborBankOfFourHasFiltersAt0_45_90_And135Degrees() {
            vm.kindProperty().set(PhotoKernelKind.GABOR_BANK);
            set(PhotoKernelParameter.ORIENTATIONS, 4);
            set(PhotoKernelParameter.WAVELENGTH, 5);
            set(PhotoKernelParameter.SIGMA, 1.5);
            set(PhotoKernelParameter.ASPECT, 0.5);
            set(PhotoKernelParameter.PHASE, 90);
            List<PhotoKernel> bank = vm.kernelsProperty().get();
            assertEquals(PhotoKernel.gaborBank(4, 5, 1.5, 0.5, 90), bank);
            assertEquals(List.of(0.0, 45.0, 90.0, 135.0),
                    bank.stream().map(k -> ((PhotoKernel.Gabor) k).angle()).toList());
            assertEquals(new PhotoKernel.Gabor(5, 1.5, 0.5, 0, 90).size(), vm.windowSizeProperty().get());
            assertEquals("Apply replaces the filter with 4 Gabor filters at 0\u00b0, 45\u00b0, 90\u00b0, 135\u00b0.",
                    vm.effectProperty().get());
            set(PhotoKernelParameter.ORIENTATIONS, 16);
            assertEquals("Apply replaces the filter with 16 Gabor filters at every 11.25\u00b0 from 0\u00b0 to "
                    + "168.75\u00b0.", vm.effectProperty().get());
        }
    }

    @Nested
    class Refused {
        @Test
        void aSigmaThatNeedsMoreThan31x31ShowsTheCoresMessageAndApplyChangesNothing() {
            FilterBank before = bank();
            set(PhotoKernelParameter.SIGMA, 6);
            assertEquals("sigma: 6 needs a 37 x 37 kernel, the largest is 31 x 31", vm.messageProperty().get());
            assertFalse(vm.validProperty().get());
            assertEquals(List.of(), vm.kernelsProperty().get());
            assertEquals("over 31 \u00d7 31", vm.windowTextProperty().get());
            assertEquals("", vm.effectProperty().get());
            assertFalse(vm.apply());
            assertSame(before, bank());
            assertFalse(session.undoStack().canUndoProperty().get());
        }

        @Test
        void aDifferenceOfGaussiansIsRefusedByItsWiderSigma() {
            vm.kindProperty().set(PhotoKernelKind.DIFFERENCE_OF_GAUSSIANS);
            set(PhotoKernelParameter.SIGMA, 4);
            assertEquals("sigma: 6.4 needs a 41 x 41 kernel, the largest is 31 x 31", vm.messageProperty().get());
            set(PhotoKernelParameter.SIGMA, 3); // back in range: the message goes
            assertEquals("", vm.messageProperty().get());
            assertTrue(vm.validProperty().get());
        }

        @Test
        void aLongGaborEnvelopeIsRefusedAndMoreOrientationsThanFiltersToo() {
            vm.kindProperty().set(PhotoKernelKind.GABOR_BANK);
            set(PhotoKernelParameter.SIGMA, 3);
            set(PhotoKernelParameter.ASPECT, 0.5);
            assertEquals("sigma: 3 needs a 37 x 37 kernel, the largest is 31 x 31", vm.messageProperty().get());
            set(PhotoKernelParameter.ASPECT, 1);
            set(PhotoKernelParameter.ORIENTATIONS, 20);
            assertEquals("orientations: at most 16 (the most filters a layer has here), got 20",
                    vm.messageProperty().get());
            assertFalse(vm.apply());
        }
    }

    @Nested
    class Apply {
        @Test
        void aGaussianFillsEveryChannelSliceOfTheSelectedFilterAndSetsTheWindow() {
            rgbFilters(2);
            session.selectedFilterProperty().set(1);
            set(PhotoKernelParameter.SIGMA, 1);
            assertEquals("Apply replaces the weights of filter 2 in every channel; the kernels become 7 \u00d7 7.",
                    vm.effectProperty().get());
            assertTrue(vm.apply());
            FilterBank f = bank();
            assertEquals(2, f.count());
            assertEquals(3, f.channels());
            assertEquals(7, f.kernelHeight());
            assertEquals(7, f.kernelWidth());
            float[] expected = new PhotoKernel.Gaussian(1).weights();
            for (int i = 0; i < expected.length; i++) {
                expected[i] /= 3; // an RGB photo sees the kernel on its grey level, as PhotoKernel.filterBank does
            }
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(expected, FilterBanks.slice(f, 1, c), "channel " + c);
            }
            assertEquals(1, session.selectedFilterProperty().get());
        }

        @Test
        void theOtherFiltersKeepTheirWeightsCentredInTheNewWindow() {
            session.selectedFilterProperty().set(0);
            filters.addFilter(); // filter 2: identity; the vertical edge stays filter 1
            vm.kindProperty().set(PhotoKernelKind.MOTION_BLUR);
            set(PhotoKernelParameter.LENGTH, 5);
            assertTrue(vm.apply());
            FilterBank f = bank();
            assertEquals(5, f.kernelHeight());
            float[] edge = KernelPreset.VERTICAL_EDGE.weights(3, 3);
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 5; x++) {
                    boolean inside = y >= 1 && y <= 3 && x >= 1 && x <= 3;
                    assertEquals(inside ? edge[(y - 1) * 3 + x - 1] : 0, f.weight(0, 0, y, x), "(" + y + ", " + x + ")");
                }
            }
            assertArrayEquals(new PhotoKernel.MotionBlur(5, 0).weights(), FilterBanks.slice(f, 1, 0));
        }

        @Test
        void aKernelWiderThanTheGridSaysThatTheGridsMapsWillWait() {
            session.replaceAll(() -> session.inputProperty().set(fmx.core.Tensor.zeros(1, 5, 5)));
            set(PhotoKernelParameter.SIGMA, 1); // 7 x 7
            assertEquals("Apply replaces the weights of filter 1 in every channel; the kernels become 7 \u00d7 7. "
                    + "That is wider than the 5 \u00d7 5 grid, whose maps will wait (marked out of date) until the grid "
                    + "grows or padding makes room; the Photo tab shows them on a photo.", vm.effectProperty().get());
            session.replaceAll(() -> session.inputProperty().set(fmx.core.Tensor.zeros(1, 7, 7)));
            assertEquals("Apply replaces the weights of filter 1 in every channel; the kernels become 7 \u00d7 7.",
                    vm.effectProperty().get());
        }

        @Test
        void aSmallerKernelLeavesTheWindowAsBigAsTheOtherFiltersNeed() {
            vm.kindProperty().set(PhotoKernelKind.GAUSSIAN);
            set(PhotoKernelParameter.SIGMA, 2);
            vm.apply(); // filter 1: 13 x 13
            filters.addFilter(); // filter 2: an identity in the 13 x 13 window, selected
            set(PhotoKernelParameter.SIGMA, 1);
            assertEquals("Apply replaces the weights of filter 2 in every channel; the kernels become 13 \u00d7 13, "
                    + "as the other filters need, this one centred.", vm.effectProperty().get());
            vm.apply();
            FilterBank f = bank();
            assertEquals(13, f.kernelHeight());
            assertArrayEquals(new PhotoKernel.Gaussian(2).weights(), FilterBanks.slice(f, 0, 0));
            float[] small = new PhotoKernel.Gaussian(1).weights();
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 7; x++) {
                    assertEquals(small[y * 7 + x], f.weight(1, 0, y + 3, x + 3));
                }
            }
            assertEquals(1, sum(FilterBanks.slice(f, 1, 0)), 1e-5, "nothing of the small Gaussian is lost");
        }

        @Test
        void anEvenWindowGrowsByOneSoThatTheOthersKeepEveryWeight() {
            // A 4 x 4 bank (set with the size spinners): its last row and column hold weights.
            filters.resizeKernels(4, 4);
            filters.editWeight(0, 3, 3, 2);
            filters.addFilter();
            set(PhotoKernelParameter.SIGMA, 0.3); // 3 x 3
            vm.apply();
            FilterBank f = bank();
            assertEquals(5, f.kernelHeight());
            assertEquals(2, f.weight(0, 0, 4, 4), "the corner weight moved with the window's centre");
            assertEquals(1, f.weight(0, 0, 1, 1), "the edge kernel's top-left 1");
        }

        @Test
        void isOneUndoStepThatRestoresThePreviousBankAndRedoes() {
            FilterBank before = bank();
            vm.kindProperty().set(PhotoKernelKind.LAPLACIAN_OF_GAUSSIAN);
            set(PhotoKernelParameter.SIGMA, 1.5);
            vm.apply();
            FilterBank after = bank();
            assertEquals("Undo LoG \u03c3 1.5 on filter 1", session.undoStack().undoTextProperty().get());
            session.undoStack().undo();
            assertEquals(before, bank());
            assertFalse(session.undoStack().canUndoProperty().get(), "one step, not two");
            session.undoStack().redo();
            assertEquals(after, bank());
        }

        @Test
        void aGaborBankReplacesEveryFilterWithTheRightChannelsAsOneUndoStep() {
            rgbFilters(3);
            session.selectedFilterProperty().set(2);
            FilterBank before = bank();
            vm.kindProperty().set(PhotoKernelKind.GABOR_BANK);
            set(PhotoKernelParameter.ORIENTATIONS, 4);
            assertEquals("Apply replaces all 3 filters with 4 Gabor filters at 0\u00b0, 45\u00b0, 90\u00b0, 135\u00b0.",
                    vm.effectProperty().get());
            assertTrue(vm.apply());
            FilterBank f = bank();
            assertEquals(4, f.count());
            assertEquals(3, f.channels());
            assertEquals(PhotoKernel.filterBank(PhotoKernel.gaborBank(4, 6, 2, 1, 0), 3), f);
            assertEquals(0, session.selectedFilterProperty().get(), "filter 1 selected");
            assertEquals("Undo Gabor bank of 4 filters (\u03bb 6)", session.undoStack().undoTextProperty().get());
            session.undoStack().undo();
            assertEquals(before, bank());
            assertFalse(session.undoStack().canUndoProperty().get());
        }

        @Test
        void theEffectFollowsTheSelectedFilter() {
            filters.addFilter();
            assertTrue(vm.effectProperty().get().contains("filter 2"), vm.effectProperty().get());
            session.selectedFilterProperty().set(0);
            assertTrue(vm.effectProperty().get().contains("filter 1"), vm.effectProperty().get());
        }
    }

    private static double sum(float[] w) {
        double s = 0;
        for (float v : w) {
            s += v;
        }
        return s;
    }
}
