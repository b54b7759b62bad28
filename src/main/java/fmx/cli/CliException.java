package fmx.cli;

import fmx.io.LocatedException;

/** A problem the command reports as {@code error: where: what} with exit status 2 (bad usage, unwritable output). */
public class CliException extends LocatedException {
    private static final long serialVersionUID = 1L;

    public CliException(String where, String what) {
        super(where, what, null);
    }
}
