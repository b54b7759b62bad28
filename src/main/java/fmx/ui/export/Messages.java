package fmx.ui.export;

import fmx.ui.common.Texts;

/** The export dialog's text, from {@code fmx/ui/export/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.export.messages");

    private Messages() {}
}
