package fmx.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Builds image fixtures in memory: files of each format, JPEGs with an EXIF orientation, a lying PNG header. */
final class TestImages {
    private TestImages() {}

    /** An RGB image filled by {@code argb(x, y)}. */
    static BufferedImage rgb(int w, int h, java.util.function.IntBinaryOperator argb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, argb.applyAsInt(x, y));
            }
        }
        return img;
    }

    static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG of {@code img} with an EXIF APP1 segment whose IFD0 holds only Orientation = {@code orientation},
     * placed after the JFIF APP0 segment (where cameras put it).
     */
    static byte[] jpegWithOrientation(BufferedImage img, int orientation) throws IOException {
        byte[] jpeg = encode(img, "jpg");
        ByteBuffer app1 = ByteBuffer.allocate(36);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34);
        app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        app1.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8); // big-endian TIFF header
        app1.putShort((short) 1); // one IFD entry
        app1.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        app1.putInt(0); // no next IFD
        int app0End = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(app1.array());
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    /** A PNG that is only a signature, an IHDR chunk (correct CRC) claiming {@code w} x {@code h}, and IEND. */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(13).put(ihdr.array()).putInt(crc(ihdr.array()));
        byte[] iend = "IEND".getBytes(StandardCharsets.US_ASCII);
        b.putInt(0).put(iend).putInt(crc(iend));
        return b.array();
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
