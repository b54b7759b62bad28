package fmx.ui.photo;

import java.util.List;

/**
 * What the pixel probe shows: the photo pixel (x, y), its channel values, and for each map of the shown stage the
 * map pixel that covers it, its value (exact, or within {@code error} for a map stored as 16-bit codes) and the
 * receptive field of that map pixel on the photo.
 */
public record ProbeReport(int x, int y, float[] input, List<MapValue> maps, PhotoRegion field, boolean preview) {
    /** Map {@code map} at map pixel (row, column): {@code value}, within {@code error}. */
    public record MapValue(int map, int row, int column, float value, float error) {}
}
