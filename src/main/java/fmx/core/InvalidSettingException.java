package fmx.core;

/**
 * A setting that cannot be computed (a stride of 0, a kernel larger than the padded input...). The message says
 * where and what, {@code layers[0].stride: must be a positive integer, got 0}, and is meant for the user as is,
 * never with a stack trace. Code that knows more of the location adds it with {@link #at}.
 */
public class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String detail;

    /** A problem not tied to one field (or whose location the caller adds). */
    public InvalidSettingException(String detail) {
        this(null, detail);
    }

    /** A problem of {@code field} (e.g. "stride", "filters[2]"); {@code field} may be null. */
    public InvalidSettingException(String field, String detail) {
        super(field == null ? detail : field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    /** Where the problem is, e.g. "layers[0].stride", or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String detail() {
        return detail;
    }

    /** The same problem inside {@code where}: field "stride" at "layers[0]" becomes "layers[0].stride". */
    public InvalidSettingException at(String where) {
        return new InvalidSettingException(field == null ? where : where + "." + field, detail);
    }
}
