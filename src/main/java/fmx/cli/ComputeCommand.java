package fmx.cli;

import fmx.core.Cancellation;
import fmx.core.Parallelism;
import fmx.core.Tensor;
import fmx.io.AtomicFile;
import fmx.io.ImageLoader;
import fmx.io.InputException;
import fmx.io.IoMessages;
import fmx.io.JsonText;
import fmx.io.Session;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** {@code fmx compute SESSION.json [-o OUT.json]}: every stage's output as JSON. */
final class ComputeCommand implements Command {
    @Override
    public String name() {
        return "compute";
    }

    @Override
    public String summary() {
        return "run a session's layers and write every stage's output as JSON";
    }

    @Override
    public String help() {
        return """
                Usage: fmx compute SESSION.json [-o OUT.json] [--max-pixels N]

                Runs the layers of SESSION.json on its input and writes
                {"version": 1, "stages": [{"layer": i, "type": "...", "shape": [C, H, W], "data": C x H x W numbers}, ...]},
                one stage per layer in order, numbers in their shortest form that reads back to the same float.

                Options:
                  -o, --output FILE   write to FILE (all or nothing) instead of standard output
                  --max-pixels N      refuse a photo of more than N pixels (default %d)
                  -h, --help          show this help
                """.formatted(ImageLoader.DEFAULT_MAX_PIXELS);
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CliException, InputException {
        Args args = new Args(name(), arguments);
        String output = null;
        long maxPixels = ImageLoader.DEFAULT_MAX_PIXELS;
        for (String o = args.nextOption(); o != null; o = args.nextOption()) {
            switch (o) {
                case "-o", "--output" -> output = args.value(o);
                case "--max-pixels" -> maxPixels = args.positiveLong(o);
                default -> throw args.unknown(o);
            }
        }
        String sessionFile = args.positional("SESSION.json").getFirst();
        if (output == null) {
            Stages stages = compute(sessionFile, maxPixels);
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try {
                write(stages, w);
                w.flush();
            } catch (IOException e) {
                throw new CliException("standard output", IoMessages.describe(e));
            }
            return 0;
        }
        // Opened first: an output that cannot be written fails before the work, and never leaves a file behind.
        try (AtomicFile file = openOutput(output)) {
            Stages stages = compute(sessionFile, maxPixels);
            try {
                write(stages, file.writer());
                file.commit();
            } catch (IOException e) {
                throw new CliException(output, "cannot write: " + IoMessages.describe(e));
            }
        } catch (IOException e) {
            throw new CliException(output, "cannot remove the temporary file: " + IoMessages.describe(e));
        }
        return 0;
    }

    private static AtomicFile openOutput(String output) throws CliException {
        try {
            return AtomicFile.open(Path.of(output));
        } catch (IOException e) {
            throw new CliException(output, "cannot write: " + IoMessages.describe(e));
        }
    }

    /** The layers' types and outputs, all finite. */
    record Stages(List<String> types, List<Tensor> outputs) {}

    /** Runs the session; every check is done here, so that writing can only fail on input/output. */
    static Stages compute(String sessionFile, long maxPixels) throws InputException, CliException {
        Session session = SessionInput.read(sessionFile);
        Tensor input = SessionInput.load(session, maxPixels);
        List<Tensor> outputs = session.pipeline().run(input, Parallelism.of(ForkJoinPool.commonPool()),
                Cancellation.NONE);
        for (int i = 0; i < outputs.size(); i++) {
            requireFinite(i, outputs.get(i));
        }
        return new Stages(session.layers().stream().map(l -> l.type()).toList(), outputs);
    }

    /** Streams the document: a big photo's stages are never held as one string. */
    static void write(Stages stages, Writer out) throws IOException {
        out.write("{\n  \"version\": 1,\n  \"stages\": [");
        List<Tensor> outputs = stages.outputs();
        for (int i = 0; i < outputs.size(); i++) {
            Tensor t = outputs.get(i);
            out.write(i == 0 ? "\n" : ",\n");
            out.write("    {\n      \"layer\": " + i
                    + ",\n      \"type\": " + JsonText.quote(stages.types().get(i))
                    + ",\n      \"shape\": [" + t.channels() + ", " + t.height() + ", " + t.width()
                    + "],\n      \"data\": ");
            JsonText.writeTensor(t, out, "      ");
            out.write("\n    }");
        }
        out.write(outputs.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    private static void requireFinite(int layer, Tensor t) throws CliException {
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            if (!Float.isFinite(d[i])) {
                int plane = t.height() * t.width();
                int c = i / plane;
                int y = i % plane / t.width();
                int x = i % t.width();
                throw new CliException("layers[" + layer + "]", "the output at channel " + c + ", row " + y
                        + ", column " + x + " is " + d[i] + " (the numbers overflow a 32-bit float); JSON cannot hold it");
            }
        }
    }
}
