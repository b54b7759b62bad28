package fmx.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * This machine's single-precision multiply-add peak on a number of threads, measured rather than looked up: every
 * thread runs 12 independent {@link FloatVector#fma} chains of the preferred species (enough to cover the FMA
 * latency on two FMA pipes), all threads at once; the best of a few runs counts. Besides the wall-clock rate it
 * returns the rate per CPU-second of one thread (each thread's own CPU time), which a loaded machine's time-slicing
 * does not dilute. Thread-safe (no state).
 */
final class FmaPeak {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int CHAINS = 12;
    private static volatile float sink;

    private FmaPeak() {}

    /**
     * The peak: {@code wall} multiply-adds per second on {@code threads} threads together, {@code perCpuSecond}
     * multiply-adds per CPU-second of one thread.
     */
    record Peak(double wall, double perCpuSecond) {}

    /** The peak on {@code threads} threads (best of {@code runs} runs of about 0.1 s each, per measure). */
    static Peak measure(int threads, int runs) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) {
            chains(20_000); // compile the loop before timing it
        }
        long iterations = 4_000_000L * 16 / S.length();
        double best = 0;
        double bestPerCpu = 0;
        for (int run = 0; run < runs; run++) {
            CountDownLatch start = new CountDownLatch(1);
            AtomicLong cpu = new AtomicLong();
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (long done = 0; done < iterations; done += 1_000_000) {
                        chains(1_000_000);
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                });
                workers[t].start();
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Thread w : workers) {
                w.join();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double macs = threads * (double) iterations * CHAINS * S.length();
            best = Math.max(best, macs / seconds);
            bestPerCpu = Math.max(bestPerCpu, macs / (cpu.get() / 1e9));
        }
        return new Peak(best, bestPerCpu);
    }

    private static void chains(int iterations) {
        FloatVector m = FloatVector.broadcast(S, 0.999_999f);
        FloatVector b = FloatVector.broadcast(S, 1e-6f);
        FloatVector a0 = FloatVector.broadcast(S, 1f), a1 = FloatVector.broadcast(S, 2f);
        FloatVector a2 = FloatVector.broadcast(S, 3f), a3 = FloatVector.broadcast(S, 4f);
        FloatVector a4 = FloatVector.broadcast(S, 5f), a5 = FloatVector.broadcast(S, 6f);
        FloatVector a6 = FloatVector.broadcast(S, 7f), a7 = FloatVector.broadcast(S, 8f);
        FloatVector a8 = FloatVector.broadcast(S, 9f), a9 = FloatVector.broadcast(S, 10f);
        FloatVector a10 = FloatVector.broadcast(S, 11f), a11 = FloatVector.broadcast(S, 12f);
        for (int i = 0; i < iterations; i++) {
            a0 = a0.fma(m, b);
            a1 = a1.fma(m, b);
            a2 = a2.fma(m, b);
            a3 = a3.fma(m, b);
            a4 = a4.fma(m, b);
            a5 = a5.fma(m, b);
            a6 = a6.fma(m, b);
            a7 = a7.fma(m, b);
            a8 = a8.fma(m, b);
            a9 = a9.fma(m, b);
            a10 = a10.fma(m, b);
            a11 = a11.fma(m, b);
        }
        sink = a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11)
                .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
