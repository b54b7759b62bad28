package fmx.core.trace;

import fmx.core.ActivationLayer;

/**
 * The activation phase of an {@link AnimationTrace}: one step in which {@code activation} turns filter
 * {@code filter}'s whole z map (height x width) into its a map, element by element. Each cell's own f(z) = a is
 * already part of its {@link ConvStep}; this step is the moment the animation swaps the map. Immutable.
 */
public record ActivationStep(int filter, ActivationLayer activation, int height, int width) implements TraceStep {
    @Override
    public int index() {
        return 0;
    }
}
