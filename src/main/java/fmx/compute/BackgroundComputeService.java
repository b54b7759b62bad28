package fmx.compute;

import fmx.core.Cancellation;
import fmx.core.Parallelism;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The {@link ComputeService} of the app: one bounded {@link ForkJoinPool} of daemon threads runs each request and
 * also spreads the numeric loops of big requests over its threads. A request checks, per output row, whether a
 * newer one arrived (the generation counter) and stops if so; a result still in transit when a newer request
 * arrives is dropped before delivery. Thread-safe.
 */
public final class BackgroundComputeService implements ComputeService {
    private final ForkJoinPool pool;
    private final Parallelism parallelism;
    private final Executor deliver;
    private final AtomicLong latest = new AtomicLong(Long.MIN_VALUE);
    private volatile Future<?> inFlight;

    /** {@code deliver} runs the callbacks (Platform::runLater in the app, a direct executor in tests). */
    public BackgroundComputeService(Executor deliver) {
        this(deliver, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    public BackgroundComputeService(Executor deliver, int threads) {
        this.deliver = deliver;
        // Fork-join worker threads are daemons: a forgotten close() never keeps the JVM alive.
        this.pool = new ForkJoinPool(threads, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false);
        this.parallelism = Parallelism.of(pool);
    }

    @Override
    public void submit(ComputeRequest request, Consumer<ComputeResult> onResult, Consumer<Throwable> onError) {
        long generation = request.generation();
        latest.set(generation);
        Future<?> previous = inFlight;
        if (previous != null) {
            previous.cancel(false); // not yet started: never starts; running: stops at its next check
        }
        Cancellation superseded = () -> latest.get() != generation;
        try {
            inFlight = pool.submit(() -> run(request, superseded, onResult, onError));
        } catch (RejectedExecutionException closed) {
            // closed while the window was going away: nothing to show
        }
    }

    private void run(ComputeRequest request, Cancellation superseded, Consumer<ComputeResult> onResult,
                     Consumer<Throwable> onError) {
        if (superseded.isCancelled()) {
            return;
        }
        try {
            long start = System.nanoTime();
            var stages = request.pipeline().run(request.input(), parallelism, superseded);
            ComputeResult result = ComputeResult.of(request, stages, System.nanoTime() - start);
            deliver.execute(() -> {
                if (!superseded.isCancelled()) {
                    onResult.accept(result);
                }
            });
        } catch (CancellationException e) {
            // superseded by a newer request: its result will be shown instead
        } catch (RuntimeException e) {
            if (!superseded.isCancelled()) {
                deliver.execute(() -> onError.accept(e));
            }
        }
    }

    @Override
    public void close() {
        latest.set(Long.MAX_VALUE);
        pool.shutdownNow();
    }
}
