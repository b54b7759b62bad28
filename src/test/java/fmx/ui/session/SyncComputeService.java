package fmx.ui.session;

import fmx.compute.ComputeRequest;
import fmx.compute.ComputeResult;
import fmx.compute.ComputeService;
import java.util.function.Consumer;

/** Computes on the calling thread: view-model tests see the result at once. */
public final class SyncComputeService implements ComputeService {
    public int requests;

    @Override
    public void submit(ComputeRequest request, Consumer<ComputeResult> onResult, Consumer<Throwable> onError) {
        requests++;
        try {
            onResult.accept(ComputeResult.of(request, request.pipeline().run(request.input()), 0));
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    @Override
    public void close() {}
}
