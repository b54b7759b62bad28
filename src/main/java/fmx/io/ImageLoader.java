package fmx.io;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import fmx.core.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an image file into a tensor: 3 channels R, G, B or 1 grey channel (0.299 R + 0.587 G + 0.114 B), values
 * 0..1 or 0..255, turned upright as the EXIF orientation says, alpha ignored.
 *
 * <p>Formats are whatever ImageIO has a reader for: the JDK's PNG, JPEG, BMP, GIF (and TIFF); a plugin library
 * on the module path (TIFF and WebP from TwelveMonkeys, say) adds its readers through ImageIO's service registry
 * with no change here. The pixel limit is checked from the header, before any pixel is decoded; a damaged or
 * truncated file, or a reader's warning while decoding, is an error, never a half-grey picture. Every problem
 * throws {@link InputException} located at the file. Thread-safe (no mutable state).
 */
public final class ImageLoader {
    /** 100 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    private final long maxPixels;

    public ImageLoader() {
        this(DEFAULT_MAX_PIXELS);
    }

    /** {@code maxPixels}: images with more pixels (width x height) are refused before decoding. */
    public ImageLoader(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit must be positive, got " + maxPixels);
        }
        this.maxPixels = maxPixels;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** The tensor of {@code image} (its path, colour and scale). */
    public Tensor load(InputSource.Image image) throws InputException {
        return load(image.path(), image.gray(), image.byteScale());
    }

    /** Format, size and orientation from the header only, with the pixel limit checked. */
    public ImageInfo probe(Path file) throws InputException {
        return withReader(file, (reader, name) -> {
            ImageInfo info = header(reader, name, file);
            return info;
        });
    }

    /** Decodes {@code file} into 3 x H x W (R, G, B) or 1 x H x W (grey), 0..1 or 0..255 with {@code byteScale}. */
    public Tensor load(Path file, boolean gray, boolean byteScale) throws InputException {
        return withReader(file, (reader, name) -> {
            ImageInfo info = header(reader, name, file);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image;
            try {
                image = reader.read(0);
            } catch (IOException | RuntimeException e) {
                throw damaged(name, e);
            }
            if (!warnings.isEmpty()) {
                throw new InputException(name, "the file is damaged or cut short (" + warnings.getFirst() + ")");
            }
            return PixelConverter.toTensor(image, info.orientation(), gray, byteScale);
        });
    }

    private interface ReaderWork<T> {
        T run(ImageReader reader, String name) throws InputException;
    }

    private static <T> T withReader(Path file, ReaderWork<T> work) throws InputException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InputException(name, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(name, "is a folder, not an image");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(name, "not allowed to read it");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new InputException(name, "cannot open the file");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InputException(name, "not an image this program can read (known formats: "
                        + knownFormats() + ")");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return work.run(reader, name);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InputException(name, IoMessages.describe(e));
        }
    }

    private ImageInfo header(ImageReader reader, String name, Path file) throws InputException {
        int width;
        int height;
        String format;
        try {
            format = reader.getFormatName().toUpperCase(Locale.ROOT);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw new InputException(name, "the image is " + width + " x " + height + " = " + amount(pixels)
                    + ", over the limit of " + amount(maxPixels));
        }
        if (3 * pixels > Tensor.MAX_VALUES) { // 3 channels in one float[]
            throw new InputException(name, "the image is " + width + " x " + height
                    + ", too large to hold as 3 channels of floats");
        }
        return new ImageInfo(format, width, height, orientation(file));
    }

    /** The EXIF orientation, or NORMAL when the file has none or its metadata cannot be read. */
    static ExifOrientation orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (ExifIFD0Directory d : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (d.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    return ExifOrientation.of(d.getInt(ExifIFD0Directory.TAG_ORIENTATION));
                }
            }
        } catch (Exception unreadableMetadata) {
            // The pixels decoded (or will be checked); broken metadata only means the photo is shown as stored.
        }
        return ExifOrientation.NORMAL;
    }

    private static InputException damaged(String name, Exception e) {
        String detail = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (detail == null || !detail.contains(cause.getMessage()))) {
            detail = (detail == null ? "" : detail + ": ") + cause.getMessage();
        }
        return new InputException(name, "the image is damaged or cut short"
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), e);
    }

    /** "100 megapixels", "12.2 megapixels", or "5000 pixels" below one megapixel. */
    private static String amount(long pixels) {
        if (pixels < 1_000_000) {
            return pixels + " pixels";
        }
        double mp = pixels / 1e6;
        return (mp == Math.rint(mp) ? Long.toString((long) mp) : String.format(Locale.ROOT, "%.1f", mp)) + " megapixels";
    }

    private static String knownFormats() {
        TreeSet<String> names = new TreeSet<>();
        for (String n : ImageIO.getReaderFormatNames()) {
            names.add(n.toUpperCase(Locale.ROOT));
        }
        names.remove("JPG");
        names.remove("TIF");
        return String.join(", ", names);
    }
}
