package fmx.io;

/**
 * What an image file's header says: the format, the stored size and the EXIF orientation; {@link #width()} and
 * {@link #height()} are the upright size (swapped for orientations 5 to 8).
 */
public record ImageInfo(String format, int storedWidth, int storedHeight, ExifOrientation orientation) {
    public int width() {
        return orientation.uprightWidth(storedWidth, storedHeight);
    }

    public int height() {
        return orientation.uprightHeight(storedWidth, storedHeight);
    }

    public long pixels() {
        return (long) storedWidth * storedHeight;
    }
}
