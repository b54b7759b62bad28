package fmx.core;

import java.util.List;
import java.util.Locale;

/**
 * The fast convolution behind {@link ConvLayer#apply}: same semantics (cross-correlation, per-axis stride,
 * padding, dilation, flip, bias; output N x outH x outW as {@link WindowGeometry} computes), computed by the
 * Vector API kernel ({@link VectorConvolution}) or, where vectors are not available, by the portable scalar
 * kernel ({@link ScalarConvolution}). Both give the same values within float rounding.
 *
 * <p>The path is chosen once at start-up: the system property {@code fmx.engine=vector|scalar} forces one;
 * otherwise the vector path when {@code FloatVector.SPECIES_PREFERRED} has more than one lane. The vector path puts
 * pixels in the lanes; {@code -Dfmx.engine.filterLanes=true} puts blocks of 16 filters there instead (see
 * {@link #FILTER_LANES_PROPERTY}).
 *
 * <p>Work is split over (block of filters, band of output rows) through {@link Parallelism}, serial below its
 * threshold; cancellation is polled per output row. Callers may pass destination arrays to reuse (a 12 MP photo
 * with 8 filters makes a 384 MB output, whose fresh allocation and page faults cost more than the convolution).
 * Thread-safe: an engine holds no mutable state.
 */
public final class ConvolutionEngine {
    /** System property that forces a path: {@code vector} or {@code scalar}. */
    public static final String PROPERTY = "fmx.engine";

    /** Output rows per task: enough to amortise the split, small enough to balance 2 to 16 cores. */
    private static final int ROWS_PER_TASK = 16;

    /**
     * System property: {@code true} puts the filters in the vector lanes for blocks of 16 filters (16-lane species
     * only; see {@link VectorConvolution}). Off by default: measured slower than pixels in the lanes on this
     * project's AVX-512 machine (vgg-first-layer convolution, one thread, CPU time: 5.1 to 6.6 ms against 2.5 to
     * 4.4 ms; strided: 17 to 19 ms against 13 to 20 ms).
     */
    public static final String FILTER_LANES_PROPERTY = "fmx.engine.filterLanes";

    private static final int LANES = VectorConvolution.S.length();
    /** The vector path with pixels in the lanes for every filter count (blocks of 8, then 4). */
    private static final ConvolutionEngine VECTOR_PIXEL_LANES = new ConvolutionEngine(VectorConvolution.INSTANCE, 8);
    /** The vector path with blocks of 16 filters in the lanes (16-lane species), pixels in the lanes for the rest. */
    private static final ConvolutionEngine VECTOR_FILTER_LANES = LANES == 16
            ? new ConvolutionEngine(VectorConvolution.INSTANCE, 16) : VECTOR_PIXEL_LANES;
    private static final ConvolutionEngine VECTOR = Boolean.getBoolean(FILTER_LANES_PROPERTY)
            ? VECTOR_FILTER_LANES : VECTOR_PIXEL_LANES;
    private static final ConvolutionEngine SCALAR = new ConvolutionEngine(ScalarConvolution.INSTANCE, 4);
    private static final String CHOICE = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
    private static final ConvolutionEngine SELECTED = switch (CHOICE) {
        case "vector" -> VECTOR;
        case "scalar" -> SCALAR;
        default -> VectorConvolution.S.length() > 1 ? VECTOR : SCALAR;
    };

    private final ConvKernel kernel;
    private final int widestBlock;

    private ConvolutionEngine(ConvKernel kernel, int widestBlock) {
        this.kernel = kernel;
        this.widestBlock = widestBlock;
    }

    /** The engine chosen at start-up (see the class comment). */
    public static ConvolutionEngine selected() {
        return SELECTED;
    }

    /** Why {@link #selected()} is what it is, e.g. "vector (16 lanes), automatic". */
    public static String selection() {
        String how = switch (CHOICE) {
            case "vector", "scalar" -> "forced by -D" + PROPERTY + "=" + CHOICE;
            case "" -> "automatic";
            default -> "automatic (-D" + PROPERTY + "=" + CHOICE + " ignored: use vector or scalar)";
        };
        return SELECTED.name() + ", " + how;
    }

    public static ConvolutionEngine vector() {
        return VECTOR;
    }

    /** The vector path without filters in the lanes (pixels in the lanes whatever the filter count). */
    static ConvolutionEngine vectorPixelLanes() {
        return VECTOR_PIXEL_LANES;
    }

    /** The vector path with blocks of 16 filters in the lanes (the same as {@link #vectorPixelLanes} below 16 lanes). */
    static ConvolutionEngine vectorFilterLanes() {
        return VECTOR_FILTER_LANES;
    }

    public static ConvolutionEngine scalar() {
        return SCALAR;
    }

    public String name() {
        return widestBlock == 16 ? kernel.name() + ", 16 filters in the lanes" : kernel.name();
    }

    /** {@code layer} applied to {@code input} into a new tensor. */
    public Tensor convolve(ConvLayer layer, Tensor input, Parallelism parallelism, Cancellation cancellation) {
        return convolve(layer, input, null, parallelism, cancellation);
    }

    /**
     * {@code layer} applied to {@code input}, written into {@code dest} (N*outH*outW floats, every one overwritten)
     * or into a new array when {@code dest} is null; returns the output tensor, which wraps {@code dest}.
     */
    public Tensor convolve(ConvLayer layer, Tensor input, float[] dest, Parallelism parallelism,
                           Cancellation cancellation) {
        ConvPlan plan = new ConvPlan(layer, input, kernel, widestBlock, ROWS_PER_TASK, parallelism);
        Tensor out = output(layer.outputShape(input.shape()), dest, "dest");
        int bands = (plan.outH + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        forEachBandAndBlock(plan, bands, ROWS_PER_TASK, parallelism, (band, block) -> {
            int oy0 = band * ROWS_PER_TASK;
            kernel.rows(plan, block, oy0, Math.min(plan.outH, oy0 + ROWS_PER_TASK), out.data(), null, cancellation);
        });
        plan.release();
        return out;
    }

    /** Whether {@link #convReluPool} computes these three layers in one pass: a convolution, ReLU, any pooling. */
    public static boolean canFuse(Layer first, Layer second, Layer third) {
        return first instanceof ConvLayer && second instanceof ActivationLayer a
                && a.function() == ActivationFunction.RELU && third instanceof PoolLayer;
    }

    /**
     * Convolution, ReLU and pooling in one pass, returning the three stage outputs (as the {@link Pipeline} keeps
     * them). Each output value of the convolution is stored once with its ReLU beside it while it is still in a
     * register; each band of rows is pooled right after it is computed, while it is in cache. Windows that overlap
     * vertically (pool height above its stride) are pooled after the whole ReLU output instead. {@code dests} holds
     * three arrays to reuse (conv, relu, pool) or nulls; the results equal the three layers applied one by one
     * (within float rounding for the convolution, exactly for the other two given it).
     */
    public List<Tensor> convReluPool(ConvLayer conv, ActivationLayer relu, PoolLayer pool, Tensor input,
                                     float[][] dests, Parallelism parallelism, Cancellation cancellation) {
        if (!canFuse(conv, relu, pool)) {
            throw new IllegalArgumentException("convReluPool needs a ReLU activation, got " + relu.function().id());
        }
        Shape3 convShape = conv.outputShape(input.shape());
        Shape3 poolShape = pool.outputShape(convShape);
        Tensor convOut = output(convShape, dests == null ? null : dests[0], "conv destination");
        Tensor reluOut = output(convShape, dests == null ? null : dests[1], "relu destination");
        Tensor poolOut = output(poolShape, dests == null ? null : dests[2], "pool destination");
        int psy = pool.stride().y();
        boolean poolPerBand = pool.size().y() <= psy;
        int poolRowsPerBand = Math.max(1, ROWS_PER_TASK / psy);
        int convRowsPerBand = poolPerBand ? poolRowsPerBand * psy : ROWS_PER_TASK;
        int bands = poolPerBand
                ? Math.max(1, (poolShape.height() + poolRowsPerBand - 1) / poolRowsPerBand)
                : (convShape.height() + convRowsPerBand - 1) / convRowsPerBand;
        int lastBand = convShape.height() - (bands - 1) * convRowsPerBand; // takes the rows left below the pooling
        ConvPlan plan = new ConvPlan(conv, input, kernel, widestBlock, Math.max(convRowsPerBand, lastBand),
                parallelism);
        forEachBandAndBlock(plan, bands, convRowsPerBand, parallelism, (band, block) -> {
            int oy0 = band * convRowsPerBand;
            int oy1 = band == bands - 1 ? plan.outH : Math.min(plan.outH, oy0 + convRowsPerBand);
            kernel.rows(plan, block, oy0, oy1, convOut.data(), reluOut.data(), cancellation);
            if (poolPerBand) {
                int py0 = band * poolRowsPerBand;
                int py1 = Math.min(poolShape.height(), py0 + poolRowsPerBand);
                int c0 = plan.blockStart[block];
                poolRows(pool, reluOut, poolOut, c0, c0 + plan.blockReal[block], py0, py1);
            }
        });
        plan.release();
        if (!poolPerBand) {
            float[] into = poolOut.data();
            Tensor pooled = pool.apply(reluOut, parallelism, cancellation);
            System.arraycopy(pooled.data(), 0, into, 0, into.length);
        }
        return List.of(convOut, reluOut, poolOut);
    }

    /** One band of output rows of one filter block. */
    private interface BandBlock {
        void run(int band, int block);
    }

    /**
     * Runs {@code body} for every (band, filter block) over the pool: a task per band and block, or, when the plan
     * splits its input band by band, a task per band running every block, so that a band is split once (strided,
     * 2 threads: 2.32 to 2.58 ms median against 2.49 to 2.70 with a task per band and block, each splitting).
     */
    private static void forEachBandAndBlock(ConvPlan plan, int bands, int rowsPerBand, Parallelism parallelism,
                                            BandBlock body) {
        int blocks = plan.blocks();
        if (plan.bandedSplit()) {
            parallelism.forEach(bands, work(plan, rowsPerBand) * blocks, band -> {
                for (int block = 0; block < blocks; block++) {
                    body.run(band, block);
                }
            });
        } else {
            parallelism.forEach(bands * blocks, work(plan, rowsPerBand), task -> body.run(task / blocks,
                    task % blocks));
        }
    }

    private void poolRows(PoolLayer pool, Tensor in, Tensor out, int c0, int c1, int py0, int py1) {
        int kh = pool.size().y();
        int kw = pool.size().x();
        int sy = pool.stride().y();
        int sx = pool.stride().x();
        if (pool.mode() == PoolMode.MAX) {
            kernel.maxPoolRows(in.data(), in.height(), in.width(), out.data(), out.height(), out.width(),
                    c0, c1, py0, py1, kh, kw, sy, sx);
        } else {
            PoolRows.avg(in.data(), in.height(), in.width(), out.data(), out.height(), out.width(),
                    c0, c1, py0, py1, kh, kw, sy, sx);
        }
    }

    private static long work(ConvPlan plan, int rows) {
        return (long) Math.min(rows, plan.outH) * plan.outW * 8 * plan.channels * plan.kh * plan.kw;
    }

    private static Tensor output(Shape3 shape, float[] dest, String what) {
        if (dest == null) {
            return Tensor.zeros(shape.channels(), shape.height(), shape.width());
        }
        if (dest.length != shape.volume()) {
            throw new IllegalArgumentException(what + " holds " + dest.length + " floats, the output " + shape
                    + " needs " + shape.volume());
        }
        return new Tensor(shape, dest);
    }
}
