package fmx.io;

/**
 * Input that cannot be used, said for a person: {@code where} names the place (a JSON path such as
 * {@code layers[0].stride}, a file name, {@code input.image}) and {@code what} the problem. The message is
 * {@code where: what}, shown as is, never with a stack trace.
 */
public class InputException extends LocatedException {
    private static final long serialVersionUID = 1L;

    public InputException(String where, String what) {
        super(where, what, null);
    }

    public InputException(String where, String what, Throwable cause) {
        super(where, what, cause);
    }
}
