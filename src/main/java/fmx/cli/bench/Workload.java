package fmx.cli.bench;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.Cancellation;
import fmx.core.ConvLayer;
import fmx.core.ConvolutionEngine;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.Padding;
import fmx.core.Parallelism;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Shape3;
import fmx.core.Tensor;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One benchmark case of issue 5: an input shape, a convolution and, for vgg-first-layer, ReLU and 2x2 max pooling
 * after it. Inputs and weights are random (fixed seed); outputs go into buffers allocated once and reused, as the
 * compute service does.
 */
record Workload(String name, Shape3 input, ConvLayer conv, boolean reluPool) {
    static final List<Workload> ALL = List.of(
            new Workload("photo", new Shape3(3, 3000, 4000), conv(8, 3, 3, 1, 1), false),
            new Workload("big-kernel", new Shape3(1, 2000, 2000), conv(4, 1, 7, 1, 3), false),
            new Workload("vgg-first-layer", new Shape3(3, 224, 224), conv(64, 3, 3, 1, 1), true),
            new Workload("strided", new Shape3(3, 1024, 1024), conv(16, 3, 5, 2, 2), false));

    static final ActivationLayer RELU = ActivationLayer.of(ActivationFunction.RELU);
    static final PoolLayer POOL = PoolLayer.of(PoolMode.MAX, Int2.of(2));

    private static ConvLayer conv(int filters, int channels, int k, int stride, int pad) {
        SplittableRandom r = new SplittableRandom(filters * 31L + k);
        float[] w = new float[filters * channels * k * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextDouble() - 0.5);
        }
        float[] b = new float[filters];
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) (r.nextDouble() - 0.5);
        }
        return new ConvLayer(new FilterBank(filters, channels, k, k, w, b), Int2.of(stride), Padding.of(pad),
                Int2.of(1), false);
    }

    /** "3x3000x4000, 8 filters 3x3x3, stride 1, pad 1" */
    String describe() {
        FilterBank f = conv.filters();
        return input.channels() + "x" + input.height() + "x" + input.width() + ", " + f.count() + " filters "
                + f.kernelHeight() + "x" + f.kernelWidth() + "x" + f.channels() + ", stride " + conv.stride()
                + ", pad " + conv.padding() + (reluPool ? ", ReLU, 2x2 max pool" : "");
    }

    long multiplyAdds() {
        return conv.multiplyAdds(input);
    }

    Tensor randomInput() {
        Tensor t = Tensor.zeros(input.channels(), input.height(), input.width());
        float[] d = t.data();
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) r.nextDouble();
        }
        return t;
    }

    /** Output buffers: the convolution's, then (with ReLU and pooling) the ReLU's and the pooling's. */
    float[][] buffers() {
        Shape3 out = conv.outputShape(input);
        if (!reluPool) {
            return new float[][] {new float[(int) out.volume()]};
        }
        return new float[][] {new float[(int) out.volume()], new float[(int) out.volume()],
            new float[(int) POOL.outputShape(out).volume()]};
    }

    void run(ConvolutionEngine engine, Tensor in, float[][] buffers, Parallelism parallelism) {
        if (reluPool) {
            engine.convReluPool(conv, RELU, POOL, in, buffers, parallelism, Cancellation.NONE);
        } else {
            engine.convolve(conv, in, buffers[0], parallelism, Cancellation.NONE);
        }
    }
}
