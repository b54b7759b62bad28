package fmx.cli;

import fmx.classroom.ExerciseGenerator;
import fmx.classroom.ExerciseSet;
import fmx.classroom.worksheet.WorksheetPdf;
import fmx.io.AtomicReplace;
import fmx.io.IoMessages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code fmx worksheet --seed N [--count K] -o FILE.pdf}: a printable exercise sheet with its answer key. */
final class WorksheetCommand implements Command {
    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 100;

    @Override
    public String name() {
        return "worksheet";
    }

    @Override
    public String summary() {
        return "write a printable PDF of practice exercises for a seed, with the answer key on separate pages";
    }

    @Override
    public String help() {
        return """
                Usage: fmx worksheet --seed N [--count K] -o FILE.pdf

                Writes K exercises generated from the seed N (output size, feature maps, parameters, volume,
                effective kernel extent, receptive field, the next value of a map) as a PDF, then the answer key
                with each derivation on pages of its own. The same seed gives the same exercises as the app's
                Practice panel, so a whole class can work on one set (stable within exercise format version %d).

                Options:
                  --seed N            the seed, any integer (required)
                  --count K           the number of exercises, 1 to %d (default %d)
                  -o, --output FILE   the PDF to write, all or nothing (required)
                  -h, --help          show this help
                """.formatted(ExerciseGenerator.FORMAT_VERSION, MAX_COUNT, DEFAULT_COUNT);
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws CliException {
        Args args = new Args(name(), arguments);
        Long seed = null;
        int count = DEFAULT_COUNT;
        String output = null;
        for (String o = args.nextOption(); o != null; o = args.nextOption()) {
            switch (o) {
                case "--seed" -> seed = seed(o, args.value(o));
                case "--count" -> count = count(o, args.positiveLong(o));
                case "-o", "--output" -> output = args.value(o);
                default -> throw args.unknown(o);
            }
        }
        args.positional();
        if (seed == null) {
            throw new CliException("--seed", "missing; give the seed of the exercises (see fmx worksheet --help)");
        }
        if (output == null) {
            throw new CliException("-o", "missing; give the PDF file to write (see fmx worksheet --help)");
        }
        ExerciseSet set = new ExerciseGenerator().generate(seed, count);
        write(Path.of(output), new WorksheetPdf().render(set).pdf(), output);
        return 0;
    }

    private static long seed(String option, String value) throws CliException {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new CliException(option, "must be an integer, got " + value);
        }
    }

    private static int count(String option, long value) throws CliException {
        if (value > MAX_COUNT) {
            throw new CliException(option, "must be at most " + MAX_COUNT + ", got " + value);
        }
        return (int) value;
    }

    /** Writes next to the target, then moves it into place: never half a PDF. */
    private static void write(Path target, byte[] pdf, String name) throws CliException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new CliException(name, "cannot write: " + name + " is a folder");
        }
        Path folder = abs.getParent();
        if (!Files.isDirectory(folder)) {
            throw new CliException(name, "cannot write: the folder " + folder + " does not exist");
        }
        Path temp = AtomicReplace.tempName(abs);
        try {
            Files.write(temp, pdf);
            AtomicReplace.moveIntoPlace(temp, abs);
        } catch (AccessDeniedException e) {
            deleteQuietly(temp);
            throw new CliException(name, "cannot write: not allowed to write in the folder " + folder);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CliException(name, "cannot write: " + IoMessages.describe(e));
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The write already failed; that is the error worth reporting.
        }
    }
}
