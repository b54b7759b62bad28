package fmx.core;

import java.util.Arrays;

/**
 * A C x H x W block of floats, stored flat in C-H-W (row-major) order: the value at (c, y, x) is
 * {@code data[(c * H + y) * W + x]}.
 *
 * <p>The array is shared, not copied, by {@link #data()} so that the numeric loops work on it directly; treat a
 * tensor handed to other code as read-only. Not thread-safe for writes.
 */
public final class Tensor {
    /** The most values one Java array can hold on the usual VMs, so the most a tensor (one float[]) can hold. */
    public static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private final Shape3 shape;
    private final float[] data;

    /** Wraps {@code data} (not copied); its length must be C*H*W. */
    public Tensor(Shape3 shape, float[] data) {
        if (data.length != shape.volume()) {
            throw new IllegalArgumentException("data holds " + data.length + " values, shape " + shape
                    + " needs " + shape.volume());
        }
        this.shape = shape;
        this.data = data;
    }

    public static Tensor zeros(int channels, int height, int width) {
        Shape3 shape = new Shape3(channels, height, width);
        return new Tensor(shape, new float[Math.toIntExact(shape.volume())]);
    }

    /** From nested arrays [C][H][W]; every channel and row must have the same length. */
    public static Tensor of(float[][][] values) {
        int c = values.length;
        int h = c == 0 ? 0 : values[0].length;
        int w = h == 0 ? 0 : values[0][0].length;
        Tensor t = zeros(c, h, w);
        for (int ch = 0; ch < c; ch++) {
            if (values[ch].length != h) {
                throw new InvalidSettingException("channel " + ch + " has " + values[ch].length + " rows, expected " + h);
            }
            for (int y = 0; y < h; y++) {
                if (values[ch][y].length != w) {
                    throw new InvalidSettingException("channel " + ch + ", row " + y + " has " + values[ch][y].length
                            + " values, expected " + w);
                }
                System.arraycopy(values[ch][y], 0, t.data, (ch * h + y) * w, w);
            }
        }
        return t;
    }

    /** A single-channel tensor from rows [H][W]. */
    public static Tensor of(float[][] rows) {
        return of(new float[][][] {rows});
    }

    public Shape3 shape() {
        return shape;
    }

    public int channels() {
        return shape.channels();
    }

    public int height() {
        return shape.height();
    }

    public int width() {
        return shape.width();
    }

    /** The backing array (shared, C-H-W order). */
    public float[] data() {
        return data;
    }

    public float get(int c, int y, int x) {
        return data[(c * shape.height() + y) * shape.width() + x];
    }

    public void set(int c, int y, int x, float value) {
        data[(c * shape.height() + y) * shape.width() + x] = value;
    }

    /** Offset of channel {@code c} in {@link #data()}. */
    public int channelOffset(int c) {
        return c * shape.height() * shape.width();
    }

    public Tensor copy() {
        return new Tensor(shape, data.clone());
    }

    /** The values as nested arrays [C][H][W]. */
    public float[][][] toArray() {
        float[][][] out = new float[channels()][height()][];
        for (int c = 0; c < channels(); c++) {
            for (int y = 0; y < height(); y++) {
                int from = (c * height() + y) * width();
                out[c][y] = Arrays.copyOfRange(data, from, from + width());
            }
        }
        return out;
    }

    /** Smallest and largest value, {@code {min, max}}; NaN-free input assumed. */
    public float[] range() {
        return MinMax.of(data, 0, data.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && shape.equals(t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor[" + shape + "]";
    }
}
