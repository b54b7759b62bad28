package fmx.cli;

import fmx.io.InputException;
import fmx.io.LocatedException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless {@code fmx} command: a registry of {@link Command}s, {@code --help}, {@code --version}, and the
 * error contract: exit status 2 and exactly one line {@code error: <where>: <what>} on stderr for bad input or
 * usage (nothing on stdout, no stack trace), 1 for an unexpected failure (a bug), 0 on success. Never loads a
 * JavaFX class. Not thread-safe (one run at a time per instance).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        for (Command c : commands) {
            this.commands.put(c.name(), c);
        }
    }

    /** The commands fmx ships; other commands (bench, export) are added to this list. */
    public static Cli standard() {
        return new Cli(List.of(new ComputeCommand(), new InfoCommand(), new ExportCommand(), new WorksheetCommand(),
                new BenchCommand()));
    }

    /** Runs {@code args} (the first is the command or a global option), printing to {@code out} and {@code err}. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(Arrays.asList(args), out);
        } catch (LocatedException e) { // InputException and CliException
            return error(err, e.where(), e.what());
        } catch (OutOfMemoryError e) {
            return error(err, "out of memory", "the input is too large for the Java heap; try a smaller photo "
                    + "(--max-pixels) or a larger heap");
        } catch (RuntimeException e) {
            err.println("error: internal error (a bug, please report it): " + e);
            err.flush();
            return FAILED;
        }
    }

    private int dispatch(List<String> args, PrintStream out) throws CliException, InputException {
        if (args.isEmpty() || isHelp(args.getFirst())) {
            out.print(help());
            out.flush();
            return OK;
        }
        String first = args.getFirst();
        if (first.equals("--version") || first.equals("-V")) {
            out.println("fmx " + Version.current());
            out.flush();
            return OK;
        }
        Command command = commands.get(first);
        if (command == null) {
            if (first.startsWith("-")) {
                throw new CliException(first, "unknown option (see fmx --help)");
            }
            throw new CliException(first, "unknown command (known: " + String.join(", ", commands.keySet())
                    + "; see fmx --help)");
        }
        List<String> rest = args.subList(1, args.size());
        int end = rest.indexOf("--");
        for (String a : end < 0 ? rest : rest.subList(0, end)) {
            if (isHelp(a)) {
                out.print(command.help());
                out.flush();
                return OK;
            }
        }
        return command.run(new ArrayList<>(rest), out);
    }

    /** The text of {@code fmx --help}. */
    public String help() {
        StringBuilder sb = new StringBuilder("""
                Usage: fmx [COMMAND [ARGUMENTS]]

                Feature Map Explorer: shows how a convolutional layer turns an input into feature maps.
                Without a command, opens the window. With a command, runs headless (no display needed).

                Commands:
                """);
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Command c : commands.values()) {
            sb.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 3)).append(c.summary())
                    .append('\n');
        }
        sb.append("""

                Options:
                  -h, --help      show this help; fmx COMMAND --help shows a command's
                  -V, --version   show the version

                Exit status: 0 on success, 2 on bad input or usage (one line "error: <where>: <what>" on
                standard error), 1 on an internal error.
                """);
        return sb.toString();
    }

    private static boolean isHelp(String a) {
        return a.equals("-h") || a.equals("--help");
    }

    private static int error(PrintStream err, String where, String what) {
        String line = "error: " + (where == null || where.isEmpty() ? "" : where + ": ") + what;
        err.println(line.replace('\n', ' ').replace('\r', ' '));
        err.flush();
        return BAD_INPUT;
    }
}
