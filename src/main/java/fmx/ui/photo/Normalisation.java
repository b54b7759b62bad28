package fmx.ui.photo;

/** Which range of values fills a map's colour scale. */
public enum Normalisation {
    /** Each map from its own smallest to largest value. */
    PER_MAP("normalisation.perMap"),
    /** One range for every map of the stage, so maps can be compared. */
    SHARED("normalisation.shared"),
    /** Each map from its 1st to its 99th percentile: a few extreme pixels do not wash the rest out. */
    PERCENTILES("normalisation.percentiles");

    private final String key; // in fmx/ui/photo/messages.properties

    Normalisation(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return Messages.TEXTS.text(key);
    }
}
