package fmx.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * One UI package's user-facing text: the resource bundle {@code bundle} of this module (for example
 * {@code fmx.ui.app.messages}, the file {@code fmx/ui/app/messages.properties}), looked up once. Each UI package
 * holds its own in {@code Messages.TEXTS}. Thread-safe.
 */
public final class Texts {
    private final ResourceBundle bundle;

    public Texts(String bundle) {
        this.bundle = ResourceBundle.getBundle(bundle);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with its arguments filled in (numbers as given, already formatted). */
    public String text(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }
}
