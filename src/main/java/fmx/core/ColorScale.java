package fmx.core;

/**
 * Maps values in [{@code low}, {@code high}] linearly onto a {@link ColorMap}: {@code low} gets the map's first
 * colour, {@code high} its last; values outside are clamped. A degenerate range ({@code high <= low}, or not
 * finite) and NaN values give the map's middle colour, so an all-zero map on the diverging scale is neutral.
 *
 * <p>{@link #fill} converts a run of a flat {@code float[]} (for example one H x W plane of a C-H-W tensor) to ARGB
 * ints without allocating, for {@code PixelWriter.setPixels}; it gives exactly what {@link #argb(float)} gives.
 * Immutable and thread-safe.
 */
public record ColorScale(ColorMap map, float low, float high) {

    public ColorScale {
        if (map == null) {
            throw new IllegalArgumentException("a colour scale needs a colour map");
        }
    }

    /**
     * The scale that shows values from {@code min} to {@code max}: for {@link ColorMap#DIVERGING} symmetric
     * around 0, from {@code -m} to {@code +m} with {@code m = max(|min|, |max|)}, so that 0 is always the neutral
     * middle; for the other maps [{@code min}, {@code max}]. Non-finite bounds count as 0.
     */
    public static ColorScale fit(ColorMap map, float min, float max) {
        float lo = Float.isFinite(min) ? min : 0f;
        float hi = Float.isFinite(max) ? max : 0f;
        if (map == ColorMap.DIVERGING) {
            float m = Math.max(Math.abs(lo), Math.abs(hi));
            return new ColorScale(map, 0f - m, m); // 0f - m: never -0.0
        }
        return new ColorScale(map, Math.min(lo, hi), Math.max(lo, hi));
    }

    /** {@link #fit} to the smallest and largest finite value in {@code values[from .. from+count)}. */
    public static ColorScale fit(ColorMap map, float[] values, int from, int count) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = from, end = from + count; i < end; i++) {
            float v = values[i];
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return min > max ? fit(map, 0f, 0f) : fit(map, min, max);
    }

    /** True when low and high are finite and low < high; otherwise every value gets the middle colour. */
    public boolean isProper() {
        return Float.isFinite(low) && Float.isFinite(high) && low < high;
    }

    /** The opaque colour of {@code value}. */
    public int argb(float value) {
        if (!isProper()) {
            return map.entry(ColorMap.TABLE_SIZE / 2);
        }
        return map.entry(index(value, low, (ColorMap.TABLE_SIZE - 1) / ((double) high - low)));
    }

    /** Where {@code value} sits on the scale, in [0, 1] (0.5 for a degenerate scale or NaN). */
    public double position(float value) {
        if (!isProper() || Float.isNaN(value)) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, ((double) value - low) / ((double) high - low)));
    }

    /** Writes the colours of {@code values[from .. from+count)} to {@code argbOut[outOffset ..]}. */
    public void fill(float[] values, int from, int count, int[] argbOut, int outOffset) {
        if (!isProper()) {
            java.util.Arrays.fill(argbOut, outOffset, outOffset + count, map.entry(ColorMap.TABLE_SIZE / 2));
            return;
        }
        double perUnit = (ColorMap.TABLE_SIZE - 1) / ((double) high - low);
        float lo = low;
        ColorMap m = map;
        for (int i = 0; i < count; i++) {
            argbOut[outOffset + i] = m.entry(index(values[from + i], lo, perUnit));
        }
    }

    private static int index(float value, float low, double perUnit) {
        double p = ((double) value - low) * perUnit + 0.5;
        if (!(p >= 0)) {
            return p < 0 ? 0 : ColorMap.TABLE_SIZE / 2; // NaN: middle
        }
        return p >= ColorMap.TABLE_SIZE ? ColorMap.TABLE_SIZE - 1 : (int) p;
    }
}
