package fmx.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shape arithmetic of a convolutional pipeline, each figure with a readable derivation:
 * <ul>
 *   <li>output size per axis {@code floor((in + 2p - d*(k-1) - 1) / s) + 1} (with asymmetric padding
 *       {@code pt + pb} in place of {@code 2p});</li>
 *   <li>parameters {@code (kh*kw*Cin + 1) * Cout};</li>
 *   <li>feature-map volume {@code H*W*N};</li>
 *   <li>effective kernel extent {@code (k-1)*d + 1};</li>
 *   <li>receptive field {@code r_l = r_(l-1) + (e_l - 1) * j_(l-1)} and jump {@code j_l = j_(l-1) * s_l}, starting
 *       from r = j = 1 at the input;</li>
 *   <li>multiply-adds {@code outH*outW*N*C*kh*kw}; output memory {@code 4 bytes * C*H*W}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ShapeArithmetic {
    private ShapeArithmetic() {}

    /** Output size on one axis with symmetric padding {@code p}: {@code floor((in + 2p - d*(k-1) - 1) / s) + 1}. */
    public static int outputSize(int in, int kernel, int stride, int padding, int dilation) {
        return WindowGeometry.of(in, 1, Int2.of(kernel, 1), Int2.of(stride, 1), Padding.of(padding, 0),
                Int2.of(dilation, 1)).outHeight();
    }

    /** Parameters of a conv layer: {@code (kh*kw*Cin + 1) * Cout}. */
    public static long parameters(int kh, int kw, int inChannels, int filters) {
        return ((long) kh * kw * inChannels + 1) * filters;
    }

    /** Values in N feature maps of H x W: {@code H*W*N}. */
    public static long volume(int height, int width, int maps) {
        return (long) height * width * maps;
    }

    /** Effective extent of a dilated kernel: {@code (k-1)*d + 1}. */
    public static int effectiveExtent(int kernel, int dilation) {
        return WindowGeometry.extent(kernel, dilation);
    }

    /** Analyses every layer; an invalid one throws {@link InvalidSettingException} located {@code layers[i]}. */
    public static List<LayerShape> analyse(Shape3 input, List<Layer> layers) {
        List<Shape3> outputs = new Pipeline(layers).shapes(input);
        List<LayerShape> result = new ArrayList<>(layers.size());
        Shape3 in = input;
        Int2 field = Int2.of(1);
        Int2 jump = Int2.of(1);
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Shape3 out = outputs.get(i);
            List<Derivation> derivations = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            WindowGeometry g = layer.geometry(in);
            int[] rows = {};
            int[] cols = {};
            if (g != null) {
                derivations.add(outputSize("output height", "in_h", g.inHeight(), g.kernel().y(), g.stride().y(),
                        g.padTop(), g.padBottom(), g.dilation().y(), g.outHeight()));
                derivations.add(outputSize("output width", "in_w", g.inWidth(), g.kernel().x(), g.stride().x(),
                        g.padLeft(), g.padRight(), g.dilation().x(), g.outWidth()));
                derivations.add(extent("effective kernel height", g.kernel().y(), g.dilation().y()));
                derivations.add(extent("effective kernel width", g.kernel().x(), g.dilation().x()));
                rows = g.unvisitedRows();
                cols = g.unvisitedColumns();
                addDivisionNotes(g, rows, cols, notes);
                Int2 nextField = Int2.of(field.y() + (g.extentY() - 1) * jump.y(),
                        field.x() + (g.extentX() - 1) * jump.x());
                Int2 nextJump = Int2.of(jump.y() * g.stride().y(), jump.x() * g.stride().x());
                derivations.add(receptive("receptive field height", field.y(), g.extentY(), jump.y(), nextField.y()));
                derivations.add(receptive("receptive field width", field.x(), g.extentX(), jump.x(), nextField.x()));
                field = nextField;
                jump = nextJump;
            }
            if (layer instanceof ConvLayer conv) {
                FilterBank f = conv.filters();
                derivations.add(new Derivation("number of feature maps", "N (one per filter)", f.count() + " filters",
                        f.count()));
                derivations.add(new Derivation("parameters", "(kh*kw*C_in + 1) * N",
                        "(" + f.kernelHeight() + "*" + f.kernelWidth() + "*" + f.channels() + " + 1) * " + f.count()
                                + " = " + layer.parameters(), layer.parameters()));
                derivations.add(new Derivation("multiply-adds", "out_h*out_w*N*C*kh*kw",
                        out.height() + "*" + out.width() + "*" + f.count() + "*" + f.channels() + "*"
                                + f.kernelHeight() + "*" + f.kernelWidth() + " = " + layer.multiplyAdds(in),
                        layer.multiplyAdds(in)));
            }
            derivations.add(new Derivation("volume", "out_h*out_w*N",
                    out.height() + "*" + out.width() + "*" + out.channels() + " = " + out.volume(), out.volume()));
            long bytes = 4 * out.volume();
            derivations.add(new Derivation("output memory", "4 bytes * volume",
                    "4 * " + out.volume() + " = " + bytes + " bytes", bytes));
            result.add(new LayerShape(i, layer.type(), in, out, layer.parameters(), layer.multiplyAdds(in), bytes,
                    field, jump, derivations, notes, rows, cols));
            in = out;
        }
        return result;
    }

    private static Derivation outputSize(String quantity, String inName, int in, int k, int s, int before, int after,
                                         int d, int out) {
        String pad = before == after ? "2*" + before : before + " + " + after;
        int numerator = in + before + after - d * (k - 1) - 1;
        String evaluation = "floor((" + in + " + " + pad + " - " + d + "*(" + k + "-1) - 1) / " + s + ") + 1 = floor("
                + numerator + "/" + s + ") + 1 = " + out;
        String formula = before == after ? "floor((" + inName + " + 2p - d*(k-1) - 1) / s) + 1"
                : "floor((" + inName + " + p_before + p_after - d*(k-1) - 1) / s) + 1";
        return new Derivation(quantity, formula, evaluation, out);
    }

    private static Derivation extent(String quantity, int k, int d) {
        int e = WindowGeometry.extent(k, d);
        return new Derivation(quantity, "(k-1)*d + 1", "(" + k + "-1)*" + d + " + 1 = " + e, e);
    }

    private static Derivation receptive(String quantity, int field, int extent, int jump, int result) {
        return new Derivation(quantity, "r_prev + (e-1)*j_prev",
                field + " + (" + extent + "-1)*" + jump + " = " + result, result);
    }

    private static void addDivisionNotes(WindowGeometry g, int[] rows, int[] cols, List<String> notes) {
        if (g.remainderY() != 0) {
            notes.add("vertically the stride " + g.stride().y() + " does not divide " + g.paddedHeight() + " - "
                    + g.extentY() + " = " + (g.paddedHeight() - g.extentY()) + " evenly: the last " + g.remainderY()
                    + " padded row" + (g.remainderY() == 1 ? " is" : "s are") + " left over");
        }
        if (g.remainderX() != 0) {
            notes.add("horizontally the stride " + g.stride().x() + " does not divide " + g.paddedWidth() + " - "
                    + g.extentX() + " = " + (g.paddedWidth() - g.extentX()) + " evenly: the last " + g.remainderX()
                    + " padded column" + (g.remainderX() == 1 ? " is" : "s are") + " left over");
        }
        if (rows.length > 0) {
            notes.add("input rows never visited: " + Arrays.toString(rows));
        }
        if (cols.length > 0) {
            notes.add("input columns never visited: " + Arrays.toString(cols));
        }
    }
}
