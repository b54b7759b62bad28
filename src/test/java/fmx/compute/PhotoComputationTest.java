package fmx.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.Cancellation;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.KernelPreset;
import fmx.core.Padding;
import fmx.core.Parallelism;
import fmx.core.PhotoKernel;
import fmx.core.Pipeline;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PhotoComputationTest {
    /** Records what the computation reports. */
    private static final class Recorder implements PhotoComputation.Listener {
        PhotoResult preview;
        final List<Double> progress = new ArrayList<>();

        @Override
        public void preview(PhotoResult p) {
            preview = p;
        }

        @Override
        public void progress(double fraction) {
            progress.add(fraction);
        }
    }

    private static Tensor filled(int channels, int h, int w, java.util.function.BiFunction<Integer, Integer, Float> f) {
        Tensor t = Tensor.zeros(channels, h, w);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    t.set(c, y, x, f.apply(y, x) + c);
                }
            }
        }
        return t;
    }

    private static ConvLayer same(FilterBank bank) {
        return new ConvLayer(bank, Int2.of(1), Padding.SAME, Int2.of(1), false);
    }

    private static Pipeline convOnly(FilterBank bank) {
        return new Pipeline(List.of(same(bank)));
    }

    private static PhotoResult run(PhotoRequest r, Recorder rec) {
        return new PhotoComputation().run(r, Parallelism.serial(), Cancellation.NONE, rec);
    }

    @Test
    void thePreviewFactorBringsTheLongestSideToThePreviewSide() {
        assertEquals(4, PhotoComputation.previewFactor(3000, 4000, 1024));
        assertEquals(1, PhotoComputation.previewFactor(512, 400, 1024));
        assertEquals(2, PhotoComputation.previewFactor(1025, 10, 1024));
    }

    @Test
    void downsamplingAveragesBlocksAndTheBlocksCutByTheEdge() {
        Tensor t = Tensor.of(new float[][] {{1, 2, 3, 4, 5}, {5, 6, 7, 8, 9}, {0, 0, 9, 9, 1}});
        Tensor d = PhotoComputation.downsample(t, 2);
        assertArrayEquals(new float[] {3.5f, 5.5f, 7, 0, 9, 1}, d.data(), 1e-6f);
        assertSame(t, PhotoComputation.downsample(t, 1));
    }

    /**
     * Overlap, precisely: preview output (py, px) of a size-keeping stage stands for the full outputs of the f x f
     * block from (f*py, f*px). Away from the zero padding (the kernel's reach r from the edges, in both images),
     * the preview of a constant photo equals the block mean of the full result.
     */
    @Test
    void onAConstantPhotoThePreviewEqualsTheShrunkFullResult() {
        Tensor photo = filled(3, 90, 120, (y, x) -> 0.7f);
        FilterBank bank = PhotoKernel.filterBank(List.of(new PhotoKernel.Gaussian(1),
                new PhotoKernel.Gabor(4, 1.5, 1, 30, 0)), 3);
        Pipeline p = new Pipeline(List.of(same(bank), ActivationLayer.of(ActivationFunction.RELU)));
        Recorder rec = new Recorder();
        PhotoResult full = run(new PhotoRequest(1, photo, p, 40, Long.MAX_VALUE, Set.of()), rec);
        assertEquals(3, rec.preview.factor());
        assertOverlapAgrees(rec.preview, full, 3, bank.kernelHeight() / 2, 1e-5f);
    }

    /** On a smooth photo (a plane plus a slow wave) a symmetric kernel's preview matches to the second order. */
    @Test
    void onASmoothPhotoASymmetricKernelsPreviewMatchesTheShrunkFullResult() {
        Tensor photo = filled(1, 120, 160, (y, x) -> (float) (0.01 * x - 0.02 * y + 0.1 * Math.sin(x / 40.0)));
        FilterBank bank = PhotoKernel.filterBank(List.of(new PhotoKernel.Gaussian(1),
                new PhotoKernel.LaplacianOfGaussian(1)), 1);
        Recorder rec = new Recorder();
        PhotoResult full = run(new PhotoRequest(1, photo, convOnly(bank), 80, Long.MAX_VALUE, Set.of()), rec);
        assertEquals(2, rec.preview.factor());
        assertOverlapAgrees(rec.preview, full, 2, bank.kernelHeight() / 2, 2e-3f);
    }

    /** {@code reach}: how far the kernel reaches from its centre, in pixels (of either image). */
    private static void assertOverlapAgrees(PhotoResult preview, PhotoResult full, int f, int reach, float tolerance) {
        for (int s = 0; s < full.stages().size(); s++) {
            for (int c = 0; c < full.stages().get(s).size(); c++) {
                MapPlane small = preview.map(s, c);
                MapPlane big = full.map(s, c);
                for (int py = reach; py < small.height() - reach - 1; py++) {
                    for (int px = reach; px < small.width() - reach - 1; px++) {
                        double mean = 0;
                        for (int dy = 0; dy < f; dy++) {
                            for (int dx = 0; dx < f; dx++) {
                                mean += big.value(py * f + dy, px * f + dx);
                            }
                        }
                        mean /= f * f;
                        assertEquals(mean, small.value(py, px), tolerance,
                                "stage " + s + ", map " + c + " at preview " + py + "," + px);
                    }
                }
            }
        }
    }

    @Test
    void aPhotoThatFitsTheScreenHasNoPreviewAndTheFullResultIsThePipelines() {
        Tensor photo = filled(1, 50, 60, (y, x) -> (float) ((x * 31 + y * 17) % 11));
        Pipeline p = convOnly(new FilterBank(1, 1, 3, 3, KernelPreset.SOBEL_X.weights(3, 3), new float[1]));
        Recorder rec = new Recorder();
        PhotoResult full = run(new PhotoRequest(1, photo, p, 60, Long.MAX_VALUE, Set.of()), rec);
        assertNull(rec.preview);
        assertEquals(1, full.factor());
        float[] expected = p.run(photo).getFirst().data();
        float[] row = new float[60];
        for (int y = 0; y < 50; y++) {
            full.map(0, 0).row(y, row);
            assertArrayEquals(java.util.Arrays.copyOfRange(expected, y * 60, y * 60 + 60), row);
        }
        assertEquals(List.of(1.0), rec.progress);
    }

    private static Pipeline eightFilters(int channels) {
        List<PhotoKernel> kernels = new ArrayList<>(PhotoKernel.gaborBank(4, 4, 1.5, 0.5, 0));
        kernels.add(new PhotoKernel.Gaussian(1));
        kernels.add(new PhotoKernel.LaplacianOfGaussian(1));
        kernels.add(new PhotoKernel.DifferenceOfGaussians(1, 1.6));
        kernels.add(new PhotoKernel.MotionBlur(5, 30));
        return new Pipeline(List.of(same(PhotoKernel.filterBank(kernels, channels)),
                ActivationLayer.of(ActivationFunction.RELU), PoolLayer.of(PoolMode.MAX, Int2.of(2))));
    }

    private static Tensor noise(int c, int h, int w) {
        Random r = new Random(7);
        Tensor t = Tensor.zeros(c, h, w);
        for (int i = 0; i < t.data().length; i++) {
            t.data()[i] = r.nextFloat();
        }
        return t;
    }

    @Test
    void overTheBudgetMapsAreStoredCompactlyWithinIt() {
        Tensor photo = noise(3, 120, 160);
        Pipeline p = eightFilters(3);
        long floats = PhotoComputation.floatBytes(photo.shape(), p);
        long budget = floats * 6 / 10;
        Recorder rec = new Recorder();
        PhotoResult compact = run(new PhotoRequest(1, photo, p, 1024, budget, Set.of(2)), rec);
        assertTrue(compact.compact());
        assertTrue(compact.peakBytes() <= budget, compact.peakBytes() + " > " + budget);
        assertTrue(compact.retainedBytes() < floats / 2);
        PhotoResult exact = run(new PhotoRequest(1, photo, p, 1024, Long.MAX_VALUE, Set.of()), new Recorder());
        assertFalse(exact.compact());
        for (int s = 0; s < 3; s++) {
            for (int n = 0; n < 8; n++) {
                MapPlane a = compact.map(s, n);
                MapPlane b = exact.map(s, n);
                assertEquals(n == 2, a.exact() && a.maxError() == 0, "map on screen kept exact: stage " + s + " map " + n);
                assertEquals(b.min(), a.min(), 1e-6f);
                assertEquals(b.max(), a.max(), 1e-6f);
                for (int y = 0; y < a.height(); y += 7) {
                    for (int x = 0; x < a.width(); x += 5) {
                        assertEquals(b.value(y, x), a.value(y, x), a.maxError() + 1e-6f, s + "/" + n + " " + y + "," + x);
                    }
                }
            }
        }
        assertEquals(0, compact.map(1, 0).bytes(), "the ReLU of a stored map is derived, not stored");
    }

    @Test
    void aBudgetTooSmallForEvenOneFilterIsRefusedWithAMessage() {
        Tensor photo = noise(3, 120, 160);
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> run(new PhotoRequest(1, photo, eightFilters(3), 1024, 300_000, Set.of()), new Recorder()));
        assertTrue(e.getMessage().startsWith("photo: the maps need about "), e.getMessage());
    }

    @Test
    void noLayersOnAPhotoOverTheBudgetIsRefusedWithAMessage() {
        Tensor photo = noise(3, 120, 160);
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> run(new PhotoRequest(1, photo, new Pipeline(List.of()), 1024, 1000, Set.of()), new Recorder()));
        assertTrue(e.getMessage().startsWith("photo: the maps need about "), e.getMessage());
    }

    @Test
    void progressRisesToOneThroughThePreviewAndEveryFilterGroup() {
        Recorder rec = new Recorder();
        Tensor photo = noise(1, 200, 240);
        Pipeline p = eightFilters(1);
        run(new PhotoRequest(1, photo, p, 100, PhotoComputation.floatBytes(photo.shape(), p) / 2, Set.of()), rec);
        assertTrue(rec.progress.size() >= 3, rec.progress.toString());
        assertEquals(PhotoComputation.PREVIEW_SHARE, rec.progress.getFirst());
        for (int i = 1; i < rec.progress.size(); i++) {
            assertTrue(rec.progress.get(i) >= rec.progress.get(i - 1), rec.progress.toString());
        }
        assertEquals(1.0, rec.progress.getLast());
    }

    @Test
    void cancellingAfterThePreviewStopsBeforeTheFullResult() {
        Recorder rec = new Recorder();
        AtomicInteger polls = new AtomicInteger();
        boolean[] previewSeen = new boolean[1];
        PhotoComputation.Listener listener = new PhotoComputation.Listener() {
            @Override
            public void preview(PhotoResult preview) {
                previewSeen[0] = true;
                rec.preview(preview);
            }

            @Override
            public void progress(double fraction) {
                rec.progress(fraction);
            }
        };
        Cancellation afterPreview = () -> {
            polls.incrementAndGet();
            return previewSeen[0];
        };
        Tensor photo = noise(1, 200, 240);
        Pipeline p = eightFilters(1);
        for (long budget : new long[] {Long.MAX_VALUE, PhotoComputation.floatBytes(photo.shape(), p) / 2}) {
            previewSeen[0] = false;
            assertThrows(CancellationException.class, () -> new PhotoComputation().run(
                    new PhotoRequest(1, photo, p, 100, budget, Set.of()), Parallelism.serial(), afterPreview, listener));
            assertTrue(previewSeen[0]);
            assertTrue(rec.progress.stream().allMatch(f -> f < 1), rec.progress.toString());
        }
    }

    @Test
    void theServiceDeliversThePreviewThenTheResultAndDropsSupersededWork() throws Exception {
        try (PhotoComputeService service = new PhotoComputeService(Runnable::run, 2)) {
            Tensor photo = noise(1, 300, 400);
            CountDownLatch done = new CountDownLatch(1);
            List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
            PhotoComputeService.Callbacks callbacks = new PhotoComputeService.Callbacks() {
                @Override
                public void preview(PhotoResult preview) {
                    events.add("preview " + preview.generation());
                }

                @Override
                public void progress(double fraction) {
                }

                @Override
                public void result(PhotoResult full) {
                    events.add("result " + full.generation());
                    done.countDown();
                }

                @Override
                public void error(Throwable error) {
                    events.add("error " + error);
                    done.countDown();
                }
            };
            service.submit(new PhotoRequest(1, photo, eightFilters(1), 100, Long.MAX_VALUE, Set.of()), callbacks);
            service.submit(new PhotoRequest(2, photo, eightFilters(1), 100, Long.MAX_VALUE, Set.of()), callbacks);
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals("result 2", events.getLast());
            assertFalse(events.contains("result 1"), events.toString());
            assertTrue(events.indexOf("preview 2") < events.indexOf("result 2"), events.toString());
        }
    }
}
