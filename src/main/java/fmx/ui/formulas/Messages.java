package fmx.ui.formulas;

import fmx.ui.common.Texts;

/** The formulas panel's text, from {@code fmx/ui/formulas/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.formulas.messages");

    private Messages() {}
}
