package fmx.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import fmx.core.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text the way this project writes it: two-space indents, an array of plain values (a row of numbers) on one
 * line, and numbers in their shortest form that reads back to the same float or double ({@code 0.1f} as
 * {@code 0.1}, {@code 2f} as {@code 2}, {@code 1e-5f} as {@code 1e-5}). Stateless and thread-safe.
 */
public final class JsonText {
    private JsonText() {}

    /**
     * The shortest decimal text that reads back as {@code f} (integers without ".0"); JSON has no NaN or
     * infinity, so those throw {@link IllegalArgumentException}.
     */
    public static String number(float f) {
        if (!Float.isFinite(f)) {
            throw new IllegalArgumentException("JSON cannot hold " + f);
        }
        if (f == 0f) {
            return Float.floatToRawIntBits(f) == 0 ? "0" : "-0.0";
        }
        if (f == Math.rint(f) && Math.abs(f) < 1e15f) {
            return Long.toString((long) f);
        }
        return exponentStyle(Float.toString(f));
    }

    /** As {@link #number(float)}, for a double. */
    public static String number(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON cannot hold " + d);
        }
        if (d == 0d) {
            return Double.doubleToRawLongBits(d) == 0 ? "0" : "-0.0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return exponentStyle(Double.toString(d));
    }

    /** "1.0E-5" to "1e-5", "1.25E10" to "1.25e10"; plain decimals unchanged. */
    private static String exponentStyle(String s) {
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /** A JSON string literal, with quotes. */
    public static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** The tree as text, ending with a newline. */
    public static String pretty(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        try {
            write(node, sb, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.append('\n').toString();
    }

    /** Writes the tree at the current position; {@code indent} is the indent of the line it starts on. */
    public static void write(JsonNode node, Appendable out, String indent) throws IOException {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent + "  ";
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(inner).append(quote(e.getKey())).append(": ");
                write(e.getValue(), out, inner);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean flat = true;
            for (JsonNode e : node) {
                flat &= !e.isContainerNode();
            }
            if (flat) {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(node.get(i), out, indent);
                }
                out.append(']');
                return;
            }
            String inner = indent + "  ";
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                write(node.get(i), out, inner);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isFloat()) {
            out.append(number(node.floatValue()));
        } else if (node.isDouble()) {
            out.append(number(node.doubleValue()));
        } else if (node.isNumber()) {
            out.append(node.isIntegralNumber() ? node.bigIntegerValue().toString()
                    : node.decimalValue().toString());
        } else if (node.isTextual()) {
            out.append(quote(node.textValue()));
        } else if (node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    /**
     * Writes a tensor as C x H x W nested arrays, one row of numbers per line, in the layout of {@link #write}.
     * Every value must be finite.
     */
    public static void writeTensor(Tensor t, Appendable out, String indent) throws IOException {
        float[] d = t.data();
        int h = t.height();
        int w = t.width();
        String channelIndent = indent + "  ";
        String rowIndent = channelIndent + "  ";
        StringBuilder row = new StringBuilder(w * 8);
        out.append("[\n");
        for (int c = 0; c < t.channels(); c++) {
            out.append(channelIndent).append("[\n");
            for (int y = 0; y < h; y++) {
                row.setLength(0);
                row.append(rowIndent).append('[');
                int at = (c * h + y) * w;
                for (int x = 0; x < w; x++) {
                    if (x > 0) {
                        row.append(", ");
                    }
                    row.append(number(d[at + x]));
                }
                row.append(y + 1 < h ? "],\n" : "]\n");
                out.append(row);
            }
            out.append(channelIndent).append(c + 1 < t.channels() ? "],\n" : "]\n");
        }
        out.append(indent).append(']');
    }
}
