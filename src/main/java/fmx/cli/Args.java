package fmx.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a command's arguments: options with a value ({@code -o FILE}, {@code --output FILE},
 * {@code --output=FILE}), and positional arguments; {@code --} ends the options. Errors name the option.
 */
final class Args {
    private final String command;
    private final List<String> args;
    private int next;
    private String pendingValue;
    private boolean optionsEnded;
    private final List<String> positional = new ArrayList<>();

    Args(String command, List<String> args) {
        this.command = command;
        this.args = args;
    }

    /** The next option (e.g. "--output"), collecting positional arguments on the way; null at the end. */
    String nextOption() throws CliException {
        if (pendingValue != null) {
            throw new CliException(args.get(next - 1), "this option takes no value");
        }
        while (next < args.size()) {
            String a = args.get(next++);
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                positional.add(a);
            } else if (a.equals("--")) {
                optionsEnded = true;
            } else {
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    pendingValue = a.substring(eq + 1);
                    return a.substring(0, eq);
                }
                return a;
            }
        }
        return null;
    }

    /** The value of {@code option}: after '=' or the next argument; never empty. */
    String value(String option) throws CliException {
        String v;
        if (pendingValue != null) {
            v = pendingValue;
            pendingValue = null;
        } else if (next >= args.size()) {
            throw new CliException(option, "needs a value (see fmx " + command + " --help)");
        } else {
            v = args.get(next++);
        }
        if (v.isEmpty()) {
            throw new CliException(option, "needs a value, got an empty one");
        }
        return v;
    }

    long positiveLong(String option) throws CliException {
        String v = value(option);
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new CliException(option, "must be a positive integer, got " + v);
    }

    CliException unknown(String option) {
        return new CliException(option, "unknown option of fmx " + command + " (see fmx " + command + " --help)");
    }

    /**
     * The positional arguments (file names, none empty), which must number exactly {@code names.length};
     * {@code names} word them.
     */
    List<String> positional(String... names) throws CliException {
        if (positional.size() < names.length) {
            throw new CliException("fmx " + command, "missing " + names[positional.size()] + " (see fmx " + command
                    + " --help)");
        }
        if (positional.size() > names.length) {
            throw new CliException(positional.get(names.length), "unexpected argument (see fmx " + command
                    + " --help)");
        }
        for (int i = 0; i < names.length; i++) {
            if (positional.get(i).isEmpty()) {
                throw new CliException(names[i], "the file name is empty");
            }
        }
        return List.copyOf(positional);
    }
}
