package fmx.cli;

import fmx.core.InvalidSettingException;
import fmx.core.Tensor;
import fmx.export.AtomicOutput;
import fmx.export.ExportFormat;
import fmx.export.ExportRequest;
import fmx.export.Exporter;
import fmx.export.FigureData;
import fmx.export.FigureKind;
import fmx.export.Stage;
import fmx.io.ImageLoader;
import fmx.io.InputException;
import fmx.io.InputSource;
import fmx.io.IoMessages;
import fmx.io.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code fmx export SESSION.json --figure F --format X -o FILE}: figures and numbers of a session, all or nothing. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write a session's figures (PNG, SVG, PDF, GIF) or maps (CSV, NumPy .npy)";
    }

    @Override
    public String help() {
        return """
                Usage: fmx export SESSION.json --figure FIGURE --format FORMAT -o FILE
                                  [--scale N] [--filter I] [--stage STAGE] [--step K] [--max-pixels N]

                Draws what the window shows, or writes the maps' numbers exactly as computed.

                Figures and the formats each allows:
                  input       the input grid with its numbers, or the photo       png svg pdf
                  kernels     every filter's kernel and bias                      png svg pdf
                  maps        feature maps (all filters, or --filter I)           png svg pdf csv npy
                  step        one animation step: window, kernel, equation        png svg pdf
                  sheet       input, kernels, every filter's stages, legends and
                              a caption of the settings                           png svg pdf
                  animation   every step: an animated GIF, numbered PNG files in
                              the folder FILE, or a PDF with one page per step    gif png pdf
                  session     the session itself, rewritten                       json

                Options:
                  --figure F      what to export (above)
                  --format X      png, svg, pdf, gif, csv, npy or json; default: FILE's extension
                  -o, --output F  the file (a folder for an animation as png), written all or nothing
                  --scale N       pixels per point for png and gif, 1 to 4 (default 1)
                  --filter I      only filter I (1 = the first); default: all filters
                  --stage S       conv, activation or pool: the maps of one stage (default: all; for csv
                                  and npy the last stage)
                  --step K        the step of --figure step (1 = the first; default 1)
                  --max-pixels N  refuse a photo of more than N pixels (default %d)
                  -h, --help      show this help

                CSV holds one map as its grid, or several in long form (filter,row,column,value); .npy holds
                float32 with shape (H, W) for one map, (N, H, W) for N maps.
                """.formatted(ImageLoader.DEFAULT_MAX_PIXELS);
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CliException, InputException {
        Args args = new Args(name(), arguments);
        String figure = null;
        String format = null;
        String output = null;
        int scale = 1;
        int filter = ExportRequest.ALL;
        Stage stage = null;
        int step = 0;
        long maxPixels = ImageLoader.DEFAULT_MAX_PIXELS;
        for (String o = args.nextOption(); o != null; o = args.nextOption()) {
            switch (o) {
                case "--figure" -> figure = args.value(o);
                case "--format" -> format = args.value(o);
                case "-o", "--output" -> output = args.value(o);
                case "--scale" -> scale = (int) Math.min(Integer.MAX_VALUE, args.positiveLong(o));
                case "--filter" -> filter = (int) Math.min(Integer.MAX_VALUE, args.positiveLong(o)) - 1;
                case "--stage" -> stage = stage(args.value(o));
                case "--step" -> step = (int) Math.min(Integer.MAX_VALUE, args.positiveLong(o)) - 1;
                case "--max-pixels" -> maxPixels = args.positiveLong(o);
                default -> throw args.unknown(o);
            }
        }
        String sessionFile = args.positional("SESSION.json").getFirst();
        if (figure == null) {
            throw new CliException("--figure", "missing: one of " + ids(FigureKind.values()));
        }
        FigureKind kind = FigureKind.byId(figure);
        if (kind == null) {
            throw new CliException("--figure", "unknown figure " + figure + " (known: " + ids(FigureKind.values()) + ")");
        }
        if (output == null) {
            throw new CliException("-o", "missing: the file to write (see fmx export --help)");
        }
        ExportFormat fmt = format(format, output, kind);
        ExportRequest request = new ExportRequest(kind, fmt, scale, filter, stage, step);
        Path target = Path.of(output);
        // Checked before the work: an unwritable output fails fast and leaves nothing behind.
        try {
            if (request.writesFolder()) {
                AtomicOutput.checkFolder(target);
            } else {
                AtomicOutput.checkFile(target);
            }
        } catch (IOException e) {
            throw new CliException(output, "cannot write: " + IoMessages.describe(e));
        }
        Session session = SessionInput.read(sessionFile);
        Tensor input = SessionInput.load(session, maxPixels);
        FigureData data;
        try {
            data = FigureData.compute(input, session.input() instanceof InputSource.Image, session.layers(),
                    session.view());
        } catch (InvalidSettingException e) {
            throw new InputException(e.field() == null ? "layers" : e.field(), e.detail());
        }
        String problem = Exporter.problem(request, data);
        if (problem != null) {
            throw new CliException("fmx export", problem);
        }
        try {
            Exporter.write(request, data, session, target, fmx.export.ExportProgress.NONE);
        } catch (IOException e) {
            throw new CliException(output, "cannot write: " + IoMessages.describe(e));
        }
        return 0;
    }

    private static Stage stage(String id) throws CliException {
        Stage s = Stage.byId(id);
        if (s == null) {
            throw new CliException("--stage", "unknown stage " + id + " (known: conv, activation, pool)");
        }
        return s;
    }

    /** --format, else the output's extension, else the figure's only format. */
    private static ExportFormat format(String format, String output, FigureKind kind) throws CliException {
        if (format != null) {
            ExportFormat f = ExportFormat.byId(format);
            if (f == null) {
                throw new CliException("--format", "unknown format " + format + " (known: "
                        + ids(ExportFormat.values()) + ")");
            }
            return f;
        }
        Path file = Path.of(output).getFileName(); // null for "/"
        String name = file == null ? output : file.toString();
        int dot = name.lastIndexOf('.');
        ExportFormat byExtension = dot < 0 ? null : ExportFormat.byId(name.substring(dot + 1));
        if (byExtension != null) {
            return byExtension;
        }
        if (kind.formats().size() == 1) {
            return kind.formats().iterator().next();
        }
        throw new CliException("--format", "missing, and " + name + " has no known extension; --figure " + kind.id()
                + " allows " + ids(kind.formats().toArray(ExportFormat[]::new)));
    }

    private static String ids(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
