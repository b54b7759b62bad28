package fmx.compute;

import fmx.core.ActivationLayer;

/**
 * One feature map (or input channel) of a photo computation, H x W values read by row. Full-resolution maps of a
 * big photo may be held as floats, as 16-bit codes linear over the map's [min, max] (a value is then within
 * (max - min) / 131070 of the float: below what any display shows, and the probe says so), or, for an element-wise
 * activation of a stored map, derived on reading. Immutable; safe to read from any thread.
 */
public sealed interface MapPlane {
    int height();

    int width();

    float min();

    float max();

    /** About the value below which {@code p} (0..1) of the values lie (see {@link PlaneStats#percentile}). */
    float percentile(double p);

    /** Whether {@link #value} is the exact float (else within {@link #maxError()}). */
    boolean exact();

    /** How far a value read may be from the computed float: 0 when exact. */
    float maxError();

    float value(int y, int x);

    /** Row {@code y} into {@code dest} (width values). */
    void row(int y, float[] dest);

    /** Bytes this plane holds (0 for a derived plane). */
    long bytes();

    /** A plane that holds its values, with the statistics taken when it was stored. */
    sealed interface Stored extends MapPlane {
        PlaneStats stats();

        @Override
        default float min() {
            return stats().min();
        }

        @Override
        default float max() {
            return stats().max();
        }

        @Override
        default float percentile(double p) {
            return stats().percentile(p);
        }
    }

    /** A float map: {@code data} from {@code offset}, height*width values (shared, not copied). */
    record Floats(int height, int width, float[] data, int offset, PlaneStats stats) implements Stored {
        public static Floats of(float[] data, int offset, int height, int width) {
            return new Floats(height, width, data, offset, PlaneStats.of(data, offset, height, width));
        }

        @Override
        public boolean exact() {
            return true;
        }

        @Override
        public float maxError() {
            return 0;
        }

        @Override
        public float value(int y, int x) {
            return data[offset + y * width + x];
        }

        @Override
        public void row(int y, float[] dest) {
            System.arraycopy(data, offset + y * width, dest, 0, width);
        }

        @Override
        public long bytes() {
            return 4L * height * width;
        }
    }

    /** 16-bit codes: value = min + code * step. */
    record Quantized(int height, int width, short[] codes, float step, PlaneStats stats) implements Stored {
        /** Encodes height*width floats of {@code data} from {@code offset}. */
        public static Quantized of(float[] data, int offset, int height, int width) {
            PlaneStats stats = PlaneStats.of(data, offset, height, width);
            int n = height * width;
            short[] codes = new short[n];
            float step = stats.max() > stats.min() ? (stats.max() - stats.min()) / 65535f : 0;
            float inv = step == 0 ? 0 : 1 / step;
            float min = stats.min();
            for (int i = 0; i < n; i++) {
                codes[i] = (short) Math.round((data[offset + i] - min) * inv);
            }
            return new Quantized(height, width, codes, step, stats);
        }

        @Override
        public boolean exact() {
            return step == 0;
        }

        @Override
        public float maxError() {
            return step / 2;
        }

        @Override
        public float value(int y, int x) {
            return stats.min() + (codes[y * width + x] & 0xFFFF) * step;
        }

        @Override
        public void row(int y, float[] dest) {
            int base = y * width;
            float min = stats.min();
            for (int x = 0; x < width; x++) {
                dest[x] = min + (codes[base + x] & 0xFFFF) * step;
            }
        }

        @Override
        public long bytes() {
            return 2L * height * width;
        }
    }

    /** f(source) for a monotone (non-decreasing) activation f, computed on reading; f commutes with min, max, percentiles. */
    record Activated(MapPlane source, ActivationLayer activation) implements MapPlane {
        @Override
        public int height() {
            return source.height();
        }

        @Override
        public int width() {
            return source.width();
        }

        @Override
        public float min() {
            return activation.apply(source.min());
        }

        @Override
        public float max() {
            return activation.apply(source.max());
        }

        @Override
        public float percentile(double p) {
            return activation.apply(source.percentile(p));
        }

        @Override
        public boolean exact() {
            return source.exact();
        }

        @Override
        public float maxError() {
            return source.maxError() * Math.max(1, Math.abs(activation.slope()));
        }

        @Override
        public float value(int y, int x) {
            return activation.apply(source.value(y, x));
        }

        @Override
        public void row(int y, float[] dest) {
            source.row(y, dest);
            for (int x = 0, w = width(); x < w; x++) {
                dest[x] = activation.apply(dest[x]);
            }
        }

        @Override
        public long bytes() {
            return 0;
        }
    }
}
