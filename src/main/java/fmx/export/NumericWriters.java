package fmx.export;

import fmx.core.Tensor;
import fmx.io.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The numbers of feature maps, exactly as computed (32-bit floats):
 * <ul>
 *   <li>NumPy {@code .npy}, format version 1.0: the magic {@code \x93NUMPY}, version 1 0, a little-endian uint16
 *       header length, an ASCII dict {@code {'descr': '<f4', 'fortran_order': False, 'shape': (...), }} padded with
 *       spaces and a newline so that the data starts at a multiple of 64 bytes, then the floats little-endian in C
 *       order. Shape (H, W) for one map, (N, H, W) for N maps.</li>
 *   <li>CSV: one map as its grid (H lines of W numbers); several maps in long form with a header line
 *       {@code filter,row,column,value} (filters numbered from 1). Numbers in their shortest text that reads back to
 *       the same float; a value that overflowed is {@code inf}, {@code -inf} or {@code nan}, as NumPy and pandas
 *       read them.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NumericWriters {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NumericWriters() {
    }

    /** Writes {@code count} planes of {@code t} from {@code first}; shape (H, W) when {@code count == 1} and asked. */
    public static void npy(Tensor t, int first, int count, boolean squeeze, OutputStream out) throws IOException {
        String shape = squeeze ? "(" + t.height() + ", " + t.width() + ")"
                : "(" + count + ", " + t.height() + ", " + t.width() + ")";
        StringBuilder header = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }");
        int unpadded = MAGIC.length + 2 + header.length() + 1;
        header.append(" ".repeat((64 - unpadded % 64) % 64)).append('\n');
        out.write(MAGIC);
        out.write(header.length() & 0xFF);
        out.write(header.length() >>> 8);
        out.write(header.toString().getBytes(StandardCharsets.US_ASCII));
        int plane = t.height() * t.width();
        ByteBuffer buf = ByteBuffer.allocate(plane * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = first; n < first + count; n++) {
            buf.clear();
            buf.asFloatBuffer().put(t.data(), n * plane, plane);
            out.write(buf.array(), 0, plane * 4);
        }
    }

    /** Writes {@code count} planes of {@code t} from {@code first} as CSV (a grid for one plane, else long form). */
    public static void csv(Tensor t, int first, int count, Writer out) throws IOException {
        int h = t.height();
        int w = t.width();
        float[] d = t.data();
        if (count == 1) {
            int base = first * h * w;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (x > 0) {
                        out.write(',');
                    }
                    out.write(number(d[base + y * w + x]));
                }
                out.write('\n');
            }
            return;
        }
        out.write("filter,row,column,value\n");
        for (int n = first; n < first + count; n++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.write((n + 1) + "," + y + "," + x + "," + number(d[(n * h + y) * w + x]) + "\n");
                }
            }
        }
    }

    /** The shortest text of a finite float; JSON has no word for the others, CSV readers take inf, -inf, nan. */
    private static String number(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        return JsonText.number(f);
    }
}
