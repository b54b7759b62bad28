package fmx.ui.session;

/** How the padding is given in the layer settings: numbers per axis, "same" or "valid". */
public enum PaddingMode {
    NUMBER,
    SAME,
    VALID;

    @Override
    public String toString() {
        return Messages.TEXTS.text("padding." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
