package fmx.ui.photo;

import fmx.compute.MapPlane;
import fmx.compute.PhotoResult;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the visible part of the photo and of its maps into ARGB arrays (one per panel, width x height of the
 * viewport, for one PixelWriter.setPixels each), nearest pixel, off the FX thread. Only the viewport is converted,
 * never the whole 12 MP map. Pixels outside the photo or map get {@link #BACKGROUND}. Stateless.
 */
public final class MapRenderer {
    /** Outside the photo: a neutral dark grey. */
    public static final int BACKGROUND = 0xFF3A3A3A;

    private MapRenderer() {}

    /**
     * The photo as the panels draw it: the photo itself with its value range (scanned once per photo: 36 million
     * floats for 12 MP), and, when there is one, its shrunk copy from the preview (each pixel the mean of a
     * {@code factor x factor} block), drawn instead while a screen pixel covers at least that many photo pixels:
     * sharper than picking single pixels, and a fraction of the memory reads (drawing a fitted 12 MP photo from the
     * full tensor, a scattered read per screen pixel, took most of a frame's 23 ms).
     */
    record PhotoSource(Tensor photo, float lo, float hi, Tensor shrunk, int factor) {
        static PhotoSource of(Tensor photo, Tensor shrunk, int factor) {
            float[] range = photo.range();
            return new PhotoSource(photo, Math.min(0, range[0]), Math.max(1, range[1]), shrunk, factor);
        }

        /**
         * The source for {@code input}: {@code known} when it is for the same photo (its range is not scanned again),
         * with the shrunk copy of {@code preview} (a preview of this photo) when there is one.
         */
        static PhotoSource update(PhotoSource known, Tensor input, PhotoResult preview) {
            PhotoSource source = known != null && known.photo() == input ? known : of(input, null, 1);
            if (preview != null && source.shrunk() != preview.input()) {
                source = new PhotoSource(source.photo(), source.lo(), source.hi(), preview.input(), preview.factor());
            }
            return source;
        }

        int[] draw(Viewport view) {
            return shrunk != null && factor > 1 && view.zoom() * factor <= 1
                    ? MapRenderer.photo(shrunk, factor, view, lo, hi) : MapRenderer.photo(photo, 1, view, lo, hi);
        }
    }

    /**
     * The panels of one frame: the photo, then each map of stage {@code s} of {@code r} (none when {@code r} is
     * null), through {@code view}, coloured by {@code d} and normalised by {@code n}.
     */
    static PhotoViewModel.Frame frame(PhotoSource source, PhotoResult r, int s, List<StageMapping> mappings,
                                      Viewport view, SignedDisplay d, Normalisation n) {
        int[] photoPixels = source.draw(view);
        List<int[]> maps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (r != null && s >= 0 && s < mappings.size()) {
            List<MapPlane> planes = r.stages().get(s);
            float[][] ranges = ranges(planes, n);
            for (int c = 0; c < planes.size(); c++) {
                ColorScale scale = scale(d, ranges[c][0], ranges[c][1]);
                maps.add(map(planes.get(c), mappings.get(s), r.factor(), view, d, scale));
                labels.add(Messages.TEXTS.text("map.label", String.valueOf(c + 1),
                        String.format(java.util.Locale.ROOT, "%.3g", ranges[c][0]),
                        String.format(java.util.Locale.ROOT, "%.3g", ranges[c][1])));
            }
        }
        return new PhotoViewModel.Frame(view, photoPixels, maps, labels, r != null && r.preview());
    }

    /** The colour range of each map of a stage for {@code normalisation}: {lo, hi} per map. */
    public static float[][] ranges(List<MapPlane> maps, Normalisation normalisation) {
        float[][] r = new float[maps.size()][];
        float sharedLo = Float.POSITIVE_INFINITY;
        float sharedHi = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < maps.size(); i++) {
            MapPlane m = maps.get(i);
            r[i] = normalisation == Normalisation.PERCENTILES
                    ? new float[] {m.percentile(0.01), m.percentile(0.99)} : new float[] {m.min(), m.max()};
            sharedLo = Math.min(sharedLo, r[i][0]);
            sharedHi = Math.max(sharedHi, r[i][1]);
        }
        if (normalisation == Normalisation.SHARED) {
            for (float[] x : r) {
                x[0] = sharedLo;
                x[1] = sharedHi;
            }
        }
        return r;
    }

    /** The colour scale of a map with range [lo, hi] under {@code display}; values pass {@link #shown} first. */
    public static ColorScale scale(SignedDisplay display, float lo, float hi) {
        float m = Math.max(Math.abs(lo), Math.abs(hi));
        return switch (display) {
            case DIVERGING -> ColorScale.fit(ColorMap.DIVERGING, lo, hi);
            case ABSOLUTE -> new ColorScale(ColorMap.GRAY, 0, m);
            case CLIPPED -> new ColorScale(ColorMap.GRAY, 0, Math.max(hi, 0));
            case OFFSET -> new ColorScale(ColorMap.GRAY, 0f - m, m);
        };
    }

    /** The value that is coloured: |v| for ABSOLUTE, max(v, 0) for CLIPPED, v otherwise. */
    public static float shown(SignedDisplay display, float v) {
        return switch (display) {
            case ABSOLUTE -> Math.abs(v);
            case CLIPPED -> Math.max(v, 0);
            default -> v;
        };
    }

    /** One map of a result computed with preview factor {@code f}, seen through {@code view}. */
    public static int[] map(MapPlane plane, StageMapping mapping, int f, Viewport view, SignedDisplay display,
                            ColorScale scale) {
        int w = view.width();
        int h = view.height();
        int[] out = new int[w * h];
        int[] cols = new int[w];
        for (int px = 0; px < w; px++) {
            int ox = mapping.mapColumn(view.photoX(px + 0.5), f);
            cols[px] = ox >= 0 && ox < plane.width() ? ox : -1;
        }
        float[] row = new float[plane.width()];
        int lastRow = -1;
        for (int py = 0; py < h; py++) {
            int oy = mapping.mapRow(view.photoY(py + 0.5), f);
            int base = py * w;
            if (oy < 0 || oy >= plane.height()) {
                java.util.Arrays.fill(out, base, base + w, BACKGROUND);
                continue;
            }
            if (oy != lastRow) {
                plane.row(oy, row);
                lastRow = oy;
            }
            for (int px = 0; px < w; px++) {
                int ox = cols[px];
                out[base + px] = ox < 0 ? BACKGROUND : scale.argb(shown(display, row[ox]));
            }
        }
        return out;
    }

    /**
     * The photo itself (C x H x W, 1 or 3 channels) scaled by {@code f} (the preview's shrink factor: the tensor is
     * the shrunk photo), values from [lo, hi] to 0..255: RGB as colour, one channel as grey.
     */
    public static int[] photo(Tensor photo, int f, Viewport view, float lo, float hi) {
        int w = view.width();
        int h = view.height();
        int[] out = new int[w * h];
        int pw = photo.width();
        int ph = photo.height();
        int plane = pw * ph;
        float[] d = photo.data();
        boolean rgb = photo.channels() >= 3;
        float k = hi > lo ? 255f / (hi - lo) : 0;
        int[] cols = new int[w];
        for (int px = 0; px < w; px++) {
            int x = (int) Math.floor(view.photoX(px + 0.5) / f);
            cols[px] = x >= 0 && x < pw ? x : -1;
        }
        for (int py = 0; py < h; py++) {
            int y = (int) Math.floor(view.photoY(py + 0.5) / f);
            int base = py * w;
            if (y < 0 || y >= ph) {
                java.util.Arrays.fill(out, base, base + w, BACKGROUND);
                continue;
            }
            for (int px = 0; px < w; px++) {
                int x = cols[px];
                if (x < 0) {
                    out[base + px] = BACKGROUND;
                    continue;
                }
                int i = y * pw + x;
                int r = byteOf(d[i], lo, k);
                int g = rgb ? byteOf(d[i + plane], lo, k) : r;
                int b = rgb ? byteOf(d[i + 2 * plane], lo, k) : r;
                out[base + px] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return out;
    }

    private static int byteOf(float v, float lo, float k) {
        return Math.clamp(Math.round((v - lo) * k), 0, 255);
    }
}
