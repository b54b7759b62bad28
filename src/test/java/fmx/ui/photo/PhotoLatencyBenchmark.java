package fmx.ui.photo;

import fmx.compute.PhotoComputeService;
import fmx.core.FilterBank;
import fmx.ui.session.SessionModel;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's live photo figure (prints, asserts nothing): a 12-megapixel RGB photo (4000 x 3000) with 8 filters of
 * 3x3x3, ReLU and 2x2 max pooling, the photo tab's view-model with the app's compute service and renderer; 40 weight
 * edits, and for each the time from the edit to the preview's panels (photo and maps at the panels' resolution)
 * ready on the "FX thread", then to the full-resolution panels. The FX thread is this test's thread running the
 * tasks handed to it, as in {@link PhotoViewModelTest}; in the window the frame that shows a panel follows at the
 * next pulse (at most one frame period later).
 *
 * <p>Run: {@code ./mvnw -q -B test -Dtest.excludedGroups=none -Dgroups=benchmark -Dtest=PhotoLatencyBenchmark}
 */
@Tag("benchmark")
class PhotoLatencyBenchmark {
    private static final int EDITS = 40;
    private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();

    @Test
    void editToPreviewAndFullResolution() throws Exception {
        int width = 4000;
        int height = 3000;
        Random random = new Random(7);
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(16)) & 255;
                int g = (y * 255 / height + random.nextInt(16)) & 255;
                int b = ((x ^ y) >> 4) & 255;
                argb[y * width + x] = 0xff000000 | r << 16 | g << 8 | b;
            }
        }
        ExecutorService background = Executors.newFixedThreadPool(2, r -> Thread.ofPlatform().daemon().unstarted(r));
        try (PhotoComputeService service = new PhotoComputeService(fxQueue::add)) {
            SessionModel session = new SessionModel();
            session.filtersProperty().set(filters(random));
            session.poolingProperty().set(fmx.ui.session.PoolChoice.MAX);
            PhotoViewModel vm = new PhotoViewModel(session, service, background, fxQueue::add);
            vm.panelWidthProperty().set(320);
            vm.panelHeightProperty().set(240);
            vm.openPixels(argb, width, "synthetic 12 MP");
            runFxUntil(() -> vm.resultProperty().get() != null && !vm.resultProperty().get().preview()
                    && vm.frameProperty().get() != null && !vm.frameProperty().get().preview());
            long[] toPreview = new long[EDITS];
            long[] toResult = new long[EDITS];
            long[] toFull = new long[EDITS];
            for (int i = -5; i < EDITS; i++) {
                long start = System.nanoTime();
                FilterBank next = filters(random);
                session.edit("Edit weight", () -> session.filtersProperty().set(next));
                PhotoViewModel.Frame before = vm.frameProperty().get();
                var resultBefore = vm.resultProperty().get();
                runFxUntil(() -> vm.resultProperty().get() != null && vm.resultProperty().get().preview()
                        && vm.resultProperty().get().generation() > resultBefore.generation());
                long result = System.nanoTime() - start;
                runFxUntil(() -> vm.frameProperty().get() != before && vm.frameProperty().get().preview());
                long preview = System.nanoTime() - start;
                runFxUntil(() -> !vm.frameProperty().get().preview() && !vm.busyProperty().get());
                long full = System.nanoTime() - start;
                if (i >= 0) {
                    toResult[i] = result;
                    toPreview[i] = preview;
                    toFull[i] = full;
                }
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%nPhoto latency: 4000 x 3000 x 3 photo, 8 filters 3x3x3, ReLU, 2x2 max pool, "
                    + "panels 320 x 240 (the photo and 8 maps; a 1600 x 1000 window shows them about that size), %d weight edits, %d threads%n", EDITS, rt.availableProcessors());
            System.out.printf("  edit -> preview maps computed (on the FX thread): %s%n", summary(toResult));
            System.out.printf("  edit -> preview panels ready: %s%n", summary(toPreview));
            System.out.printf("  edit -> full-resolution panels ready: %s%n", summary(toFull));
            System.out.printf("  heap: max %d MB, in use after the runs %d MB%n%n", rt.maxMemory() >> 20,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        } finally {
            background.shutdownNow();
        }
    }

    private static FilterBank filters(Random random) {
        float[] w = new float[8 * 27];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextInt(-2, 3);
        }
        return new FilterBank(8, 3, 3, 3, w, new float[8]);
    }

    private void runFxUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            Runnable r = fxQueue.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("timed out");
            }
            r.run();
        }
    }

    private static String summary(long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        return String.format("median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms", v[v.length / 2] / 1e6,
                v[(int) Math.ceil(v.length * 0.95) - 1] / 1e6, v[0] / 1e6, v[v.length - 1] / 1e6);
    }
}
