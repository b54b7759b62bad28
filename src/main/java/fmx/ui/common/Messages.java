package fmx.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The shared grid controls' text, from {@code fmx/ui/common/messages.properties}. */
final class Messages {
    static final String BUNDLE = "fmx.ui.common.messages";

    private Messages() {}

    static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE).getString(key); // cached by ResourceBundle
    }

    /** The text of {@code key} with its arguments filled in (numbers as given, already formatted). */
    static String text(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }
}
