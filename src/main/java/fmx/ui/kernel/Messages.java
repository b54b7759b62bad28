package fmx.ui.kernel;

import fmx.ui.common.Texts;

/** The filter editor's text, from {@code fmx/ui/kernel/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.kernel.messages");

    private Messages() {}
}
