package fmx.io;

/**
 * The eight EXIF orientations (tag 0x0112): how the stored pixels must be turned to show the photo upright. A
 * stored pixel (sx, sy) of an image sw x sh lands at index {@code base + sx * stepX + sy * stepY} of the upright
 * image, row-major with width {@link #uprightWidth}; orientations 5 to 8 swap width and height.
 */
public enum ExifOrientation {
    /** 1: as stored. */
    NORMAL,
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL,
    /** 3: turned by 180 degrees. */
    ROTATE_180,
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL,
    /** 5: mirrored along the main diagonal (transposed). */
    TRANSPOSE,
    /** 6: to be turned 90 degrees clockwise. */
    ROTATE_90_CW,
    /** 7: mirrored along the other diagonal. */
    TRANSVERSE,
    /** 8: to be turned 90 degrees counter-clockwise. */
    ROTATE_90_CCW;

    /** By tag value 1..8; any other value (a broken tag) counts as {@link #NORMAL}. */
    public static ExifOrientation of(int tag) {
        return tag >= 1 && tag <= 8 ? values()[tag - 1] : NORMAL;
    }

    /** The EXIF tag value, 1..8. */
    public int tag() {
        return ordinal() + 1;
    }

    /** Whether width and height swap (orientations 5 to 8). */
    public boolean swapsAxes() {
        return ordinal() >= 4;
    }

    public int uprightWidth(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedHeight : storedWidth;
    }

    public int uprightHeight(int storedWidth, int storedHeight) {
        return swapsAxes() ? storedWidth : storedHeight;
    }

    /** Index in the upright image of stored pixel (0, 0). */
    int base(int sw, int sh) {
        int dw = uprightWidth(sw, sh);
        return switch (this) {
            case NORMAL, TRANSPOSE -> 0;
            case MIRROR_HORIZONTAL -> sw - 1;
            case ROTATE_180 -> (sh - 1) * dw + sw - 1;
            case MIRROR_VERTICAL -> (sh - 1) * dw;
            case ROTATE_90_CW -> sh - 1;
            case TRANSVERSE -> (sw - 1) * dw + sh - 1;
            case ROTATE_90_CCW -> (sw - 1) * dw;
        };
    }

    /** Index step in the upright image for one stored column to the right. */
    int stepX(int sw, int sh) {
        int dw = uprightWidth(sw, sh);
        return switch (this) {
            case NORMAL, MIRROR_VERTICAL -> 1;
            case MIRROR_HORIZONTAL, ROTATE_180 -> -1;
            case TRANSPOSE, ROTATE_90_CW -> dw;
            case TRANSVERSE, ROTATE_90_CCW -> -dw;
        };
    }

    /** Index step in the upright image for one stored row down. */
    int stepY(int sw, int sh) {
        int dw = uprightWidth(sw, sh);
        return switch (this) {
            case NORMAL, MIRROR_HORIZONTAL -> dw;
            case ROTATE_180, MIRROR_VERTICAL -> -dw;
            case TRANSPOSE, ROTATE_90_CCW -> 1;
            case ROTATE_90_CW, TRANSVERSE -> -1;
        };
    }
}
