package fmx.ui.animation;

import fmx.core.ColorScale;

/** One grid to draw: {@code rows x cols} values, row-major, with its colour scale. Arrays are shared, never written. */
public record MapImage(float[] values, int rows, int cols, ColorScale scale) {}
