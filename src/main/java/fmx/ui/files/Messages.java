package fmx.ui.files;

import fmx.ui.common.Texts;

/** The window title and file texts, from {@code fmx/ui/files/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.files.messages");

    private Messages() {}
}
