package fmx.core.trace;

/** The phases of an {@link AnimationTrace}, in the order they play for each filter. */
public enum Phase {
    /** One step per output cell, row-major. */
    CONVOLUTION,
    /** One step for the whole map (present only when an activation layer follows the convolution). */
    ACTIVATION,
    /** One step per pooled cell, row-major (present only when pooling follows). */
    POOLING
}
