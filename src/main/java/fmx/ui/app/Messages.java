package fmx.ui.app;

import fmx.ui.common.Texts;

/** The window's menus, tabs and dialogs, from {@code fmx/ui/app/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.app.messages");

    private Messages() {}
}
