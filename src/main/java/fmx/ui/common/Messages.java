package fmx.ui.common;

/** The shared grid controls' text, from {@code fmx/ui/common/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.common.messages");

    private Messages() {}
}
