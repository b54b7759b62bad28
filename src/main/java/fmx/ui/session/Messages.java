package fmx.ui.session;

import fmx.ui.common.Texts;

/** The session's user-facing text (undo names, error banners), from {@code fmx/ui/session/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.session.messages");

    private Messages() {}
}
