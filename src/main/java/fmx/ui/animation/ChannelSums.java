package fmx.ui.animation;

import fmx.core.trace.ConvStep;
import fmx.core.trace.NumberText;
import fmx.core.trace.Tap;
import java.util.ArrayList;
import java.util.List;

/**
 * Each channel's products laid out as its kernel (one line per kernel row) and its partial sum, for the cards shown
 * side by side under the equation, as in the classic multi-channel demos. Big kernels and many channels are cut
 * with "…" so that a card stays readable.
 */
final class ChannelSums {
    static final int MAX_CHANNELS = 8;
    private static final int MAX_ROWS = 5;
    private static final int MAX_COLUMNS = 5;
    private static final int DECIMALS = 4;

    private ChannelSums() {}

    /** One card text per channel (at most {@link #MAX_CHANNELS}). */
    static List<String> cards(ConvStep step, int kh, int kw) {
        int shown = Math.min(step.channels(), MAX_CHANNELS);
        List<String> cards = new ArrayList<>(shown);
        for (int c = 0; c < shown; c++) {
            cards.add(card(step, c, kh, kw));
        }
        return List.copyOf(cards);
    }

    private static String card(ConvStep step, int c, int kh, int kw) {
        List<Tap> taps = step.taps(c);
        StringBuilder sb = new StringBuilder(Messages.TEXTS.text("card.channel", Integer.toString(c))).append('\n');
        for (int ky = 0; ky < Math.min(kh, MAX_ROWS); ky++) {
            sb.append(ky == 0 ? "  " : "+ ");
            for (int kx = 0; kx < Math.min(kw, MAX_COLUMNS); kx++) {
                Tap t = taps.get(ky * kw + kx);
                sb.append(kx == 0 ? "" : " + ").append(NumberText.operand(t.weight(), DECIMALS)).append('·')
                        .append(NumberText.operand(t.input(), DECIMALS));
            }
            sb.append(kw > MAX_COLUMNS ? " + …\n" : "\n");
        }
        if (kh > MAX_ROWS) {
            sb.append("+ …\n");
        }
        return sb.append("= ").append(NumberText.plain(step.partialSums()[c], DECIMALS)).toString();
    }
}
