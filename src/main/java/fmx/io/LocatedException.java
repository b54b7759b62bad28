package fmx.io;

/**
 * A problem said for a person as {@code where: what}: {@code where} names the place (a JSON path, a file name, an
 * option) and {@code what} the problem. Shown as is, never with a stack trace.
 */
public abstract class LocatedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String what;

    protected LocatedException(String where, String what, Throwable cause) {
        super(where + ": " + what, cause);
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
