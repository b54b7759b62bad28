package fmx.ui.status;

import fmx.ui.common.Texts;

/** The status bar's text, from {@code fmx/ui/status/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.status.messages");

    private Messages() {}
}
