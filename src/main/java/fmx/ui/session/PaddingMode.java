package fmx.ui.session;

/** How the padding is given in the layer settings: numbers per axis, "same" or "valid". */
public enum PaddingMode {
    NUMBER("Number"),
    SAME("Same"),
    VALID("Valid");

    private final String label;

    PaddingMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
