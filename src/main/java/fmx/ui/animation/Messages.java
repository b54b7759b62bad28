package fmx.ui.animation;

import fmx.ui.common.Texts;

/** The sliding-window tab's user-facing text, from {@code fmx/ui/animation/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.animation.messages");

    private Messages() {}
}
