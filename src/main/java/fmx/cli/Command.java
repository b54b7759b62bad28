package fmx.cli;

import fmx.io.InputException;
import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code fmx} ({@code compute}, {@code info}...). {@link Cli} handles {@code --help}, the exit
 * status and the error line; a command only parses its own arguments and does its work.
 */
public interface Command {
    /** The word after {@code fmx}, e.g. "compute". */
    String name();

    /** One line for {@code fmx --help}. */
    String summary();

    /** The text of {@code fmx NAME --help}: usage line, what it does, options, ending with a newline. */
    String help();

    /**
     * Runs with the arguments after the command name (never containing --help). Writes results to {@code out}
     * only on success; problems are thrown, never printed. Returns the exit status (0).
     */
    int run(List<String> args, PrintStream out) throws CliException, InputException;
}
