package fmx.ui.photo;

/** A rectangle of photo pixels: columns x .. x+width-1, rows y .. y+height-1. */
public record PhotoRegion(int x, int y, int width, int height) {
    /** The largest patch the numeric grid takes. */
    public static final int MAX_SIDE = 64;

    /** The rectangle spanned by two corner pixels (either order), cut to the photo and to MAX_SIDE per side. */
    public static PhotoRegion spanning(int x0, int y0, int x1, int y1, int photoWidth, int photoHeight) {
        int ax = Math.clamp(Math.min(x0, x1), 0, photoWidth - 1);
        int ay = Math.clamp(Math.min(y0, y1), 0, photoHeight - 1);
        int bx = Math.clamp(Math.max(x0, x1), 0, photoWidth - 1);
        int by = Math.clamp(Math.max(y0, y1), 0, photoHeight - 1);
        return new PhotoRegion(ax, ay, Math.min(MAX_SIDE, bx - ax + 1), Math.min(MAX_SIDE, by - ay + 1));
    }

    public boolean contains(int px, int py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }
}
