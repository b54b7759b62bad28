package fmx.core;

/**
 * Max or average pooling per channel, window {@code size} and {@code stride} per axis, no padding, floor mode:
 * {@code out = floor((in - k) / s) + 1}. Output (c, oy, ox) summarises input rows {@code oy*sy .. oy*sy+kh-1}
 * and columns {@code ox*sx .. ox*sx+kw-1}. Input C x H x W, output C x outH x outW.
 */
public record PoolLayer(PoolMode mode, Int2 size, Int2 stride) implements Layer {

    /** Stride equal to the window, as frameworks default. */
    public static PoolLayer of(PoolMode mode, Int2 size) {
        return new PoolLayer(mode, size, size);
    }

    @Override
    public String type() {
        return "pool";
    }

    @Override
    public WindowGeometry geometry(Shape3 input) {
        return WindowGeometry.pooling(input.height(), input.width(), size, stride);
    }

    @Override
    public Shape3 outputShape(Shape3 input) {
        WindowGeometry g = geometry(input);
        return new Shape3(input.channels(), g.outHeight(), g.outWidth());
    }

    @Override
    public Tensor apply(Tensor input, Parallelism parallelism, Cancellation cancellation) {
        WindowGeometry g = geometry(input.shape());
        int outH = g.outHeight();
        int outW = g.outWidth();
        Tensor out = Tensor.zeros(input.channels(), outH, outW);
        float[] in = input.data();
        float[] o = out.data();
        int inH = input.height();
        int inW = input.width();
        int kh = size.y();
        int kw = size.x();
        int sy = stride.y();
        int sx = stride.x();
        boolean max = mode == PoolMode.MAX;
        float scale = 1f / (kh * kw);
        parallelism.forEach(input.channels(), (long) outH * outW * kh * kw, c -> {
            for (int oy = 0; oy < outH; oy++) {
                cancellation.check();
                int outRow = (c * outH + oy) * outW;
                for (int ox = 0; ox < outW; ox++) {
                    float acc = max ? Float.NEGATIVE_INFINITY : 0f;
                    for (int ky = 0; ky < kh; ky++) {
                        int row = (c * inH + oy * sy + ky) * inW + ox * sx;
                        for (int kx = 0; kx < kw; kx++) {
                            float v = in[row + kx];
                            acc = max ? Math.max(acc, v) : acc + v;
                        }
                    }
                    o[outRow + ox] = max ? acc : acc * scale;
                }
            }
        });
        return out;
    }
}
