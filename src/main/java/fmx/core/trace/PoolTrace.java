package fmx.core.trace;

import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.WindowGeometry;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a pooling window over one map (H x W), one per pooled output cell in row-major order: step {@code i}
 * is output cell ({@code i / outW}, {@code i % outW}), {@code outH * outW} steps. Each step is computed on demand
 * from its index in O(kh*kw) reads of the map (a lazily computed map costs one convolution step per read).
 * Results equal {@link PoolLayer#apply} bitwise: max keeps the first largest value in row-major order; average
 * sums in row-major order and multiplies by {@code 1 / (kh*kw)}. Immutable and thread-safe when the map is.
 */
public final class PoolTrace extends SteppedTrace {
    private final ValueGrid map;
    private final int channel;
    private final PoolLayer layer;

    private PoolTrace(ValueGrid map, int channel, PoolLayer layer) {
        super(WindowGeometry.pooling(map.height(), map.width(), layer.size(), layer.stride()), "pooled cell");
        this.map = map;
        this.channel = channel;
        this.layer = layer;
    }

    /**
     * Pooling of {@code map}, labelled as channel {@code channel} in the steps. Throws
     * {@link fmx.core.InvalidSettingException} when the window does not fit the map.
     */
    public static PoolTrace of(ValueGrid map, int channel, PoolLayer layer) {
        return new PoolTrace(map, channel, layer);
    }

    public ValueGrid map() {
        return map;
    }

    public int channel() {
        return channel;
    }

    public PoolLayer layer() {
        return layer;
    }

    /** Step {@code i}, computed now. */
    public PoolStep step(int i) {
        int oy = outRow(i);
        int ox = outColumn(i);
        int kh = layer.size().y();
        int kw = layer.size().x();
        boolean max = layer.mode() == PoolMode.MAX;
        List<PoolCell> cells = new ArrayList<>(kh * kw);
        float best = Float.NEGATIVE_INFINITY;
        int winner = -1;
        float sum = 0f;
        for (int ky = 0; ky < kh; ky++) {
            int row = geometry.inputRow(oy, ky);
            for (int kx = 0; kx < kw; kx++) {
                int column = geometry.inputColumn(ox, kx);
                float v = map.get(row, column);
                if (max) {
                    best = Math.max(best, v); // as the core does, so -0 and 0 come out the same
                } else {
                    sum += v;
                }
                cells.add(new PoolCell(ky, kx, row, column, v));
            }
        }
        if (max) {
            winner = firstEqual(cells, best);
        }
        float result = max ? best : sum * (1f / (kh * kw));
        return new PoolStep(i, channel, oy, ox, geometry.inputRow(oy, 0), geometry.inputColumn(ox, 0),
                layer.mode(), List.copyOf(cells), max ? winner : -1, max ? Float.NaN : sum, result);
    }

    /** The first cell (row-major) whose value equals {@code value} numerically (0 == -0). */
    private static int firstEqual(List<PoolCell> cells, float value) {
        for (int k = 0; k < cells.size(); k++) {
            if (cells.get(k).value() == value) {
                return k;
            }
        }
        return 0; // only when the window holds NaN: the core's max is then NaN too
    }
}
