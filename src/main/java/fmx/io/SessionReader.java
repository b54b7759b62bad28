package fmx.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.Padding;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Shape3;
import fmx.core.Tensor;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a session file (format version 1, see docs/session-format.md) into a {@link Session}. Fields left out take
 * their defaults (stride 1, padding 0, dilation 1, bias 0, flip false, color rgb, scale unit, slope 0.01, pool
 * stride = size); unknown fields are ignored; {@code view} is kept as plain maps and lists. Every problem throws
 * {@link InputException} located JSON-path style ({@code layers[0].stride: must be a positive integer, got 0}).
 * When the input is a grid the layer shapes are checked too ({@code Pipeline.shapes}); a photo's shape is known
 * only once it is loaded. Stateless and thread-safe.
 */
public final class SessionReader {
    public static final int VERSION = 1;
    private static final String KNOWN_TYPES = "conv, activation, pool";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads {@code file}; a photo's relative path is resolved against the file's folder. */
    public Session read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file.toString(), "not allowed to read it");
        } catch (MalformedInputException e) {
            throw new InputException(file.toString(), "not a JSON session file (not UTF-8 text)");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "is a folder, not a session file" : "cannot read: " + e.getMessage();
            throw new InputException(file.toString(), why);
        }
        Path folder = file.toAbsolutePath().getParent();
        return read(text, folder, file.toString());
    }

    /**
     * Reads a session from {@code json}; {@code folder} resolves a photo's relative path, {@code source} names the
     * text in messages about the JSON syntax (a file name).
     */
    public Session read(String json, Path folder, String source) throws InputException {
        return read(parse(json, source), folder, source);
    }

    /**
     * Reads a session from an already parsed JSON tree (a session written inline in another file, such as a lesson
     * step); {@code folder} resolves a photo's relative path, {@code source} names the tree in the message when it is
     * not an object. Locations in messages are relative to {@code root}.
     */
    public Session read(JsonNode root, Path folder, String source) throws InputException {
        JsonField top = new JsonField(root, "");
        if (!root.isObject()) {
            throw new InputException(source, "must be a JSON object with \"version\", \"input\" and \"layers\", got "
                    + JsonField.describe(root));
        }
        int version = top.required("version", "1").integer(1, "the format version 1");
        if (version != VERSION) {
            throw new InputException("version", "this program reads format version " + VERSION + ", got " + version);
        }
        InputSource input = input(top.required("input", "an object with \"grid\" or \"image\""), folder);
        List<Layer> layers = new ArrayList<>();
        for (JsonField layer : top.required("layers", "an array of layers").elements("an array of layers")) {
            layers.add(layer(layer));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        JsonField v = top.field("view");
        if (!v.isMissing() && !v.node().isNull()) {
            v.object("an object");
            v.node().properties().forEach(e -> view.put(e.getKey(), PlainJson.toJava(e.getValue())));
        }
        Session session = new Session(input, layers, view);
        if (input instanceof InputSource.Grid grid) {
            try {
                session.pipeline().shapes(grid.values().shape());
            } catch (InvalidSettingException e) {
                throw new InputException(e.field() == null ? "layers" : e.field(), e.detail());
            }
        }
        return session;
    }

    private JsonNode parse(String json, String source) throws InputException {
        if (json.isBlank()) {
            throw new InputException(source, "the file is empty; expected a JSON session");
        }
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String detail = e.getOriginalMessage();
            int cut = detail.indexOf('\n');
            if (cut >= 0) {
                detail = detail.substring(0, cut);
            }
            throw new InputException(source, "not valid JSON" + where + ": " + detail);
        }
    }

    private static InputSource input(JsonField in, Path folder) throws InputException {
        in.object("an object with \"grid\" or \"image\"");
        JsonField grid = in.field("grid");
        JsonField image = in.field("image");
        if (!grid.isMissing() && !image.isMissing()) {
            throw in.fail("give either \"grid\" or \"image\", not both");
        }
        if (!grid.isMissing()) {
            return new InputSource.Grid(NumberArrays.tensor(grid, "the input"));
        }
        if (image.isMissing()) {
            throw in.fail("needs \"grid\" (C x H x W numbers) or \"image\" (a file path)");
        }
        String path = image.string("a file path");
        if (path.isBlank()) {
            throw image.fail("must be a file path, got \"\"");
        }
        boolean gray = choice(in.field("color"), "color", "rgb", "gray").equals("gray");
        boolean byteScale = choice(in.field("scale"), "scale", "unit", "byte").equals("byte");
        Path p = Path.of(path);
        Path resolved = folder == null ? p : folder.resolve(p).normalize();
        return new InputSource.Image(resolved, gray, byteScale);
    }

    /** One of two names; the first is the default. */
    private static String choice(JsonField f, String what, String first, String second) throws InputException {
        if (f.isMissing()) {
            return first;
        }
        String s = f.string("\"" + first + "\" or \"" + second + "\"");
        if (!s.equals(first) && !s.equals(second)) {
            throw f.fail("unknown " + what + " \"" + s + "\" (known: " + first + ", " + second + ")");
        }
        return s;
    }

    private static Layer layer(JsonField layer) throws InputException {
        layer.object("a layer object with a \"type\"");
        String type = layer.required("type", "one of " + KNOWN_TYPES).string("a layer type (" + KNOWN_TYPES + ")");
        return switch (type) {
            case "conv" -> conv(layer);
            case "activation" -> activation(layer);
            case "pool" -> pool(layer);
            default -> throw layer.field("type").fail("unknown layer type \"" + type + "\" (known: " + KNOWN_TYPES + ")");
        };
    }

    private static ConvLayer conv(JsonField layer) throws InputException {
        List<JsonField> filters = layer.required("filters", "an array of filters {\"weights\": C x kh x kw numbers}")
                .elements("an array of filters");
        if (filters.isEmpty()) {
            throw layer.field("filters").fail("needs at least one filter");
        }
        List<Tensor> weights = new ArrayList<>();
        float[] biases = new float[filters.size()];
        for (int i = 0; i < filters.size(); i++) {
            JsonField f = filters.get(i).object("a filter object {\"weights\": ..., \"bias\": ...}");
            JsonField w = f.required("weights", "C x kh x kw numbers");
            Tensor t = NumberArrays.tensor(w, "a filter");
            if (i > 0 && !t.shape().equals(weights.get(0).shape())) {
                throw w.fail("shape " + t.shape() + " differs from filters[0]'s " + weights.get(0).shape()
                        + "; all filters of a layer have one shape");
            }
            weights.add(t);
            JsonField bias = f.field("bias");
            biases[i] = bias.isMissing() ? 0f : bias.floatValue();
        }
        Shape3 s = weights.get(0).shape();
        float[] flat = new float[Math.toIntExact(s.volume() * weights.size())];
        for (int i = 0; i < weights.size(); i++) {
            System.arraycopy(weights.get(i).data(), 0, flat, Math.toIntExact(i * s.volume()), (int) s.volume());
        }
        FilterBank bank = new FilterBank(weights.size(), s.channels(), s.height(), s.width(), flat, biases);
        Int2 stride = positivePair(layer.field("stride"));
        Int2 dilation = positivePair(layer.field("dilation"));
        Padding padding = padding(layer.field("padding"));
        JsonField flip = layer.field("flip");
        return new ConvLayer(bank, stride, padding, dilation, !flip.isMissing() && flip.bool());
    }

    private static Int2 positivePair(JsonField f) throws InputException {
        return f.isMissing() ? Int2.of(1) : f.int2(1, "a positive integer");
    }

    private static Padding padding(JsonField f) throws InputException {
        if (f.isMissing()) {
            return Padding.of(0);
        }
        if (f.node().isTextual()) {
            return switch (f.node().textValue()) {
                case "same" -> Padding.SAME;
                case "valid" -> Padding.VALID;
                default -> throw f.fail("unknown padding \"" + f.node().textValue()
                        + "\" (known: a number, a pair [y, x], \"same\", \"valid\")");
            };
        }
        if (!f.node().isNumber() && !f.node().isArray()) {
            throw f.fail("must be a number, a pair [y, x], \"same\" or \"valid\", got " + JsonField.describe(f.node()));
        }
        Int2 p = f.int2(0, "an integer of 0 or more");
        return Padding.of(p.y(), p.x());
    }

    /** {@code lookup} of {@code name}, its refusal reported at {@code field}. */
    private static <T> T byId(JsonField field, String name, Function<String, T> lookup) throws InputException {
        try {
            return lookup.apply(name);
        } catch (InvalidSettingException e) {
            throw field.fail(e.detail());
        }
    }

    private static ActivationLayer activation(JsonField layer) throws InputException {
        JsonField fn = layer.required("function", "one of identity, relu, leaky_relu, sigmoid, tanh");
        String name = fn.string("an activation name (identity, relu, leaky_relu, sigmoid, tanh)");
        ActivationFunction function = byId(fn, name, ActivationFunction::byId);
        JsonField slope = layer.field("slope");
        return new ActivationLayer(function, slope.isMissing() ? ActivationLayer.DEFAULT_SLOPE : slope.floatValue());
    }

    private static PoolLayer pool(JsonField layer) throws InputException {
        JsonField m = layer.required("mode", "\"max\" or \"avg\"");
        String name = m.string("\"max\" or \"avg\"");
        PoolMode mode = byId(m, name, PoolMode::byId);
        Int2 size = layer.required("size", "a window size: a positive integer or a pair [h, w]")
                .int2(1, "a positive integer");
        JsonField s = layer.field("stride");
        Int2 stride = s.isMissing() ? size : s.int2(1, "a positive integer");
        return new PoolLayer(mode, size, stride);
    }
}
