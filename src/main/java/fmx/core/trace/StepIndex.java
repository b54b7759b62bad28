package fmx.core.trace;

import fmx.core.WindowGeometry;

/**
 * The numbering shared by the convolution and pooling traces: step {@code i} is output cell
 * ({@code i / outW}, {@code i % outW}) of {@code geometry}, {@code outH * outW} steps in row-major order.
 * {@code cellName} names an output cell in messages ("output cell", "pooled cell"). Immutable.
 */
record StepIndex(WindowGeometry geometry, String cellName) {

    int count() {
        return geometry.outHeight() * geometry.outWidth();
    }

    int row(int i) {
        return check(i) / geometry.outWidth();
    }

    int column(int i) {
        return check(i) % geometry.outWidth();
    }

    int at(int oy, int ox) {
        if (oy < 0 || oy >= geometry.outHeight() || ox < 0 || ox >= geometry.outWidth()) {
            throw new IndexOutOfBoundsException(cellName + " (" + oy + ", " + ox + ") is outside the "
                    + geometry.outHeight() + "x" + geometry.outWidth() + " output");
        }
        return oy * geometry.outWidth() + ox;
    }

    private int check(int i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("step " + i + " is outside 0.." + (count() - 1));
        }
        return i;
    }
}
