package fmx.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.Padding;
import fmx.core.Pipeline;
import fmx.core.Tensor;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundComputeServiceTest {
    private static Pipeline conv(int filters, int k) {
        float[] w = new float[filters * k * k];
        java.util.Arrays.fill(w, 1f);
        return new Pipeline(List.of(new ConvLayer(new FilterBank(filters, 1, k, k, w, new float[filters]),
                Int2.of(1), Padding.SAME, Int2.of(1), false)));
    }

    @Test
    void aResultEqualsWhatTheCoreComputes() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<ComputeResult> results = new CopyOnWriteArrayList<>();
        Tensor input = Tensor.zeros(1, 6, 6);
        input.set(0, 2, 2, 1);
        try (var service = new BackgroundComputeService(Runnable::run, 2)) {
            service.submit(new ComputeRequest(1, input, conv(2, 3)), r -> {
                results.add(r);
                done.countDown();
            }, e -> done.countDown());
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertEquals(conv(2, 3).run(input), results.get(0).stages());
        assertEquals(1, results.get(0).planes().get(0).overallMax(), 0);
    }

    @Test
    void aSupersededRequestNeverDeliversItsResult() throws Exception {
        // Deliveries are queued, not run, until both requests are done: the older one must drop itself even if it
        // finished before the newer one was submitted.
        ConcurrentLinkedQueue<Runnable> deliveries = new ConcurrentLinkedQueue<>();
        List<Long> shown = new CopyOnWriteArrayList<>();
        CountDownLatch newest = new CountDownLatch(1);
        try (var service = new BackgroundComputeService(deliveries::add, 2)) {
            Tensor big = Tensor.zeros(1, 64, 64);
            service.submit(new ComputeRequest(1, big, conv(16, 11)), r -> shown.add(r.generation()), e -> { });
            service.submit(new ComputeRequest(2, Tensor.zeros(1, 5, 5), conv(1, 3)), r -> {
                shown.add(r.generation());
                newest.countDown();
            }, e -> { });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (newest.getCount() > 0 && System.nanoTime() < deadline) {
                Runnable r = deliveries.poll();
                if (r != null) {
                    r.run();
                } else {
                    Thread.sleep(1);
                }
            }
            Thread.sleep(50);
            deliveries.forEach(Runnable::run);
        }
        assertEquals(List.of(2L), shown);
    }

    @Test
    void anInvalidRequestReportsItsProblem() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (var service = new BackgroundComputeService(Runnable::run, 1)) {
            service.submit(new ComputeRequest(1, Tensor.zeros(1, 2, 2), new Pipeline(List.of(ConvLayer.of(
                    FilterBank.single(new float[1][3][3]))))), r -> done.countDown(), e -> {
                        errors.add(e);
                        done.countDown();
                    });
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertTrue(errors.get(0) instanceof InvalidSettingException);
    }
}
