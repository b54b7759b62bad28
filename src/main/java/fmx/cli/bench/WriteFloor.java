package fmx.cli.bench;

import fmx.core.Parallelism;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The time to merely write a workload's output buffers once with vector stores, spread over the same threads in the
 * same bands as the engine: a floor under any convolution that writes those buffers (the photo workload writes
 * 8 x 3000 x 4000 floats = 384 MB). The buffers are already touched (no page faults), as the engine's reused buffers
 * are. Thread-safe (no state).
 */
final class WriteFloor {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Floats per task: 1 MB of output, a few hundred tasks for the photo's 384 MB. */
    private static final int CHUNK = 1 << 18;

    private WriteFloor() {}

    /** Minimum nanoseconds over {@code reps} runs to store a value into every float of {@code buffers}. */
    static long measure(float[][] buffers, Parallelism parallelism, int reps) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < reps; r++) {
            float value = r;
            long t0 = System.nanoTime();
            for (float[] b : buffers) {
                int tasks = (b.length + CHUNK - 1) / CHUNK;
                // workPerTask large: always parallel when there are threads, as the engine is on these sizes
                parallelism.forEach(tasks, Long.MAX_VALUE / Math.max(1, tasks), t -> fill(b, t * CHUNK,
                        Math.min(b.length, (t + 1) * CHUNK), value));
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static void fill(float[] b, int from, int to, float value) {
        FloatVector v = FloatVector.broadcast(S, value);
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            v.intoArray(b, i);
        }
        for (; i < to; i++) {
            b[i] = value;
        }
    }
}
