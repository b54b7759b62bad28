package fmx.core;

/**
 * Colour maps from a position {@code t} in [0, 1] to an opaque ARGB colour ({@code 0xAARRGGBB}).
 *
 * <p>Each map is a 256-entry lookup table built once from published control points, interpolated in CIE L*a*b*
 * so that steps look even. {@link #argb(double)} picks entry {@code round(t * 255)}.
 * <ul>
 *   <li>{@link #DIVERGING}: ColorBrewer RdBu (9 classes), blue for low, near white (#F7F7F7) in the middle, red for
 *       high. Safe for the common colour-vision deficiencies. RdBu's red end is a little darker than its blue end;
 *       here each entry and its mirror get their mean lightness, so that -v and +v look equally strong.</li>
 *   <li>{@link #VIRIDIS}: matplotlib's viridis from its nine published stops; lightness rises monotonically.</li>
 *   <li>{@link #GRAY}: black to white, linear in sRGB, so a photo's pixel values look as they do elsewhere.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public enum ColorMap {
    DIVERGING("Diverging (blue-white-red)", Kind.MIRRORED_LIGHTNESS,
            0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B),
    VIRIDIS("Viridis", Kind.LAB,
            0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725),
    GRAY("Grey", Kind.LINEAR_GRAY, 0x000000, 0xFFFFFF);

    /** How a table is built from its stops. */
    private enum Kind { LAB, MIRRORED_LIGHTNESS, LINEAR_GRAY }

    /** Entries in every lookup table. */
    public static final int TABLE_SIZE = 256;

    private final String label;
    private final int[] table;

    ColorMap(String label, Kind kind, int... stopsRgb) {
        this.label = label;
        this.table = switch (kind) {
            case LAB -> LabInterpolation.table(stopsRgb, TABLE_SIZE);
            case MIRRORED_LIGHTNESS -> LabInterpolation.mirrorLightness(LabInterpolation.table(stopsRgb, TABLE_SIZE));
            case LINEAR_GRAY -> grayTable();
        };
    }

    /** The opaque colour at {@code t}; {@code t} is clamped to [0, 1] and NaN gives the middle colour. */
    public int argb(double t) {
        return table[index(t)];
    }

    /** The colour of lookup-table entry {@code i} (0..255). */
    public int entry(int i) {
        return table[i];
    }

    /** A name for menus, e.g. "Viridis". */
    public String label() {
        return label;
    }

    static int index(double t) {
        if (!(t >= 0)) {
            return t < 0 ? 0 : TABLE_SIZE / 2; // NaN fails every comparison: the middle colour
        }
        return t >= 1 ? TABLE_SIZE - 1 : (int) (t * (TABLE_SIZE - 1) + 0.5);
    }

    private static int[] grayTable() {
        int[] t = new int[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            t[i] = 0xFF000000 | i << 16 | i << 8 | i;
        }
        return t;
    }
}
