package fmx.ui.input;

import fmx.ui.common.Texts;

/** The input editor's text, from {@code fmx/ui/input/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.input.messages");

    private Messages() {}
}
