package fmx.compute;

import java.util.function.Consumer;

/**
 * Runs pipelines away from the caller's thread. Latest wins: a new request supersedes the one in flight, which
 * is cancelled and whose result is never delivered. Results and errors reach the callbacks through the executor
 * the implementation was given (the FX thread in the app). Errors are {@link fmx.core.InvalidSettingException}s
 * for settings that cannot be computed, anything else for bugs; cancellations are not errors and are not reported.
 */
public interface ComputeService extends AutoCloseable {
    void submit(ComputeRequest request, Consumer<ComputeResult> onResult, Consumer<Throwable> onError);

    /** Stops the worker threads; later submissions are ignored. */
    @Override
    void close();
}
