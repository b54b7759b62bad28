package fmx.ui.session;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The session's user-facing text (undo names, error banners), from {@code fmx/ui/session/messages.properties}. */
final class Messages {
    static final String BUNDLE = "fmx.ui.session.messages";

    private Messages() {}

    static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE).getString(key); // cached by ResourceBundle
    }

    /** The text of {@code key} with its arguments filled in (numbers as given, already formatted). */
    static String text(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }
}
