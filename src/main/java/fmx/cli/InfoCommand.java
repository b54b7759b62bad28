package fmx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fmx.core.Int2;
import fmx.core.LayerShape;
import fmx.core.Shape3;
import fmx.core.ShapeArithmetic;
import fmx.io.ImageLoader;
import fmx.io.InputException;
import fmx.io.JsonText;
import fmx.io.Session;
import java.io.PrintStream;
import java.util.List;

/** {@code fmx info SESSION.json}: the shape arithmetic of the session's layers as JSON. */
final class InfoCommand implements Command {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "print a session's shape arithmetic (shapes, parameters, multiply-adds, receptive field) as JSON";
    }

    @Override
    public String help() {
        return """
                Usage: fmx info SESSION.json [--max-pixels N]

                Prints the shape arithmetic of SESSION.json as JSON:
                {"input": [C, H, W], "layers": [{"layer": i, "type": "...", "output": [C, H, W], "parameters": n,
                "macs": n, "receptiveField": [h, w], "jump": [y, x]}, ...], "parameters": total, "macs": total}.
                Receptive field and jump are those of one output unit, in input pixels, over the layers so far.
                A photo's size is read from its header; its pixels are not decoded.

                Options:
                  --max-pixels N   refuse a photo of more than N pixels (default %d)
                  -h, --help       show this help
                """.formatted(ImageLoader.DEFAULT_MAX_PIXELS);
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CliException, InputException {
        Args args = new Args(name(), arguments);
        long maxPixels = ImageLoader.DEFAULT_MAX_PIXELS;
        for (String o = args.nextOption(); o != null; o = args.nextOption()) {
            if (o.equals("--max-pixels")) {
                maxPixels = args.positiveLong(o);
            } else {
                throw args.unknown(o);
            }
        }
        Session session = SessionInput.read(args.positional("SESSION.json").getFirst());
        Shape3 input = SessionInput.shape(session, maxPixels);
        out.print(describe(input, ShapeArithmetic.analyse(input, session.layers())));
        out.flush();
        return 0;
    }

    static String describe(Shape3 input, List<LayerShape> shapes) {
        ObjectNode root = NODES.objectNode();
        root.set("input", shape(input));
        ArrayNode layers = root.putArray("layers");
        long parameters = 0;
        long macs = 0;
        for (LayerShape s : shapes) {
            ObjectNode l = layers.addObject();
            l.put("layer", s.index());
            l.put("type", s.type());
            l.set("output", shape(s.output()));
            l.put("parameters", s.parameters());
            l.put("macs", s.multiplyAdds());
            l.set("receptiveField", pair(s.receptiveField()));
            l.set("jump", pair(s.jump()));
            parameters += s.parameters();
            macs += s.multiplyAdds();
        }
        root.put("parameters", parameters);
        root.put("macs", macs);
        return JsonText.pretty(root);
    }

    private static ArrayNode shape(Shape3 s) {
        return NODES.arrayNode().add(s.channels()).add(s.height()).add(s.width());
    }

    private static ArrayNode pair(Int2 v) {
        return NODES.arrayNode().add(v.y()).add(v.x());
    }
}
