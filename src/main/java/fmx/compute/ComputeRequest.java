package fmx.compute;

import fmx.core.Pipeline;
import fmx.core.Tensor;

/**
 * One job for the {@link ComputeService}: a snapshot of the input and the layers, numbered so that a result can be
 * matched to the newest request. The input must not be changed after the request is made (editors replace the
 * tensor on every edit rather than writing into it).
 */
public record ComputeRequest(long generation, Tensor input, Pipeline pipeline) {}
