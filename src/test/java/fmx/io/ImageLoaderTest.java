package fmx.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.Shape3;
import fmx.core.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageLoaderTest {
    /** Colours chosen to survive GIF's palette and BMP exactly. */
    private static final int[] COLOURS = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0xC86432};

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** 3 x 2 blocks of 4 x 4 pixels, each block a different colour (the JDK misreads GIFs only 2 rows tall). */
    private static BufferedImage sixBlocks() {
        return TestImages.rgb(12, 8, (x, y) -> COLOURS[(y / 4) * 3 + x / 4]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "bmp", "gif"})
    void readsLosslessFormatsExactlyAsRgbChannels(String format) throws Exception {
        BufferedImage image = format.equals("gif") ? indexed(sixBlocks()) : sixBlocks();
        Path p = file("six." + format, TestImages.encode(image, format));
        Tensor t = new ImageLoader().load(p, false, true);
        assertEquals(new Shape3(3, 8, 12), t.shape());
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 12; x++) {
                int c = COLOURS[(y / 4) * 3 + x / 4];
                String at = format + " at " + x + "," + y;
                assertEquals((c >> 16) & 255, t.get(0, y, x), at);
                assertEquals((c >> 8) & 255, t.get(1, y, x), at);
                assertEquals(c & 255, t.get(2, y, x), at);
            }
        }
    }

    /**
     * GIF holds a palette: give it exactly the six colours (its writer's own quantisation loses some), in a
     * palette of 8 entries (the JDK's GIF writer garbles a palette whose size is not a power of two).
     */
    private static BufferedImage indexed(BufferedImage rgb) {
        byte[] r = new byte[8];
        byte[] g = new byte[8];
        byte[] b = new byte[8];
        for (int i = 0; i < COLOURS.length; i++) {
            r[i] = (byte) (COLOURS[i] >> 16);
            g[i] = (byte) (COLOURS[i] >> 8);
            b[i] = (byte) COLOURS[i];
        }
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                new java.awt.image.IndexColorModel(8, 8, r, g, b));
        out.getGraphics().drawImage(rgb, 0, 0, null);
        return out;
    }

    @Test
    void readsJpegCloseToTheOriginal() throws Exception {
        BufferedImage flat = TestImages.rgb(16, 16, (x, y) -> 0xC86432);
        Tensor t = new ImageLoader().load(file("flat.jpg", TestImages.encode(flat, "jpg")), false, true);
        assertEquals(new Shape3(3, 16, 16), t.shape());
        assertEquals(200, t.get(0, 8, 8), 3);
        assertEquals(100, t.get(1, 8, 8), 3);
        assertEquals(50, t.get(2, 8, 8), 3);
    }

    @Test
    void convertsToGrayAndScales() throws Exception {
        Path p = file("one.png", TestImages.encode(TestImages.rgb(1, 1, (x, y) -> 0xC86432), "png"));
        float gray = 0.299f * 200 + 0.587f * 100 + 0.114f * 50;
        assertEquals(124.2f, new ImageLoader().load(p, true, true).get(0, 0, 0), 1e-4f);
        assertEquals(gray / 255f, new ImageLoader().load(p, true, false).get(0, 0, 0), 1e-6f);
        Tensor unit = new ImageLoader().load(p, false, false);
        assertArrayEquals(new float[] {200 / 255f, 100 / 255f, 50 / 255f}, unit.data(), 1e-7f);
    }

    @Test
    void readsGrayFilesAsSamplesWithoutAGammaChange() throws Exception {
        BufferedImage g = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        g.getRaster().setSample(0, 0, 0, 128);
        g.getRaster().setSample(1, 0, 0, 7);
        Path p = file("gray.png", TestImages.encode(g, "png"));
        assertArrayEquals(new float[] {128, 7}, new ImageLoader().load(p, true, true).data());
        assertArrayEquals(new float[] {128, 7, 128, 7, 128, 7}, new ImageLoader().load(p, false, true).data());
        BufferedImage g16 = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        g16.getRaster().setSample(0, 0, 0, 65535);
        Path p16 = file("gray16.png", TestImages.encode(g16, "png"));
        assertArrayEquals(new float[] {1f}, new ImageLoader().load(p16, true, false).data());
    }

    @Test
    void ignoresAlpha() throws Exception {
        BufferedImage a = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        a.setRGB(0, 0, 0x000A141E); // fully transparent, colour 10, 20, 30
        Path p = file("alpha.png", TestImages.encode(a, "png"));
        assertArrayEquals(new float[] {10, 20, 30}, new ImageLoader().load(p, false, true).data());
    }

    /**
     * Each EXIF orientation on a JPEG of 3 x 2 blocks of 8 x 8 pixels in six colours: the loader must show each
     * block where the upright photo has it. The expected places are worked out here from the definitions
     * (upright pixel to stored pixel), independently of the loader's own mapping.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void turnsAJpegUprightAsItsExifOrientationSays(int orientation) throws Exception {
        int block = 8;
        int sw = 3;
        int sh = 2;
        BufferedImage stored = TestImages.rgb(sw * block, sh * block, (x, y) -> COLOURS[(y / block) * sw + x / block]);
        Path p = file("o" + orientation + ".jpg", TestImages.jpegWithOrientation(stored, orientation));
        Tensor t = new ImageLoader().load(p, false, true);
        boolean swapped = orientation >= 5;
        int uw = swapped ? sh : sw;
        int uh = swapped ? sw : sh;
        assertEquals(new Shape3(3, uh * block, uw * block), t.shape());
        for (int by = 0; by < uh; by++) {
            for (int bx = 0; bx < uw; bx++) {
                int[] s = storedBlock(orientation, bx, by, sw, sh);
                int c = COLOURS[s[1] * sw + s[0]];
                int y = by * block + block / 2;
                int x = bx * block + block / 2;
                String at = "orientation " + orientation + ", block " + bx + "," + by;
                assertEquals((c >> 16) & 255, t.get(0, y, x), 40, at);
                assertEquals((c >> 8) & 255, t.get(1, y, x), 40, at);
                assertEquals(c & 255, t.get(2, y, x), 40, at);
            }
        }
        assertEquals(ExifOrientation.of(orientation), new ImageLoader().probe(p).orientation());
    }

    /** The stored block (x, y) shown at upright block (ux, uy), from the EXIF definitions. */
    private static int[] storedBlock(int orientation, int ux, int uy, int sw, int sh) {
        return switch (orientation) {
            case 1 -> new int[] {ux, uy};
            case 2 -> new int[] {sw - 1 - ux, uy};                 // mirrored left-right
            case 3 -> new int[] {sw - 1 - ux, sh - 1 - uy};        // 180 degrees
            case 4 -> new int[] {ux, sh - 1 - uy};                 // mirrored top-bottom
            case 5 -> new int[] {uy, ux};                          // transposed
            case 6 -> new int[] {uy, sh - 1 - ux};                 // stored turned 90 degrees clockwise
            case 7 -> new int[] {sw - 1 - uy, sh - 1 - ux};        // transversed
            case 8 -> new int[] {sw - 1 - uy, ux};                 // stored turned 90 degrees counter-clockwise
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void refusesAnImageOverThePixelLimitFromItsHeaderAlone() throws Exception {
        Path p = file("huge.png", TestImages.pngHeaderOnly(100_000, 100_000));
        InputException e = assertThrows(InputException.class, () -> new ImageLoader().load(p, false, false));
        assertEquals(p + ": the image is 100000 x 100000 = 10000 megapixels, over the limit of 100 megapixels",
                e.getMessage());
        assertThrows(InputException.class, () -> new ImageLoader().probe(p));
        Path small = file("small.png", TestImages.encode(sixBlocks(), "png"));
        InputException limit = assertThrows(InputException.class, () -> new ImageLoader(5).load(small, false, false));
        assertEquals(small + ": the image is 12 x 8 = 96 pixels, over the limit of 5 pixels", limit.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif", "bmp"})
    void refusesATruncatedFile(String format) throws Exception {
        BufferedImage noise = TestImages.rgb(64, 64, (x, y) -> (x * 7919 + y * 104729) * 2654435761L > 0 ? 0x123456 * (x + y) : x * y);
        byte[] whole = TestImages.encode(noise, format);
        Path p = file("cut." + format, Arrays.copyOf(whole, whole.length / 2));
        InputException e = assertThrows(InputException.class, () -> new ImageLoader().load(p, false, false));
        assertTrue(e.getMessage().startsWith(p + ": the "), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAnImage() throws Exception {
        Path p = file("notes.png", "just some text".getBytes());
        InputException e = assertThrows(InputException.class, () -> new ImageLoader().load(p, false, false));
        assertTrue(e.getMessage().startsWith(p + ": not an image this program can read (known formats: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("JPEG"), e.getMessage());
    }

    @Test
    void refusesAMissingFileAndAFolder() {
        Path missing = dir.resolve("nope.png");
        assertEquals(missing + ": no such file",
                assertThrows(InputException.class, () -> new ImageLoader().load(missing, false, false)).getMessage());
        assertEquals(dir + ": is a folder, not an image",
                assertThrows(InputException.class, () -> new ImageLoader().load(dir, false, false)).getMessage());
    }

    @Test
    void probesTheUprightSizeWithoutDecoding() throws Exception {
        Path p = file("o6.jpg", TestImages.jpegWithOrientation(TestImages.rgb(24, 16, (x, y) -> 0), 6));
        ImageInfo info = new ImageLoader().probe(p);
        assertEquals("JPEG", info.format());
        assertEquals(16, info.width());
        assertEquals(24, info.height());
    }
}
