package fmx.core;

/**
 * One stage of the pipeline: a convolution, an activation or a pooling. Immutable and thread-safe; applying a
 * layer never changes its input.
 */
public sealed interface Layer permits ConvLayer, ActivationLayer, PoolLayer {
    /** The session format's name: "conv", "activation" or "pool". */
    String type();

    /** The output shape for an input of {@code input}; throws {@link InvalidSettingException} if invalid. */
    Shape3 outputShape(Shape3 input);

    /**
     * Computes the output of the layer. The input must have a shape {@link #outputShape} accepts.
     * Polls {@code cancellation} per output row or channel.
     */
    Tensor apply(Tensor input, Parallelism parallelism, Cancellation cancellation);

    /** Trainable parameters (weights and biases). */
    default long parameters() {
        return 0;
    }

    /** Multiply-adds for an input of {@code input} (only convolutions count any). */
    default long multiplyAdds(Shape3 input) {
        return 0;
    }

    /** The window this layer slides over its input, or null for element-wise layers. */
    default WindowGeometry geometry(Shape3 input) {
        return null;
    }
}
