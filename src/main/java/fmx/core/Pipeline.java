package fmx.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Layers applied in order (conv, activation, pool, in any order and number); every stage's output is kept.
 * Immutable and thread-safe.
 */
public record Pipeline(List<Layer> layers) {
    public Pipeline {
        layers = List.copyOf(layers);
    }

    /**
     * The output shape of every layer for {@code input}, validating each; an invalid layer throws
     * {@link InvalidSettingException} located as {@code layers[i]...}, as does an output of more values than one
     * array holds.
     */
    public List<Shape3> shapes(Shape3 input) {
        List<Shape3> shapes = new ArrayList<>(layers.size());
        Shape3 shape = input;
        for (int i = 0; i < layers.size(); i++) {
            try {
                shape = layers.get(i).outputShape(shape);
            } catch (InvalidSettingException e) {
                throw e.at("layers[" + i + "]");
            }
            if (shape.volume() > Tensor.MAX_VALUES) {
                throw new InvalidSettingException("layers[" + i + "]", "the output would hold " + shape.volume()
                        + " values (" + shape + "), more than one array can (" + Tensor.MAX_VALUES
                        + "); use less padding, fewer filters or a smaller input");
            }
            shapes.add(shape);
        }
        return shapes;
    }

    /** Validates, then runs every layer; element i of the result is layer i's output. */
    public List<Tensor> run(Tensor input, Parallelism parallelism, Cancellation cancellation) {
        shapes(input.shape());
        List<Tensor> stages = new ArrayList<>(layers.size());
        Tensor current = input;
        for (int i = 0; i < layers.size(); i++) {
            cancellation.check();
            if (i + 2 < layers.size() && ConvolutionEngine.canFuse(layers.get(i), layers.get(i + 1), layers.get(i + 2))) {
                // conv -> relu -> pool in one pass (see ConvolutionEngine.convReluPool): same three stages.
                stages.addAll(ConvolutionEngine.selected().convReluPool((ConvLayer) layers.get(i),
                        (ActivationLayer) layers.get(i + 1), (PoolLayer) layers.get(i + 2), current, null,
                        parallelism, cancellation));
                current = stages.getLast();
                i += 2;
                continue;
            }
            current = layers.get(i).apply(current, parallelism, cancellation);
            stages.add(current);
        }
        return stages;
    }

    public List<Tensor> run(Tensor input) {
        return run(input, Parallelism.serial(), Cancellation.NONE);
    }
}
