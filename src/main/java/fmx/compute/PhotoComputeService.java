package fmx.compute;

import fmx.core.Cancellation;
import fmx.core.Parallelism;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link PhotoComputation}s off the caller's thread, latest wins (as {@link BackgroundComputeService}): a new
 * request cancels the one in flight, which stops at its next row and whose preview, progress and result are never
 * delivered. Callbacks run on the executor given (Platform::runLater in the app, a direct executor in tests).
 * Errors are {@link fmx.core.InvalidSettingException}s (settings or sizes that cannot be computed) or bugs;
 * cancellations are not reported. Thread-safe.
 */
public final class PhotoComputeService implements AutoCloseable {
    /** What the caller hears about one request. */
    public interface Callbacks {
        void preview(PhotoResult preview);

        void progress(double fraction);

        void result(PhotoResult full);

        void error(Throwable error);
    }

    private final ForkJoinPool pool;
    private final Parallelism parallelism;
    private final Executor deliver;
    private final PhotoComputation computation = new PhotoComputation();
    private final AtomicLong latest = new AtomicLong(Long.MIN_VALUE);
    private volatile Future<?> inFlight;

    public PhotoComputeService(Executor deliver) {
        this(deliver, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    public PhotoComputeService(Executor deliver, int threads) {
        this.deliver = deliver;
        this.pool = new ForkJoinPool(threads, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, false);
        this.parallelism = Parallelism.of(pool);
    }

    public void submit(PhotoRequest request, Callbacks callbacks) {
        long generation = request.generation();
        latest.set(generation);
        Future<?> previous = inFlight;
        if (previous != null) {
            previous.cancel(false);
        }
        Cancellation superseded = () -> latest.get() != generation;
        try {
            inFlight = pool.submit(() -> run(request, superseded, callbacks));
        } catch (RejectedExecutionException closed) {
            // closed while the window was going away: nothing to show
        }
    }

    /** Cancels the request in flight, if any; nothing more is delivered for it. */
    public void cancel() {
        latest.incrementAndGet();
    }

    private void run(PhotoRequest request, Cancellation superseded, Callbacks callbacks) {
        if (superseded.isCancelled()) {
            return;
        }
        PhotoComputation.Listener listener = new PhotoComputation.Listener() {
            @Override
            public void preview(PhotoResult preview) {
                send(superseded, () -> callbacks.preview(preview));
            }

            @Override
            public void progress(double fraction) {
                send(superseded, () -> callbacks.progress(fraction));
            }
        };
        try {
            PhotoResult full = computation.run(request, parallelism, superseded, listener);
            send(superseded, () -> callbacks.result(full));
        } catch (CancellationException e) {
            // superseded: the newer request's results will be shown
        } catch (RuntimeException | OutOfMemoryError e) {
            send(superseded, () -> callbacks.error(e));
        }
    }

    private void send(Cancellation superseded, Runnable r) {
        if (!superseded.isCancelled()) {
            deliver.execute(() -> {
                if (!superseded.isCancelled()) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void close() {
        latest.set(Long.MAX_VALUE);
        pool.shutdownNow();
    }
}
