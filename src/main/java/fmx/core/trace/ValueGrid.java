package fmx.core.trace;

import fmx.core.Tensor;

/**
 * A read-only H x W grid of floats, row-major: one channel of a tensor, or a map computed cell by cell on demand
 * ({@link ConvTrace#activationMap()}). Implementations are immutable and thread-safe.
 */
public interface ValueGrid {
    int height();

    int width();

    /** The value at row {@code y}, column {@code x}, both inside the grid. */
    float get(int y, int x);

    /** Channel {@code channel} of {@code tensor} (not copied). */
    static ValueGrid channel(Tensor tensor, int channel) {
        if (channel < 0 || channel >= tensor.channels()) {
            throw new IndexOutOfBoundsException("channel " + channel + " is outside 0.." + (tensor.channels() - 1));
        }
        return new ValueGrid() {
            @Override
            public int height() {
                return tensor.height();
            }

            @Override
            public int width() {
                return tensor.width();
            }

            @Override
            public float get(int y, int x) {
                return tensor.get(channel, y, x);
            }
        };
    }
}
