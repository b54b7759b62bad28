package fmx.ui.photo;

/** How a map's signed values become colours. */
public enum SignedDisplay {
    /** Blue below 0, white at 0, red above, symmetric around 0. */
    DIVERGING("Diverging (blue - white - red)"),
    /** |v| in grey: black at 0, white at the largest magnitude. */
    ABSOLUTE("Absolute value"),
    /** max(v, 0) in grey: what a ReLU would keep. */
    CLIPPED("Clipped at zero"),
    /** Grey with 0 at mid-grey, negatives darker, positives lighter (as image tools show a gradient). */
    OFFSET("Offset to mid-grey");

    private final String label;

    SignedDisplay(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
