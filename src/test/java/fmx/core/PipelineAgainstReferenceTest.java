package fmx.core;

import static fmx.core.RandomData.between;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.NaiveReference.Pad;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random pipelines (conv, activation and pooling in any order) against {@link NaiveReference}. Each stage is
 * compared with the reference applied to the core's previous stage, so an error is pinned to its layer instead of
 * being smeared by the rounding of the layers before.
 */
class PipelineAgainstReferenceTest {
    private static final int CASES = 300;

    /** One layer of a random pipeline: the core layer and what the reference makes of a [C][H][W] input. */
    private interface Step {
        Layer layer();

        /** The reference output, or null when this layer cannot take an input of c x h x w. */
        NaiveReference.Result reference(float[][][] input);

        /** {channels, height, width} after this layer, or null when it cannot take c x h x w. */
        int[] shapeAfter(int c, int h, int w);
    }

    private record ConvStep(float[][][][] weights, float[] bias, NaiveReference.Conv conv, Layer layer)
            implements Step {
        static ConvStep random(Random r, int channels) {
            int n = between(r, 1, 4);
            int kh = between(r, 1, 5);
            int kw = between(r, 1, 5);
            int c = r.nextInt(20) == 0 ? channels + 1 : channels; // now and then a channel mismatch
            boolean same = r.nextInt(4) == 0;
            int sy = same ? 1 : between(r, 1, 2);
            int sx = same ? 1 : between(r, 1, 2);
            int py = between(r, 0, 2);
            int px = between(r, 0, 2);
            int dy = between(r, 1, 2);
            int dx = between(r, 1, 2);
            boolean flip = r.nextBoolean();
            float[][][][] weights = RandomData.weights(r, n, c, kh, kw);
            float[] bias = RandomData.floats(r, n);
            Pad pad = same ? new Pad.Same() : new Pad.Explicit(py, px);
            Padding padding = same ? Padding.SAME : Padding.of(py, px);
            ConvLayer layer = new ConvLayer(FilterBank.of(weights, bias), Int2.of(sy, sx), padding, Int2.of(dy, dx),
                    flip);
            return new ConvStep(weights, bias, new NaiveReference.Conv(sy, sx, pad, dy, dx, flip), layer);
        }

        @Override
        public NaiveReference.Result reference(float[][][] input) {
            return NaiveReference.convolve(input, weights, bias, conv);
        }

        @Override
        public int[] shapeAfter(int c, int h, int w) {
            int kh = weights[0][0].length;
            int kw = weights[0][0][0].length;
            if (c != weights[0].length || !NaiveReference.isValid(h, w, kh, kw, conv)) {
                return null;
            }
            int[] py = NaiveReference.sides(conv.pad(), kh, conv.dy(), true);
            int[] px = NaiveReference.sides(conv.pad(), kw, conv.dx(), false);
            return new int[] {weights.length, NaiveReference.outputSize(h, py[0], py[1], kh, conv.sy(), conv.dy()),
                    NaiveReference.outputSize(w, px[0], px[1], kw, conv.sx(), conv.dx())};
        }
    }

    private record ActivationStep(NaiveReference.Activation function, float slope, Layer layer) implements Step {
        static ActivationStep random(Random r) {
            ActivationFunction f = ActivationFunction.values()[r.nextInt(ActivationFunction.values().length)];
            float slope = r.nextFloat() * 0.3f;
            return new ActivationStep(NaiveReference.Activation.valueOf(f.name()), slope, new ActivationLayer(f, slope));
        }

        @Override
        public NaiveReference.Result reference(float[][][] input) {
            double[][][] out = new double[input.length][input[0].length][input[0][0].length];
            double[][][] magnitude = new double[out.length][out[0].length][out[0][0].length];
            for (int c = 0; c < out.length; c++) {
                for (int y = 0; y < out[c].length; y++) {
                    for (int x = 0; x < out[c][y].length; x++) {
                        out[c][y][x] = NaiveReference.activate(function, input[c][y][x], slope);
                        magnitude[c][y][x] = Math.abs(out[c][y][x]);
                    }
                }
            }
            return new NaiveReference.Result(out, magnitude);
        }

        @Override
        public int[] shapeAfter(int c, int h, int w) {
            return new int[] {c, h, w};
        }
    }

    private record PoolStep(boolean max, int kh, int kw, int sy, int sx, Layer layer) implements Step {
        static PoolStep random(Random r) {
            boolean max = r.nextBoolean();
            int kh = between(r, 1, 3);
            int kw = between(r, 1, 3);
            int sy = between(r, 1, 3);
            int sx = between(r, 1, 3);
            return new PoolStep(max, kh, kw, sy, sx,
                    new PoolLayer(max ? PoolMode.MAX : PoolMode.AVG, Int2.of(kh, kw), Int2.of(sy, sx)));
        }

        @Override
        public NaiveReference.Result reference(float[][][] input) {
            return NaiveReference.pool(input, max, kh, kw, sy, sx);
        }

        @Override
        public int[] shapeAfter(int c, int h, int w) {
            int outH = NaiveReference.outputSize(h, 0, 0, kh, sy, 1);
            int outW = NaiveReference.outputSize(w, 0, 0, kw, sx, 1);
            return outH == 0 || outW == 0 ? null : new int[] {c, outH, outW};
        }
    }

    @Test
    void everyStageOfRandomPipelinesMatchesTheReference() {
        Random random = new Random(31_337);
        int compared = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            float[][][] input = RandomData.values(random, between(random, 1, 3), between(random, 4, 20),
                    between(random, 4, 20));
            List<Step> steps = randomSteps(random, input.length);
            List<Layer> layers = steps.stream().map(Step::layer).toList();
            Pipeline pipeline = new Pipeline(layers);
            String what = "case " + i + ": " + layers + " over " + Tensor.of(input).shape();

            int firstInvalid = firstInvalid(steps, input);
            if (firstInvalid >= 0) {
                InvalidSettingException e = assertThrows(InvalidSettingException.class,
                        () -> pipeline.run(Tensor.of(input)), what);
                assertTrue(e.field().startsWith("layers[" + firstInvalid + "]"), what + ": " + e.getMessage());
                rejected++;
                continue;
            }
            List<Tensor> stages = pipeline.run(Tensor.of(input));
            assertEquals(steps.size(), stages.size(), what);
            float[][][] stageInput = input;
            for (int s = 0; s < steps.size(); s++) {
                RandomData.assertClose(steps.get(s).reference(stageInput), stages.get(s), what + ", layer " + s);
                stageInput = stages.get(s).toArray();
            }
            compared++;
        }
        assertTrue(compared >= CASES / 2 && rejected >= 10, "compared " + compared + ", rejected " + rejected);
    }

    private static List<Step> randomSteps(Random random, int inputChannels) {
        List<Step> steps = new ArrayList<>();
        int channels = inputChannels;
        int count = between(random, 2, 5);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(20);
            Step step = kind < 9 ? ConvStep.random(random, channels)
                    : kind < 15 ? ActivationStep.random(random)
                    : PoolStep.random(random);
            if (step instanceof ConvStep conv) {
                channels = conv.weights().length;
            }
            steps.add(step);
        }
        return steps;
    }

    /** Index of the first layer the reference cannot apply, or -1. */
    private static int firstInvalid(List<Step> steps, float[][][] input) {
        int[] shape = {input.length, input[0].length, input[0][0].length};
        for (int s = 0; s < steps.size(); s++) {
            shape = steps.get(s).shapeAfter(shape[0], shape[1], shape[2]);
            if (shape == null) {
                return s;
            }
        }
        return -1;
    }
}
