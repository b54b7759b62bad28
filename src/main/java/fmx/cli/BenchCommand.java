package fmx.cli;

import fmx.cli.bench.Bench;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code fmx bench}: hands over to {@link Bench}, keeping the command's error contract: Bench's own error text
 * (a message and its usage) becomes the one line {@code error: <where>: <what>}.
 */
final class BenchCommand implements Command {
    private static final String PREFIX = "fmx bench: ";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "time the convolution engine on the photo workloads (median, minimum, GMAC/s, share of FMA peak)";
    }

    @Override
    public String help() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bench.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CliException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Bench.run(args.toArray(String[]::new), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status == 0) {
            return 0;
        }
        String line = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("failed");
        if (line.startsWith(PREFIX)) {
            line = line.substring(PREFIX.length());
        }
        int colon = line.indexOf(": ");
        if (line.startsWith("-") && colon > 0) {
            throw new CliException(line.substring(0, colon), line.substring(colon + 2));
        }
        throw new CliException("fmx bench", line);
    }
}
