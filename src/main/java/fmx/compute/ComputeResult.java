package fmx.compute;

import fmx.core.MinMax;
import fmx.core.Pipeline;
import fmx.core.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a {@link ComputeRequest}: every stage's output tensor, plus each stage split into per-channel
 * planes with their value ranges, prepared off the FX thread so that views only hand arrays to their grids.
 * Immutable by convention (arrays are shared, never written after construction).
 */
public record ComputeResult(long generation, Tensor input, Pipeline pipeline, List<Tensor> stages,
                            List<Planes> planes, long computeNanos) {

    /** Stage {@code stage}'s channels as separate row-major arrays, with min and max per plane and overall. */
    public record Planes(int rows, int cols, float[][] values, float[] min, float[] max) {
        public float overallMin() {
            float m = Float.POSITIVE_INFINITY;
            for (float v : min) {
                m = Math.min(m, v);
            }
            return m;
        }

        public float overallMax() {
            float m = Float.NEGATIVE_INFINITY;
            for (float v : max) {
                m = Math.max(m, v);
            }
            return m;
        }

        static Planes of(Tensor t) {
            int plane = t.height() * t.width();
            float[][] values = new float[t.channels()][];
            float[] min = new float[t.channels()];
            float[] max = new float[t.channels()];
            for (int c = 0; c < t.channels(); c++) {
                values[c] = Arrays.copyOfRange(t.data(), c * plane, (c + 1) * plane);
                float[] range = MinMax.of(values[c], 0, plane);
                min[c] = range[0];
                max[c] = range[1];
            }
            return new Planes(t.height(), t.width(), values, min, max);
        }
    }

    public ComputeResult {
        stages = List.copyOf(stages);
        planes = List.copyOf(planes);
    }

    /** Builds the result, splitting every stage into planes (call it on the worker thread). */
    public static ComputeResult of(ComputeRequest request, List<Tensor> stages, long computeNanos) {
        List<Planes> planes = stages.stream().map(Planes::of).toList();
        return new ComputeResult(request.generation(), request.input(), request.pipeline(), stages, planes,
                computeNanos);
    }
}
