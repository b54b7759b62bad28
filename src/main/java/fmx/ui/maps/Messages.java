package fmx.ui.maps;

import fmx.ui.common.Texts;

/** The feature-map tab's text, from {@code fmx/ui/maps/messages.properties}. */
final class Messages {
    static final Texts TEXTS = new Texts("fmx.ui.maps.messages");

    private Messages() {}
}
