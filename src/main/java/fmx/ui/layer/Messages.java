package fmx.ui.layer;

import fmx.ui.common.Texts;

/** The layer settings' text, from {@code fmx/ui/layer/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.layer.messages");

    private Messages() {}
}
