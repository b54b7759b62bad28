package fmx.core.trace;

/** A step of an {@link AnimationTrace}: a convolution window, the activation of a whole map, or a pooling window. */
public sealed interface TraceStep permits ConvStep, ActivationStep, PoolStep {
    /** The index of the step within its phase (0 for the activation step). */
    int index();
}
