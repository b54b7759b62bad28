package fmx.ui.photo;

import fmx.ui.common.Texts;

/** The Photo tab's text, from {@code fmx/ui/photo/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.photo.messages");

    private Messages() {}
}
