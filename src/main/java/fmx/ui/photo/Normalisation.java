package fmx.ui.photo;

/** Which range of values fills a map's colour scale. */
public enum Normalisation {
    /** Each map from its own smallest to largest value. */
    PER_MAP("Per map"),
    /** One range for every map of the stage, so maps can be compared. */
    SHARED("Shared by all maps"),
    /** Each map from its 1st to its 99th percentile: a few extreme pixels do not wash the rest out. */
    PERCENTILES("Percentiles 1-99");

    private final String label;

    Normalisation(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
