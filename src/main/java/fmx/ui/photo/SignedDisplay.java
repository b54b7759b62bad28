package fmx.ui.photo;

/** How a map's signed values become colours. */
public enum SignedDisplay {
    /** Blue below 0, white at 0, red above, symmetric around 0. */
    DIVERGING("display.diverging"),
    /** |v| in grey: black at 0, white at the largest magnitude. */
    ABSOLUTE("display.absolute"),
    /** max(v, 0) in grey: what a ReLU would keep. */
    CLIPPED("display.clipped"),
    /** Grey with 0 at mid-grey, negatives darker, positives lighter (as image tools show a gradient). */
    OFFSET("display.offset");

    private final String key; // in fmx/ui/photo/messages.properties

    SignedDisplay(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return Messages.TEXTS.text(key);
    }
}
