package fmx.ui.animation;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The sliding-window tab's user-facing text, from {@code fmx/ui/animation/messages.properties}. */
final class Messages {
    static final String BUNDLE = "fmx.ui.animation.messages";

    private Messages() {}

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE); // cached by ResourceBundle
    }

    static String text(String key) {
        return bundle().getString(key);
    }

    /** The text of {@code key} with its arguments filled in (numbers as given, already formatted). */
    static String text(String key, Object... args) {
        return MessageFormat.format(bundle().getString(key), args);
    }
}
