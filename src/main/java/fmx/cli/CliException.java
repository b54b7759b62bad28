package fmx.cli;

/** A problem the command reports as {@code error: where: what} with exit status 2 (bad usage, unwritable output). */
public class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String what;

    public CliException(String where, String what) {
        super(where + ": " + what);
        this.where = where;
        this.what = what;
    }

    public String where() {
        return where;
    }

    public String what() {
        return what;
    }
}
