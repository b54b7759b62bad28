package fmx.compute;

/**
 * The value distribution of one map: its smallest and largest value and a histogram of {@link #BINS} equal bins
 * over [min, max], from which {@link #percentile} reads approximate percentiles (within one bin, (max-min)/1024)
 * for a display that ignores outliers. Immutable by convention (the histogram is never written after creation).
 */
public record PlaneStats(float min, float max, int[] histogram) {
    public static final int BINS = 1024;

    /** The stats of {@code count} values of {@code data} from {@code offset}. */
    public static PlaneStats of(float[] data, int offset, int count) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int i = offset, end = offset + count; i < end; i++) {
            lo = Math.min(lo, data[i]);
            hi = Math.max(hi, data[i]);
        }
        int[] h = new int[BINS];
        float scale = hi > lo ? (BINS - 1) / (hi - lo) : 0;
        for (int i = offset, end = offset + count; i < end; i++) {
            h[(int) ((data[i] - lo) * scale)]++;
        }
        return new PlaneStats(lo, hi, h);
    }

    /** The value below which about {@code p} (0..1) of the values lie: min at 0, max at 1. */
    public float percentile(double p) {
        if (p <= 0) {
            return min;
        }
        if (p >= 1) {
            return max;
        }
        long total = 0;
        for (int c : histogram) {
            total += c;
        }
        double target = p * total;
        long seen = 0;
        for (int b = 0; b < histogram.length; b++) {
            seen += histogram[b];
            if (seen >= target) {
                return min + (max - min) * (b + 0.5f) / (BINS - 1);
            }
        }
        return max;
    }
}
