package fmx.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.Layer;
import fmx.core.Padding;
import fmx.core.PoolLayer;
import fmx.core.Tensor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a {@link Session} in format version 1 (docs/session-format.md): fields in a fixed order (version, input,
 * layers, view), every layer setting spelled out, numbers in their shortest form that reads back to the same float
 * ({@link JsonText}). A photo's path is written relative to the folder of the session file when it can be. Files
 * are written all or nothing ({@link AtomicFile}). Stateless and thread-safe.
 */
public final class SessionWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper mapper = JsonMapper.builder().build();

    /** Writes {@code session} to {@code file}, replacing it atomically. */
    public void write(Session session, Path file) throws IOException {
        AtomicFile.write(file, toJson(session, file.toAbsolutePath().getParent()));
    }

    /** The session as JSON text; a photo's path is made relative to {@code folder} (null: written as is). */
    public String toJson(Session session, Path folder) {
        ObjectNode root = NODES.objectNode();
        root.put("version", SessionReader.VERSION);
        root.set("input", input(session.input(), folder));
        ArrayNode layers = root.putArray("layers");
        for (Layer layer : session.layers()) {
            layers.add(layer(layer));
        }
        if (!session.view().isEmpty()) {
            root.set("view", mapper.valueToTree(session.view()));
        }
        return JsonText.pretty(root);
    }

    private static ObjectNode input(InputSource input, Path folder) {
        ObjectNode in = NODES.objectNode();
        switch (input) {
            case InputSource.Grid g -> in.set("grid", tensor(g.values()));
            case InputSource.Image img -> {
                in.put("image", relative(img.path(), folder));
                in.put("color", img.gray() ? "gray" : "rgb");
                in.put("scale", img.byteScale() ? "byte" : "unit");
            }
        }
        return in;
    }

    /** Relative to {@code folder} with '/' separators when both are on one root; else the absolute path. */
    private static String relative(Path path, Path folder) {
        if (folder == null || !path.isAbsolute()) {
            return path.toString().replace('\\', '/');
        }
        try {
            Path rel = folder.toAbsolutePath().normalize().relativize(path.normalize());
            return rel.toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return path.toString();
        }
    }

    private static ObjectNode layer(Layer layer) {
        ObjectNode out = NODES.objectNode();
        out.put("type", layer.type());
        switch (layer) {
            case ConvLayer c -> {
                ArrayNode filters = out.putArray("filters");
                FilterBank f = c.filters();
                float[] w = f.weights();
                int per = f.weightsPerFilter();
                for (int n = 0; n < f.count(); n++) {
                    float[] one = new float[per];
                    System.arraycopy(w, n * per, one, 0, per);
                    ObjectNode filter = filters.addObject();
                    filter.set("weights", tensor(new Tensor(
                            new fmx.core.Shape3(f.channels(), f.kernelHeight(), f.kernelWidth()), one)));
                    filter.put("bias", f.bias(n));
                }
                out.set("stride", pair(c.stride()));
                out.set("padding", padding(c.padding()));
                out.set("dilation", pair(c.dilation()));
                out.put("flip", c.flip());
            }
            case ActivationLayer a -> {
                out.put("function", a.function().id());
                if (a.function() == ActivationFunction.LEAKY_RELU || a.slope() != ActivationLayer.DEFAULT_SLOPE) {
                    out.put("slope", a.slope());
                }
            }
            case PoolLayer p -> {
                out.put("mode", p.mode().id());
                out.set("size", pair(p.size()));
                out.set("stride", pair(p.stride()));
            }
        }
        return out;
    }

    private static JsonNode pair(Int2 v) {
        return v.isSquare() ? NODES.numberNode(v.y()) : NODES.arrayNode().add(v.y()).add(v.x());
    }

    private static JsonNode padding(Padding p) {
        return switch (p) {
            case Padding.Same s -> NODES.textNode("same");
            case Padding.Valid v -> NODES.textNode("valid");
            case Padding.Explicit e -> e.y() == e.x() ? NODES.numberNode(e.y())
                    : NODES.arrayNode().add(e.y()).add(e.x());
        };
    }

    private static ArrayNode tensor(Tensor t) {
        ArrayNode channels = NODES.arrayNode();
        for (int c = 0; c < t.channels(); c++) {
            ArrayNode rows = channels.addArray();
            for (int y = 0; y < t.height(); y++) {
                ArrayNode row = rows.addArray();
                for (int x = 0; x < t.width(); x++) {
                    row.add(t.get(c, y, x));
                }
            }
        }
        return channels;
    }
}
