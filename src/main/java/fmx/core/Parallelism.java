package fmx.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * How the numeric loops spread independent tasks (output channels, blocks of rows) over threads. Below
 * {@link #SERIAL_THRESHOLD} multiply-adds in all, a job runs on the calling thread: most classroom grids are tiny
 * and a hand-off would cost more than the work. Thread-safe.
 */
public final class Parallelism {
    /** Total work (multiply-adds) under which a job stays on the calling thread. */
    public static final long SERIAL_THRESHOLD = 1L << 17;

    private static final Parallelism SERIAL = new Parallelism(null);

    private final ForkJoinPool pool;

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
     */
    public void forEach(int count, long workPerTask, IntConsumer body) {
        if (pool == null || count <= 1 || count * workPerTask < SERIAL_THRESHOLD) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
            return;
        }
        pool.invoke(new Range(body, 0, count));
    }

    private static final class Range extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient IntConsumer body;
        private final int from;
        private final int to;

        Range(IntConsumer body, int from, int to) {
            this.body = body;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                body.accept(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(body, from, mid), new Range(body, mid, to));
        }
    }
}
