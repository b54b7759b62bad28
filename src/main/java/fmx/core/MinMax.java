package fmx.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The smallest and largest of a run of floats, a vector at a time: a 12-megapixel map is scanned at memory speed
 * (the scalar {@code Math.min/max} loop, which the JIT does not vectorise, took longer than the map's convolution).
 * A NaN makes both results NaN, as {@code Math.min} and {@code Math.max} do.
 */
public final class MinMax {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private MinMax() {}

    /** {@code {min, max}} of {@code data[offset, offset + count)}; {+inf, -inf} when count is 0. */
    public static float[] of(float[] data, int offset, int count) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        int i = offset;
        int end = offset + count;
        if (count >= 4 * S.length()) {
            FloatVector vlo = FloatVector.broadcast(S, lo);
            FloatVector vhi = FloatVector.broadcast(S, hi);
            for (int bound = end - S.length(); i <= bound; i += S.length()) {
                FloatVector v = FloatVector.fromArray(S, data, i);
                vlo = vlo.min(v);
                vhi = vhi.max(v);
            }
            lo = vlo.reduceLanes(VectorOperators.MIN);
            hi = vhi.reduceLanes(VectorOperators.MAX);
        }
        for (; i < end; i++) {
            lo = Math.min(lo, data[i]);
            hi = Math.max(hi, data[i]);
        }
        return new float[] {lo, hi};
    }
}
