package fmx.core;

import java.util.concurrent.CancellationException;

/**
 * Polled by long loops (per output row or channel, never per pixel) so that stale work stops early.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Cancellation {
    /** Never cancelled. */
    Cancellation NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancellationException} if cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
