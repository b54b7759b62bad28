package fmx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.Shape3;
import fmx.core.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TIFF and WebP, read through the TwelveMonkeys plugins found by ImageIO's registry on the module path. The WebP
 * fixtures were made with {@code cwebp} 1.2.4 (lossless {@code -lossless -z 9}, lossy {@code -q 90}) from a 12 x 8
 * picture of 3 x 2 blocks in six colours, the same picture {@link ImageLoaderTest} draws.
 */
class PluginFormatsTest {
    private static final int[] COLOURS = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0xC86432};

    @TempDir
    Path dir;

    private static BufferedImage sixBlocks() {
        return TestImages.rgb(12, 8, (x, y) -> COLOURS[(y / 4) * 3 + x / 4]);
    }

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = PluginFormatsTest.class.getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static void assertSixBlocks(Tensor t, float tolerance, String what) {
        assertEquals(new Shape3(3, 8, 12), t.shape(), what);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 12; x++) {
                int c = COLOURS[(y / 4) * 3 + x / 4];
                // Lossy WebP subsamples colour at block edges: check the centre 2 x 2 of each block.
                if (tolerance > 0 && (x % 4 == 0 || x % 4 == 3 || y % 4 == 0 || y % 4 == 3)) {
                    continue;
                }
                String at = what + " at " + x + "," + y;
                assertEquals((c >> 16) & 255, t.get(0, y, x), tolerance, at);
                assertEquals((c >> 8) & 255, t.get(1, y, x), tolerance, at);
                assertEquals(c & 255, t.get(2, y, x), tolerance, at);
            }
        }
    }

    @Test
    void theTwelveMonkeysReadersAreRegistered() {
        for (String format : new String[] {"tiff", "webp"}) {
            boolean found = false;
            for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format); it.hasNext(); ) {
                found |= it.next().getClass().getName().startsWith("com.twelvemonkeys.");
            }
            assertTrue(found, "no TwelveMonkeys reader for " + format);
        }
    }

    @Test
    void readsTiffExactly() throws Exception {
        Path p = dir.resolve("six.tif");
        Files.write(p, TestImages.encode(sixBlocks(), "tiff"));
        assertSixBlocks(new ImageLoader().load(p, false, true), 0, "tiff");
        assertEquals("TIFF", new ImageLoader().probe(p).format());
    }

    @Test
    void readsLosslessWebpExactly() throws Exception {
        Path p = resource("six-blocks-lossless.webp");
        assertSixBlocks(new ImageLoader().load(p, false, true), 0, "lossless webp");
        ImageInfo info = new ImageLoader().probe(p);
        assertEquals("WEBP", info.format());
        assertEquals(12, info.width());
    }

    @Test
    void readsLossyWebpCloseToTheOriginal() throws Exception {
        assertSixBlocks(new ImageLoader().load(resource("six-blocks-lossy.webp"), false, true), 12, "lossy webp");
    }

    @Test
    void convertsWebpToGray() throws Exception {
        Tensor g = new ImageLoader().load(resource("six-blocks-lossless.webp"), true, true);
        assertEquals(new Shape3(1, 8, 12), g.shape());
        assertEquals(0.299f * 200 + 0.587f * 100 + 0.114f * 50, g.get(0, 6, 10), 1e-3f);
    }

    @Test
    void appliesThePixelLimitToTiffAndWebp() throws Exception {
        Path tif = dir.resolve("six.tif");
        Files.write(tif, TestImages.encode(sixBlocks(), "tiff"));
        Path webp = resource("six-blocks-lossless.webp");
        for (Path p : new Path[] {tif, webp}) {
            InputException e = assertThrows(InputException.class, () -> new ImageLoader(50).load(p, false, false));
            assertEquals(p + ": the image is 12 x 8 = 96 pixels, over the limit of 50 pixels", e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tif", "webp"})
    void refusesATruncatedFileWithAClearMessage(String format) throws Exception {
        BufferedImage noise = TestImages.rgb(64, 64, (x, y) -> (x * 7919 + y * 104729) * 0x9E3779B1);
        byte[] whole = format.equals("tif") ? TestImages.encode(noise, "tiff")
                : Files.readAllBytes(resource("six-blocks-lossy.webp"));
        Path p = dir.resolve("cut." + format);
        Files.write(p, Arrays.copyOf(whole, whole.length / 2));
        InputException e = assertThrows(InputException.class, () -> new ImageLoader().load(p, false, false));
        assertTrue(e.getMessage().startsWith(p + ": the image is damaged or cut short"), e.getMessage());
    }
}
