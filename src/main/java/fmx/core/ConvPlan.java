package fmx.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything a convolution kernel needs, resolved once per call so the hot loops only read locals: the geometry,
 * the weights packed per block of filters, and the input laid out so that every tap of a row reads a contiguous
 * run.
 *
 * <p><b>Weights</b>: filters are taken in blocks of {@code B} (the widest the kernel asks for among 16, 8 and 4 that
 * the remaining filters fill, then 4 for the rest, missing filters given zero weights); block {@code b} stores
 * weight (n0+j, c, ky, kx) at {@code packed[blockOffset[b] + ((c*kh + ky)*kw + kx)*B + j]}, already flipped when
 * the layer flips, so the B weights of one tap are adjacent.
 *
 * <p><b>Input</b>: with horizontal stride 1 the input array itself (the border columns, whose windows reach past
 * the input's sides, the kernels sum apart). With stride {@code s > 1} each row, left and right zero padding
 * included, is split into {@code s} phases (phase p holds padded columns p, p+s, p+2s...), so that output pixels
 * ox, ox+1, ... of one tap read adjacent values of one phase and every output column is interior: padded column u of (c, iy) is at
 * {@code rowBase(c, iy) + (u % s) * phaseLength + u / s}, and tap kx of output column ox (padded column
 * {@code s*ox + kx*dx}) at {@code rowBase + tapOffset[kx] + ox}. The vector kernel has each task split only the
 * rows of its band, into a buffer of its thread ({@link #source}); the scalar kernel reads the whole input split
 * once ({@link #src}).
 *
 * <p>Not thread-safe to build; read-only (so shared by all tasks) once built.
 */
final class ConvPlan {
    /**
     * The phase-split copy of a finished plan (see {@link #release}), for the next plan: one slot, which keeps the
     * larger buffer, serves a photo's preview and full resolution alike.
     */
    private static final SpareBuffers SPARES = new SpareBuffers(1);

    final WindowGeometry g;
    final int count;
    final int channels;
    final int kh;
    final int kw;
    final int inH;
    final int inW;
    final int outH;
    final int outW;
    final int sy;
    final int sx;
    final int dy;
    final int padTop;
    final boolean flip;
    final float[] input;
    final float[] weights;
    final float[] biases;

    /** Filter blocks: first filter, block width B (16, 8 or 4), real filters in the block, offset in packed. */
    final int[] blockStart;
    final int[] blockWidth;
    final int[] blockReal;
    final int[] blockOffset;
    final float[] packed;

    /** The source the interior loops read: the input (stride 1) or its phase-split copy. */
    final float[] src;
    final int srcRowStride;
    final int srcChannelStride;
    final int[] tapOffset;

    /** Banded split (stride > 1, vector kernel): the split row's width and phase length, input rows per band. */
    private int splitWidth;
    private int splitPhase;
    private int bandInputRows;
    private final ConvKernel kernelForSplit;

    /** Per thread: the last band split for a plan, reused by the tasks of the same band (see {@link #source}). */
    private static final ThreadLocal<Band> BAND = ThreadLocal.withInitial(Band::new);

    /** Plan numbers, so that a thread's band remembers its plan without keeping it (and its input) alive. */
    private static final AtomicLong PLANS = new AtomicLong();
    private final long id = PLANS.incrementAndGet();

    private static final class Band {
        float[] data = new float[0];
        long plan;
        int oy0 = -1;
        int oy1 = -1;
        ConvSource source;
    }

    /** The interior's source (src, strides, tapOffset above). */
    final ConvSource main;

    /**
     * Tap classes: output rows whose windows cross the same image rows (same kyFirst and kyEnd) share one class.
     * {@code rowClass[oy]} is row oy's class; class k reads T = C * (kyEnd - kyFirst) * kw taps, (c, ky, kx) in that
     * order with ky in [kyFirst, kyEnd), and its weights {@code classPacked[k]} hold, for block b at
     * {@code T * blockLane[b]}, the block's B weights of tap t at {@code t * B} (the class of all kernel rows is
     * {@link #packed} itself). The vector kernels then
     * run one flat loop over a row's taps (the offsets of {@link ConvSource#classOffsets}) whose weight index is
     * linear in the loop variable, so the JIT hoists its bounds checks out of the loop; nested (c, ky, kx) loops
     * cost a round of hoisted checks per (c, ky), as many instructions as the FMAs of a 3-wide kernel row.
     */
    final int[] rowClass;
    final float[][] classPacked;
    /** Filters (block widths) before block b: its weights start at {@code taps * blockLane[b]} in a class array. */
    final int[] blockLane;

    /** Output columns [oxLo, oxHi) read only inside the input for every kx: the branch-free interior. */
    final int oxLo;
    final int oxHi;

    /**
     * {@code kernel} splits rows into phases (stride &gt; 1). {@code widestBlock}: the widest filter block the kernel
     * has loops for (16, 8 or 4). {@code bandRows}: the most output rows one task asks {@link #source} for.
     */
    ConvPlan(ConvLayer layer, Tensor in, ConvKernel kernel, int widestBlock, int bandRows, Parallelism parallelism) {
        g = layer.geometry(in.shape());
        FilterBank f = layer.filters();
        count = f.count();
        channels = f.channels();
        kh = f.kernelHeight();
        kw = f.kernelWidth();
        inH = in.height();
        inW = in.width();
        outH = g.outHeight();
        outW = g.outWidth();
        sy = g.stride().y();
        sx = g.stride().x();
        dy = g.dilation().y();
        padTop = g.padTop();
        flip = layer.flip();
        input = in.data();
        weights = f.weightsView();
        biases = f.biases();

        int blocks = 0;
        int[] starts = new int[count];
        int[] widths = new int[count];
        for (int n = 0; n < count; blocks++) {
            int width = widestBlock >= 16 && count - n >= 16 ? 16 : widestBlock >= 8 && count - n >= 8 ? 8 : 4;
            starts[blocks] = n;
            widths[blocks] = width;
            n += Math.min(width, count - n);
        }
        blockStart = Arrays.copyOf(starts, blocks);
        blockWidth = Arrays.copyOf(widths, blocks);
        blockReal = new int[blocks];
        blockOffset = new int[blocks];
        int taps = channels * kh * kw;
        int total = 0;
        for (int b = 0; b < blocks; b++) {
            blockReal[b] = Math.min(blockWidth[b], count - blockStart[b]);
            blockOffset[b] = total;
            total += taps * blockWidth[b];
        }
        packed = new float[total + VectorConvolution.S.length()]; // a border column reads a whole vector at any tap
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < blockReal[b]; j++) {
                int n = blockStart[b] + j;
                for (int c = 0; c < channels; c++) {
                    for (int ky = 0; ky < kh; ky++) {
                        for (int kx = 0; kx < kw; kx++) {
                            packed[blockOffset[b] + ((c * kh + ky) * kw + kx) * blockWidth[b] + j] =
                                    weight(n, c, ky, kx);
                        }
                    }
                }
            }
        }

        blockLane = new int[blocks];
        for (int b = 1; b < blocks; b++) {
            blockLane[b] = blockLane[b - 1] + blockWidth[b - 1];
        }
        rowClass = new int[outH];
        int[][] classRows = tapClasses();
        classPacked = new float[classRows.length][];
        for (int k = 0; k < classRows.length; k++) {
            int first = classRows[k][0];
            int end = classRows[k][1];
            // The class of all kernel rows (nearly every row's) has packed's layout (blockOffset = taps * blockLane).
            classPacked[k] = first == 0 && end == kh ? packed : packClass(first, end, channels * (end - first) * kw);
        }

        int dx = g.dilation().x();
        int padLeft = g.padLeft();
        kernelForSplit = kernel;
        if (sx == 1) {
            src = input;
            srcRowStride = inW;
            tapOffset = new int[kw];
            for (int kx = 0; kx < kw; kx++) {
                tapOffset[kx] = kx * dx - padLeft;
            }
            srcChannelStride = inH * srcRowStride;
            oxLo = WindowGeometry.firstInside(-padLeft, 1);
            oxHi = Math.max(oxLo, WindowGeometry.endInside((kw - 1) * dx - padLeft, 1, inW, outW));
            main = new ConvSource(src, srcChannelStride, srcRowStride, tapOffset).withClasses(classRows, channels, dy);
        } else if (kernel.splitsPerBand()) {
            // Every column any output reads, zero padding included, split into phases: the whole row is interior.
            // Each task splits the rows of its band into a buffer of its thread (see source), so the split rows
            // are read from L2 by the convolution instead of being written to memory and read back.
            splitWidth = splitWidth(dx);
            splitPhase = (splitWidth + sx - 1) / sx;
            srcRowStride = sx * splitPhase;
            bandInputRows = Math.min(inH, (bandRows - 1) * sy + (kh - 1) * dy + 1);
            srcChannelStride = bandInputRows * srcRowStride;
            tapOffset = ConvSource.phaseOffsets(kw, dx, sx, splitPhase);
            src = null;
            oxLo = 0;
            oxHi = outW;
            main = new ConvSource(null, srcChannelStride, srcRowStride, tapOffset).withClasses(classRows, channels, dy);
        } else {
            // As above, the whole input split at once (the scalar kernel reads it through src).
            splitWidth = splitWidth(dx);
            ConvSource split = ConvSource.copyOf(input, channels, inH, inW, -padLeft, splitWidth, sx, kw, dx,
                    kernel, SPARES, parallelism);
            src = split.src();
            srcRowStride = split.rowStride();
            srcChannelStride = split.channelStride();
            tapOffset = split.tapOffset();
            oxLo = 0;
            oxHi = outW;
            main = split.withClasses(classRows, channels, dy);
        }
    }

    /**
     * The source the kernels read for output rows [oy0, oy1): {@link #main}, or, for a banded split, the rows those
     * outputs read split into the calling thread's buffer (kept: the next task of the same band, another filter
     * block, reuses it). The buffer grows to the largest band and stays with its thread.
     */
    ConvSource source(int oy0, int oy1) {
        if (main.src() != null || oy1 <= oy0) {
            return main;
        }
        Band band = BAND.get();
        if (band.plan == id && band.oy0 == oy0 && band.oy1 == oy1) {
            return band.source;
        }
        int iy0 = Math.clamp(oy0 * sy - padTop, 0, inH);
        int iy1 = Math.clamp((oy1 - 1) * sy - padTop + (kh - 1) * dy + 1, iy0, Math.min(inH, iy0 + bandInputRows));
        int size = channels * srcChannelStride;
        if (band.data.length < size) {
            band.data = new float[size];
        }
        for (int c = 0; c < channels; c++) {
            for (int iy = iy0; iy < iy1; iy++) {
                ConvSource.fillRow(input, (c * inH + iy) * inW, inW, -g.padLeft(), splitWidth, sx, splitPhase,
                        srcRowStride, kernelForSplit, band.data, c * srcChannelStride + (iy - iy0) * srcRowStride);
            }
        }
        band.plan = id;
        band.oy0 = oy0;
        band.oy1 = oy1;
        band.source = main.over(band.data, iy0);
        return band.source;
    }

    /** Padded input columns a row's outputs read with stride sx &gt; 1: the width of a split row. */
    private int splitWidth(int dx) {
        return sx * (outW - 1) + (kw - 1) * dx + 1;
    }

    /** Whether {@link #source} splits the input band by band (stride &gt; 1 with a kernel that asks for it). */
    boolean bandedSplit() {
        return main.src() == null;
    }

    /**
     * Fills {@link #rowClass} and returns each class's {kyFirst, kyEnd} (kyEnd clamped to at least kyFirst). Both
     * never increase as oy grows, so a pair never comes back once it has changed: each change starts a new class,
     * and the classes are runs of rows (top, middle, bottom).
     */
    private int[][] tapClasses() {
        List<int[]> rows = new ArrayList<>();
        for (int oy = 0; oy < outH; oy++) {
            int first = kyFirst(oy);
            int end = Math.max(first, kyEnd(oy));
            int[] last = rows.isEmpty() ? null : rows.getLast();
            if (last == null || last[0] != first || last[1] != end) {
                rows.add(new int[] {first, end});
            }
            rowClass[oy] = rows.size() - 1;
        }
        return rows.toArray(new int[0][]);
    }

    /** The weights of one tap class: per block, per tap (c, ky in [first, end), kx), the block's B filters. */
    private float[] packClass(int first, int end, int taps) {
        float[] into = new float[taps * (blockLane[blockLane.length - 1] + blockWidth[blockWidth.length - 1])];
        for (int b = 0; b < blockStart.length; b++) {
            int width = blockWidth[b];
            for (int j = 0; j < blockReal[b]; j++) {
                int t = 0;
                for (int c = 0; c < channels; c++) {
                    for (int ky = first; ky < end; ky++) {
                        for (int kx = 0; kx < kw; kx++, t++) {
                            into[taps * blockLane[b] + t * width + j] = weight(blockStart[b] + j, c, ky, kx);
                        }
                    }
                }
            }
        }
        return into;
    }

    /**
     * Hands the whole-input phase-split copy (scalar kernel, if any) back for the next plan to reuse instead of
     * allocating 12.6 MB per call on strided (3.2 to 4.2 ms -> 2.7 to 2.8 ms, one thread). Call once the kernels
     * are done with this plan (a cancelled call skips it: its buffer goes to the collector rather than to a plan
     * that a straggling task might still be writing for).
     */
    void release() {
        if (src != null && src != input) {
            SPARES.give(src);
        }
    }

    /** Weight of filter n at tap (c, ky, kx) as the cross-correlation reads it (flip applied). */
    float weight(int n, int c, int ky, int kx) {
        int wy = flip ? kh - 1 - ky : ky;
        int wx = flip ? kw - 1 - kx : kx;
        return weights[((n * channels + c) * kh + wy) * kw + wx];
    }

    int blocks() {
        return blockStart.length;
    }

    /** First tap row whose input row lies inside the image for output row oy. */
    int kyFirst(int oy) {
        return WindowGeometry.firstInside(oy * sy - padTop, dy);
    }

    /** One past the last tap row whose input row lies inside the image for output row oy (may be below kyFirst). */
    int kyEnd(int oy) {
        return WindowGeometry.endInside(oy * sy - padTop, dy, inH, kh);
    }

    /**
     * One output pixel of filter n from the original input, with bounds tests: for border columns. Accumulates in
     * the same (c, ky, kx) order as the interior loops.
     */
    float pixel(int n, int oy, int ox) {
        float acc = 0f;
        int kyEnd = kyEnd(oy);
        for (int c = 0; c < channels; c++) {
            for (int ky = kyFirst(oy); ky < kyEnd; ky++) {
                int row = (c * inH + g.inputRow(oy, ky)) * inW;
                for (int kx = 0; kx < kw; kx++) {
                    int ix = g.inputColumn(ox, kx);
                    if (ix >= 0 && ix < inW) {
                        acc += weight(n, c, ky, kx) * input[row + ix];
                    }
                }
            }
        }
        return acc + biases[n];
    }

    /** Border columns (outside [oxLo, oxHi)) of one output row for the real filters of a block. */
    void borderColumns(int block, int oy, float[] out, float[] relu) {
        int n0 = blockStart[block];
        for (int j = 0; j < blockReal[block]; j++) {
            int rowAt = ((n0 + j) * outH + oy) * outW;
            for (int ox = 0; ox < outW; ox++) {
                if (ox == oxLo) {
                    ox = oxHi;
                    if (ox >= outW) {
                        break;
                    }
                }
                float v = pixel(n0 + j, oy, ox);
                out[rowAt + ox] = v;
                if (relu != null) {
                    relu[rowAt + ox] = Math.max(v, 0f);
                }
            }
        }
    }
}
