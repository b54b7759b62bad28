package fmx.core;

/**
 * An element-wise activation a = f(z). Output shape = input shape. {@code slope} is leaky ReLU's slope for
 * negative inputs (default {@link #DEFAULT_SLOPE}); other functions ignore it.
 */
public record ActivationLayer(ActivationFunction function, float slope) implements Layer {
    public static final float DEFAULT_SLOPE = 0.01f;

    public static ActivationLayer of(ActivationFunction function) {
        return new ActivationLayer(function, DEFAULT_SLOPE);
    }

    @Override
    public String type() {
        return "activation";
    }

    @Override
    public Shape3 outputShape(Shape3 input) {
        return input;
    }

    /** f(z) for one value. */
    public float apply(float z) {
        return function.apply(z, slope);
    }

    @Override
    public Tensor apply(Tensor input, Parallelism parallelism, Cancellation cancellation) {
        float[] in = input.data();
        float[] out = new float[in.length];
        int plane = input.height() * input.width();
        for (int c = 0; c < input.channels(); c++) {
            cancellation.check();
            int end = (c + 1) * plane;
            switch (function) {
                case IDENTITY -> System.arraycopy(in, c * plane, out, c * plane, plane);
                case RELU -> {
                    for (int i = c * plane; i < end; i++) {
                        out[i] = Math.max(in[i], 0f);
                    }
                }
                default -> {
                    for (int i = c * plane; i < end; i++) {
                        out[i] = function.apply(in[i], slope);
                    }
                }
            }
        }
        return new Tensor(input.shape(), out);
    }
}
