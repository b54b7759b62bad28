package fmx.core.trace;

import fmx.core.WindowGeometry;

/**
 * The step numbering that the convolution and pooling traces share: step {@code i} is output cell
 * ({@code i / outW}, {@code i % outW}) of the window geometry, {@code outH * outW} steps in row-major order.
 * Immutable.
 */
abstract sealed class SteppedTrace permits ConvTrace, PoolTrace {
    final WindowGeometry geometry;
    /** Names an output cell in messages: "output cell", "pooled cell". */
    private final String cellName;

    SteppedTrace(WindowGeometry geometry, String cellName) {
        this.geometry = geometry;
        this.cellName = cellName;
    }

    /** Where the window lies for each output cell. */
    public WindowGeometry geometry() {
        return geometry;
    }

    /** outH * outW. */
    public int stepCount() {
        return geometry.outHeight() * geometry.outWidth();
    }

    /** The output row of step {@code i}. */
    public int outRow(int i) {
        return checkStep(i) / geometry.outWidth();
    }

    /** The output column of step {@code i}. */
    public int outColumn(int i) {
        return checkStep(i) % geometry.outWidth();
    }

    /** The step that computes output cell (oy, ox). */
    public int stepAt(int oy, int ox) {
        if (oy < 0 || oy >= geometry.outHeight() || ox < 0 || ox >= geometry.outWidth()) {
            throw new IndexOutOfBoundsException(cellName + " (" + oy + ", " + ox + ") is outside the "
                    + geometry.outHeight() + "x" + geometry.outWidth() + " output");
        }
        return oy * geometry.outWidth() + ox;
    }

    private int checkStep(int i) {
        if (i < 0 || i >= stepCount()) {
            throw new IndexOutOfBoundsException("step " + i + " is outside 0.." + (stepCount() - 1));
        }
        return i;
    }
}
