package fmx.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * How the numeric loops spread independent tasks (output channels, blocks of rows) over threads. Below
 * {@link #SERIAL_THRESHOLD} multiply-adds in all, a job runs on the calling thread: most classroom grids are tiny
 * and a hand-off would cost more than the work. Thread-safe.
 */
public final class Parallelism {
    /**
     * Total work (multiply-adds) under which a job stays on the calling thread: about 35 microseconds of it on one
     * core, the time a parked worker can take to wake. (At 2^17, the explorer's 32 x 32 x 3 example with 8 filters,
     * a few microseconds of work, went to a helper and its result sometimes came 2 to 3 ms after the edit.)
     */
    public static final long SERIAL_THRESHOLD = 1L << 21;

    private static final Parallelism SERIAL = new Parallelism(null);

    /** How long a helper waits, spinning, for the next job after one ends (OpenMP runtimes spin up to 200 ms). */
    private static final long LINGER_NANOS = 2_000_000;

    private final ForkJoinPool pool;
    /** The job helpers take tasks from: the newest forEach call still running, or null. */
    private final AtomicReference<Job> published = new AtomicReference<>();
    /** Helpers running or lingering on the pool's workers. */
    private final AtomicInteger helpers = new AtomicInteger();

    private Parallelism(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** Everything on the calling thread. */
    public static Parallelism serial() {
        return SERIAL;
    }

    /** Tasks spread over {@code pool}'s threads (the caller's pool: no thread is created here). */
    public static Parallelism of(ForkJoinPool pool) {
        return new Parallelism(pool);
    }

    public boolean isSerial() {
        return pool == null;
    }

    /**
     * Runs {@code body} for every task index in [0, count), each task worth about {@code workPerTask}
     * multiply-adds, and returns when all are done. An exception in a task (a cancellation) propagates.
     *
     * <p>The calling thread takes tasks too, with at most parallelism - 1 of the pool's workers beside it, each
     * claiming the next index from a shared counter; so the job starts at once, however long a parked worker takes
     * to wake, and never has more threads than the pool's parallelism running it. (A recursive fork/join split,
     * with the caller blocked in {@code invoke}, measured 0.7 to 1.9 ms for vgg-first-layer's convolution on 2 threads
     * where one thread takes 1.5 ms: workers blocked in joins made the pool add a third thread on the 2 cores.)
     */
    public void forEach(int count, long workPerTask, IntConsumer body) {
        if (pool == null || count <= 1 || count * workPerTask < SERIAL_THRESHOLD) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
            return;
        }
        Job job = new Job(body, count);
        published.set(job);
        // The common pool is sized for callers that work beside it (cores - 1); other pools are sized to all threads.
        int threads = pool == ForkJoinPool.commonPool() ? pool.getParallelism() + 1 : pool.getParallelism();
        int wanted = Math.min(threads - 1, count - 1);
        for (int h = helpers.get(); h < wanted; h++) {
            helpers.incrementAndGet();
            try {
                pool.execute(this::help);
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                helpers.decrementAndGet(); // the pool is closing: the caller finishes the job alone
                break;
            }
        }
        try {
            job.run();
            job.awaitAndRethrow();
        } finally {
            published.compareAndSet(job, null); // the job's lambda may hold big arrays
        }
    }

    /**
     * A helper's life: run the published job's tasks, then spin for {@link #LINGER_NANOS} waiting for the next job
     * before handing the worker back to the pool. Staying on its core between the jobs of one computation (a
     * pipeline makes several) and between back-to-back edits keeps a second thread from being woken onto the
     * caller's own core, where the two would share it: measured on vgg-first-layer's convolution (2 threads), a
     * quarter of the runs took the one-thread time before helpers lingered.
     */
    private void help() {
        try {
            Job last = null;
            long deadline = System.nanoTime() + LINGER_NANOS;
            while (true) {
                Job job = published.get();
                if (job != null && job != last) {
                    job.run();
                    last = job;
                    deadline = System.nanoTime() + LINGER_NANOS;
                } else if (System.nanoTime() - deadline > 0) {
                    return;
                } else {
                    Thread.onSpinWait();
                }
            }
        } finally {
            helpers.decrementAndGet();
        }
    }

    /** One forEach call: the next unclaimed index, the tasks not yet finished, the first failure. */
    private static final class Job {
        private final IntConsumer body;
        private final int count;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger unfinished;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(IntConsumer body, int count) {
            this.body = body;
            this.count = count;
            this.unfinished = new AtomicInteger(count);
        }

        /** Claims and runs tasks until none is left; after a failure, claims the rest without running them. */
        void run() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        body.accept(i);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    unfinished.decrementAndGet();
                }
            }
        }

        /**
         * Waits for the tasks other threads claimed (each already running, so this ends within about one task) and
         * rethrows the first failure.
         */
        void awaitAndRethrow() {
            for (int spins = 0; unfinished.get() > 0; spins++) {
                if (spins < 20_000) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(20_000);
                }
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }
}
