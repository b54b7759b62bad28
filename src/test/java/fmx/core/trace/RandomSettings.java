package fmx.core.trace;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.Padding;
import fmx.core.Tensor;
import java.util.Random;

/** Random but valid convolution settings for the trace tests, from a seeded generator. */
final class RandomSettings {
    record Case(Tensor input, ConvLayer conv, ActivationLayer activation) {
        @Override
        public String toString() {
            return "input " + input.shape() + ", " + conv.filters() + ", stride " + conv.stride() + ", padding "
                    + conv.padding() + ", dilation " + conv.dilation() + ", flip " + conv.flip() + ", activation "
                    + (activation == null ? "none" : activation.function());
        }
    }

    private final Random random;

    RandomSettings(long seed) {
        this.random = new Random(seed);
    }

    /** A setting the core accepts; invalid draws (window larger than the padded input...) are drawn again. */
    Case next() {
        while (true) {
            int channels = 1 + random.nextInt(4);
            Tensor input = tensor(channels, 1 + random.nextInt(9), 1 + random.nextInt(9));
            int kh = 1 + random.nextInt(5);
            int kw = 1 + random.nextInt(5);
            int count = 1 + random.nextInt(3);
            FilterBank filters = new FilterBank(count, channels, kh, kw, values(count * channels * kh * kw),
                    values(count));
            Int2 stride = Int2.of(1 + random.nextInt(3), 1 + random.nextInt(3));
            Int2 dilation = random.nextInt(3) == 0 ? Int2.of(1 + random.nextInt(3), 1 + random.nextInt(3)) : Int2.of(1);
            Padding padding = switch (random.nextInt(4)) {
                case 0 -> Padding.VALID;
                case 1 -> Padding.SAME;
                default -> Padding.of(random.nextInt(3), random.nextInt(3));
            };
            ConvLayer conv = new ConvLayer(filters, stride, padding, dilation, random.nextBoolean());
            try {
                conv.outputShape(input.shape());
            } catch (InvalidSettingException e) {
                continue;
            }
            return new Case(input, conv, activation());
        }
    }

    ActivationLayer activation() {
        int k = random.nextInt(ActivationFunction.values().length + 1);
        return k == 0 ? null : new ActivationLayer(ActivationFunction.values()[k - 1], 0.1f);
    }

    Tensor tensor(int channels, int height, int width) {
        Tensor t = Tensor.zeros(channels, height, width);
        float[] v = values(t.data().length);
        System.arraycopy(v, 0, t.data(), 0, v.length);
        return t;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Half small integers (so ties and exact zeros occur), half floats that round when summed. */
    private float[] values(int n) {
        float[] v = new float[n];
        boolean integers = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            v[i] = integers ? random.nextInt(5) - 2 : (float) random.nextGaussian();
        }
        return v;
    }
}
