package fmx.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API path of {@link ConvolutionEngine}: output pixels in the lanes of {@link FloatVector#SPECIES_PREFERRED}
 * (16 floats with AVX-512, 8 with AVX2, 4 with NEON), a register block of filters x vectors of pixels whose
 * accumulators stay in registers over the whole (c, ky, kx) sum, one store per output value.
 *
 * <ul>
 *   <li>8 filters x 2 vectors (16 accumulators, 2 loads and 8 broadcasts per 16 FMAs) for full blocks of 8
 *       filters. Measured with {@code fmx bench} (2 threads, loaded 2-core AVX-512 machine, docs/performance.md):
 *       photo 88 ms median against 578 ms for {@link ScalarConvolution}'s per-tap row loop.</li>
 *   <li>4 filters x 4 vectors for the remaining filters (zero weights pad a block of 1 to 3), and for 4-filter
 *       layers such as big-kernel, where 8 x 2 would spend half of every FMA on zero filters (big-kernel: 21 ms
 *       median against 176 ms scalar).</li>
 *   <li>The last block of a row overlaps the one before instead of running a masked tail: the sums are complete in
 *       registers and stored, not accumulated, so recomputing a few pixels is harmless and costs one block per row.
 *       Interiors narrower than one block use masked loads and stores.</li>
 *   <li>Border columns (windows reaching past the input's sides: one per side for a 3-wide kernel padded by 1) are
 *       summed per band with the block's filters in the lanes, four rows per weight load ({@link #borderColumn}),
 *       in a small method of their own: zero-padded copies of the edge columns run through the register blocks made those blocks' loop
 *       slower (photo on one thread: 30.6 to 33 ms now, 40 to 44 ms with the copies).</li>
 *   <li>Stride &gt; 1 reads the phase-split input of {@link ConvPlan}, so loads stay contiguous (strided: 24 ms
 *       median against 251 ms scalar; the split's own cost is not yet measured apart on a quiet machine).</li>
 *   <li>Filters in the lanes ({@link #channels16}, blocks of 16 filters, 16-lane species, only when the plan asks
 *       for blocks of 16: {@link ConvolutionEngine#FILTER_LANES_PROPERTY}): per tap one vector of 16 filters'
 *       weights times 16 broadcast input values, then a 16 x 16 transpose on store. It needs one broadcast per FMA
 *       where 8 x 2 needs one per two and 4 x 4 one per four, and on the AVX-512 machine it measured slower
 *       (vgg-first-layer convolution, one thread, CPU time: 5.1 to 6.6 ms against 2.5 to 4.4 ms with pixels in the
 *       lanes; strided 17 to 19 ms against 13 to 20 ms), so it is not the default.</li>
 *   <li>Everything runs inside one method per block shape: a vector handed to a non-inlined helper is boxed, which
 *       cost 7x in the measurements behind issue 5.</li>
 * </ul>
 * The class is longer than the project's 400-line guide on purpose: each block shape is one hand-unrolled method,
 * which is what keeps its accumulators in registers. Stateless and thread-safe.
 */
final class VectorConvolution implements ConvKernel {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final VectorConvolution INSTANCE = new VectorConvolution();

    private static final FloatVector EVEN = FloatVector.fromArray(S, lanes(0), 0);
    private static final FloatVector ODD = FloatVector.fromArray(S, lanes(1), 0);
    /** Lane indices of the 16 x 16 transpose's rounds (see {@link #transposeStore}); built only for 16 lanes. */
    private static final FloatVector LO8 = transposeIndex(8, false), HI8 = transposeIndex(8, true);
    private static final FloatVector LO4 = transposeIndex(4, false), HI4 = transposeIndex(4, true);
    private static final FloatVector LO2 = transposeIndex(2, false), HI2 = transposeIndex(2, true);
    private static final FloatVector LO1 = transposeIndex(1, false), HI1 = transposeIndex(1, true);

    private VectorConvolution() {}

    @Override
    public String name() {
        return "vector (" + S.length() + " lanes)";
    }

    @Override
    public void rows(ConvPlan p, int block, int oy0, int oy1, float[] out, float[] relu, Cancellation cancellation) {
        final int interior = p.oxHi - p.oxLo;
        final int width = p.blockWidth[block];
        final int span = width == 16 ? 16 : width == 8 ? 2 * S.length() : 4 * S.length();
        final ConvSource main = p.source(oy0, oy1);
        for (int oy = oy0; oy < oy1; oy++) {
            cancellation.check();
            if (interior >= span) {
                interior(p, main, p.oxLo, p.oxHi, block, oy, out, relu);
            } else if (interior > 0) {
                narrow(p, main, block, oy, out, relu);
            }
        }
        // The border columns of the band after its interior, while their lines are still in cache.
        final int left = Math.min(p.oxLo, p.outW); // a padding wider than the output leaves no interior
        final float[] lanes = new float[S.length()];
        for (int ox = 0; ox < left; ox++) {
            borderColumn(p, block, ox, oy0, oy1, lanes, out, relu);
        }
        for (int ox = Math.max(left, p.oxHi); ox < p.outW; ox++) {
            borderColumn(p, block, ox, oy0, oy1, lanes, out, relu);
        }
    }

    /**
     * Output column ox (outside the interior: some taps fall outside the input) of rows [oy0, oy1), for the block's
     * real filters: the filters in the lanes, each tap inside the input a vector of the block's weights (adjacent in
     * {@link ConvPlan#packed}, which is padded so that a whole vector can be read at any tap) times the broadcast
     * input value, four rows of one tap class at a time so that each weight load serves four independent sums;
     * stored lane by lane through {@code lanes}. A few columns per row (one per side for a 3-wide kernel padded by
     * 1), so it is a small method of its own: running them through the interior's register blocks, on zero-padded
     * copies of the edge columns, made those blocks' own loop slower (photo on one thread: 40 to 44 ms, now 31 to
     * 33): the same machine code serving two kinds of call. Summed one pixel at a time, they took 11% of
     * vgg-first-layer's time.
     */
    private static void borderColumn(ConvPlan p, int block, int ox, int oy0, int oy1, float[] lanes, float[] out,
                                     float[] relu) {
        final int width = p.blockWidth[block];
        final int real = p.blockReal[block];
        final int n0 = p.blockStart[block];
        final int dx = p.g.dilation().x();
        final int x0 = ox * p.sx - p.g.padLeft(); // input column of tap kx = 0
        final int kxFirst = WindowGeometry.firstInside(x0, dx);
        final int kxEnd = WindowGeometry.endInside(x0, dx, p.inW, p.kw);
        final int rowStep = p.sy * p.inW; // from one output row's input rows to the next one's
        final float[] packed = p.packed;
        final float[] input = p.input;
        for (int j0 = 0; j0 < real; j0 += S.length()) { // one round unless the block is wider than a vector
            final FloatVector bias = FloatVector.fromArray(S, p.biases, n0 + j0,
                    S.indexInRange(n0 + j0, p.biases.length));
            final int count = Math.min(real - j0, S.length());
            int oy = oy0;
            while (oy < oy1) {
                final int cls = p.rowClass[oy];
                final int rows = oy + 3 < oy1 && p.rowClass[oy + 3] == cls ? 4 : 1;
                final int kyFirst = p.kyFirst(oy);
                final int kyEnd = p.kyEnd(oy);
                FloatVector a0 = FloatVector.zero(S);
                FloatVector a1 = FloatVector.zero(S);
                FloatVector a2 = FloatVector.zero(S);
                FloatVector a3 = FloatVector.zero(S);
                for (int c = 0; c < p.channels; c++) {
                    for (int ky = kyFirst; ky < kyEnd; ky++) {
                        final int row = (c * p.inH + p.g.inputRow(oy, ky)) * p.inW + x0;
                        int wi = p.blockOffset[block] + ((c * p.kh + ky) * p.kw + kxFirst) * width + j0;
                        for (int kx = kxFirst; kx < kxEnd; kx++, wi += width) {
                            final FloatVector w = FloatVector.fromArray(S, packed, wi);
                            final int at = row + kx * dx;
                            a0 = w.fma(FloatVector.broadcast(S, input[at]), a0);
                            if (rows == 4) {
                                a1 = w.fma(FloatVector.broadcast(S, input[at + rowStep]), a1);
                                a2 = w.fma(FloatVector.broadcast(S, input[at + 2 * rowStep]), a2);
                                a3 = w.fma(FloatVector.broadcast(S, input[at + 3 * rowStep]), a3);
                            }
                        }
                    }
                }
                a0.add(bias).intoArray(lanes, 0);
                storeColumn(p, n0 + j0, count, oy, ox, lanes, out, relu);
                if (rows == 4) {
                    a1.add(bias).intoArray(lanes, 0);
                    storeColumn(p, n0 + j0, count, oy + 1, ox, lanes, out, relu);
                    a2.add(bias).intoArray(lanes, 0);
                    storeColumn(p, n0 + j0, count, oy + 2, ox, lanes, out, relu);
                    a3.add(bias).intoArray(lanes, 0);
                    storeColumn(p, n0 + j0, count, oy + 3, ox, lanes, out, relu);
                }
                oy += rows;
            }
        }
    }

    /**
     * {@code lanes[0, real)}, filters n0... at (oy, ox), into {@code out} and their ReLU into {@code relu} (the vector
     * goes through an array: handed to a method that is not inlined, it would be boxed).
     */
    private static void storeColumn(ConvPlan p, int n0, int real, int oy, int ox, float[] lanes, float[] out,
                                    float[] relu) {
        final int plane = p.outH * p.outW;
        final int at = (n0 * p.outH + oy) * p.outW + ox;
        for (int j = 0; j < real; j++) {
            out[at + j * plane] = lanes[j];
            if (relu != null) {
                relu[at + j * plane] = Math.max(lanes[j], 0f);
            }
        }
    }

    private static void interior(ConvPlan p, ConvSource in, int from, int to, int block, int oy,
                                 float[] out, float[] relu) {
        if (p.blockWidth[block] == 16) {
            channels16(p, in, from, to, block, oy, out, relu);
        } else if (p.blockWidth[block] == 8) {
            block8x2(p, in, from, to, block, oy, out, relu);
        } else {
            block4x4(p, in, from, to, block, oy, out, relu);
        }
    }

    /**
     * 16 filters in the lanes x 16 output pixels of one row's interior (16 accumulators): per tap, one vector of
     * the 16 filters' weights times the broadcast input value of each pixel. The 16 x 16 tile (pixel-major) goes
     * through a small buffer to {@link #transposeStore}, which writes it filter-major into the C-H-W output. The
     * transpose is a separate method so that this one stays small enough for the JIT (with the transpose inlined
     * here, C1 ran out of registers, C2 never compiled the method and vgg-first-layer took 160 ms instead of 6).
     */
    private static void channels16(ConvPlan p, ConvSource in, int from, int to, int block, int oy,
                                   float[] out, float[] relu) {
        final float[] src = in.src();
        final int cls = p.rowClass[oy];
        final float[] w = p.classPacked[cls];
        final int[] taps = in.classOffsets()[cls];
        final int tapCount = taps.length;
        final int rowSrc = in.rowStart(oy, p.sy, p.padTop);
        final int wBlock = tapCount * p.blockLane[block];
        final int plane = p.outH * p.outW;
        final int n0 = p.blockStart[block];
        final int outRow = (n0 * p.outH + oy) * p.outW;
        final float[] tile = new float[256];
        for (int ox0 = from; ox0 < to; ox0 += 16) {
            final int ox = Math.min(ox0, to - 16);
            FloatVector t0 = FloatVector.zero(S), t1 = FloatVector.zero(S);
            FloatVector t2 = FloatVector.zero(S), t3 = FloatVector.zero(S);
            FloatVector t4 = FloatVector.zero(S), t5 = FloatVector.zero(S);
            FloatVector t6 = FloatVector.zero(S), t7 = FloatVector.zero(S);
            FloatVector t8 = FloatVector.zero(S), t9 = FloatVector.zero(S);
            FloatVector t10 = FloatVector.zero(S), t11 = FloatVector.zero(S);
            FloatVector t12 = FloatVector.zero(S), t13 = FloatVector.zero(S);
            FloatVector t14 = FloatVector.zero(S), t15 = FloatVector.zero(S);
            final int base = rowSrc + ox;
            for (int t = 0; t < tapCount; t++) {
                final int q = base + taps[t];
                final int wi = wBlock + t * 16;
                final FloatVector v = FloatVector.fromArray(S, w, wi);
                t0 = v.fma(FloatVector.broadcast(S, src[q + 0]), t0);
                t1 = v.fma(FloatVector.broadcast(S, src[q + 1]), t1);
                t2 = v.fma(FloatVector.broadcast(S, src[q + 2]), t2);
                t3 = v.fma(FloatVector.broadcast(S, src[q + 3]), t3);
                t4 = v.fma(FloatVector.broadcast(S, src[q + 4]), t4);
                t5 = v.fma(FloatVector.broadcast(S, src[q + 5]), t5);
                t6 = v.fma(FloatVector.broadcast(S, src[q + 6]), t6);
                t7 = v.fma(FloatVector.broadcast(S, src[q + 7]), t7);
                t8 = v.fma(FloatVector.broadcast(S, src[q + 8]), t8);
                t9 = v.fma(FloatVector.broadcast(S, src[q + 9]), t9);
                t10 = v.fma(FloatVector.broadcast(S, src[q + 10]), t10);
                t11 = v.fma(FloatVector.broadcast(S, src[q + 11]), t11);
                t12 = v.fma(FloatVector.broadcast(S, src[q + 12]), t12);
                t13 = v.fma(FloatVector.broadcast(S, src[q + 13]), t13);
                t14 = v.fma(FloatVector.broadcast(S, src[q + 14]), t14);
                t15 = v.fma(FloatVector.broadcast(S, src[q + 15]), t15);
            }
            t0.intoArray(tile, 0);
            t1.intoArray(tile, 16);
            t2.intoArray(tile, 32);
            t3.intoArray(tile, 48);
            t4.intoArray(tile, 64);
            t5.intoArray(tile, 80);
            t6.intoArray(tile, 96);
            t7.intoArray(tile, 112);
            t8.intoArray(tile, 128);
            t9.intoArray(tile, 144);
            t10.intoArray(tile, 160);
            t11.intoArray(tile, 176);
            t12.intoArray(tile, 192);
            t13.intoArray(tile, 208);
            t14.intoArray(tile, 224);
            t15.intoArray(tile, 240);
            transposeStore(tile, p.biases, n0, out, relu, outRow + ox, plane);
        }
    }

    /**
     * Writes the pixel-major 16 x 16 {@code tile} (row p: filters n0..n0+15 of pixel p) filter-major: filter n0+j's
     * 16 pixels, plus its bias, at {@code out[at + j*plane]}, and their ReLU into {@code relu} when not null. The
     * transpose takes 4 rounds of two-register lane selections; round h swaps bit h of (pixel, filter) where they
     * differ. Rounds 8 and 4 only mix rows {i, i+4, i+8, i+12}, rounds 2 and 1 rows {4k..4k+3}: two passes of
     * 4 registers each, the second storing straight into the output.
     */
    private static void transposeStore(float[] tile, float[] biases, int n0, float[] out, float[] relu, int at,
                                       int plane) {
        final FloatVector lo8 = LO8;
        final FloatVector hi8 = HI8;
        final FloatVector lo4 = LO4;
        final FloatVector hi4 = HI4;
        final FloatVector lo2 = LO2;
        final FloatVector hi2 = HI2;
        final FloatVector lo1 = LO1;
        final FloatVector hi1 = HI1;
        for (int i = 0; i < 4; i++) {
            FloatVector r0 = FloatVector.fromArray(S, tile, 16 * i);
            FloatVector r4 = FloatVector.fromArray(S, tile, 16 * (i + 4));
            FloatVector r8 = FloatVector.fromArray(S, tile, 16 * (i + 8));
            FloatVector r12 = FloatVector.fromArray(S, tile, 16 * (i + 12));
            FloatVector r0x = lo8.selectFrom(r0, r8);
            r8 = hi8.selectFrom(r0, r8);
            r0 = r0x;
            FloatVector r4x = lo8.selectFrom(r4, r12);
            r12 = hi8.selectFrom(r4, r12);
            r4 = r4x;
            FloatVector u = lo4.selectFrom(r0, r4);
            r4 = hi4.selectFrom(r0, r4);
            r0 = u;
            u = lo4.selectFrom(r8, r12);
            r12 = hi4.selectFrom(r8, r12);
            r8 = u;
            r0.intoArray(tile, 16 * i);
            r4.intoArray(tile, 16 * (i + 4));
            r8.intoArray(tile, 16 * (i + 8));
            r12.intoArray(tile, 16 * (i + 12));
        }
        for (int k = 0; k < 16; k += 4) {
            FloatVector r0 = FloatVector.fromArray(S, tile, 16 * k);
            FloatVector r1 = FloatVector.fromArray(S, tile, 16 * (k + 1));
            FloatVector r2 = FloatVector.fromArray(S, tile, 16 * (k + 2));
            FloatVector r3 = FloatVector.fromArray(S, tile, 16 * (k + 3));
            FloatVector u = lo2.selectFrom(r0, r2);
            r2 = hi2.selectFrom(r0, r2);
            r0 = u;
            u = lo2.selectFrom(r1, r3);
            r3 = hi2.selectFrom(r1, r3);
            r1 = u;
            u = lo1.selectFrom(r0, r1);
            r1 = hi1.selectFrom(r0, r1);
            r0 = u;
            u = lo1.selectFrom(r2, r3);
            r3 = hi1.selectFrom(r2, r3);
            r2 = u;
            final int o = at + k * plane;
            r0 = r0.add(biases[n0 + k]);
            r1 = r1.add(biases[n0 + k + 1]);
            r2 = r2.add(biases[n0 + k + 2]);
            r3 = r3.add(biases[n0 + k + 3]);
            r0.intoArray(out, o);
            r1.intoArray(out, o + plane);
            r2.intoArray(out, o + 2 * plane);
            r3.intoArray(out, o + 3 * plane);
            if (relu != null) {
                r0.max(0f).intoArray(relu, o);
                r1.max(0f).intoArray(relu, o + plane);
                r2.max(0f).intoArray(relu, o + 2 * plane);
                r3.max(0f).intoArray(relu, o + 3 * plane);
            }
        }
    }

    /** 8 filters x 2 vectors of pixels of one output row's interior. */
    private static void block8x2(ConvPlan p, ConvSource in, int from, int to, int block, int oy,
                                 float[] out, float[] relu) {
        final float[] src = in.src();
        final int cls = p.rowClass[oy];
        final float[] w = p.classPacked[cls];
        final int[] taps = in.classOffsets()[cls];
        final int tapCount = taps.length;
        final int lanes = S.length();
        final int step = 2 * lanes;
        final int rowSrc = in.rowStart(oy, p.sy, p.padTop);
        final int wBlock = tapCount * p.blockLane[block];
        final int plane = p.outH * p.outW;
        final int n0 = p.blockStart[block];
        final int outRow = (n0 * p.outH + oy) * p.outW;
        // The biases as vectors once per row: loaded (and bounds-checked) in every block's epilogue they made photo's
        // convolution on one thread 36 to 38 ms instead of 30 to 32.
        final float[] b = p.biases;
        final FloatVector b0 = FloatVector.broadcast(S, b[n0]), b1 = FloatVector.broadcast(S, b[n0 + 1]);
        final FloatVector b2 = FloatVector.broadcast(S, b[n0 + 2]), b3 = FloatVector.broadcast(S, b[n0 + 3]);
        final FloatVector b4 = FloatVector.broadcast(S, b[n0 + 4]), b5 = FloatVector.broadcast(S, b[n0 + 5]);
        final FloatVector b6 = FloatVector.broadcast(S, b[n0 + 6]), b7 = FloatVector.broadcast(S, b[n0 + 7]);
        for (int ox0 = from; ox0 < to; ox0 += step) {
            final int ox = Math.min(ox0, to - step);
            FloatVector a00 = FloatVector.zero(S), a01 = FloatVector.zero(S);
            FloatVector a10 = FloatVector.zero(S), a11 = FloatVector.zero(S);
            FloatVector a20 = FloatVector.zero(S), a21 = FloatVector.zero(S);
            FloatVector a30 = FloatVector.zero(S), a31 = FloatVector.zero(S);
            FloatVector a40 = FloatVector.zero(S), a41 = FloatVector.zero(S);
            FloatVector a50 = FloatVector.zero(S), a51 = FloatVector.zero(S);
            FloatVector a60 = FloatVector.zero(S), a61 = FloatVector.zero(S);
            FloatVector a70 = FloatVector.zero(S), a71 = FloatVector.zero(S);
            final int base = rowSrc + ox;
            for (int t = 0; t < tapCount; t++) {
                final int q = base + taps[t];
                final int wi = wBlock + t * 8;
                final FloatVector x0 = FloatVector.fromArray(S, src, q);
                final FloatVector x1 = FloatVector.fromArray(S, src, q + lanes);
                FloatVector v = FloatVector.broadcast(S, w[wi]);
                a00 = x0.fma(v, a00);
                a01 = x1.fma(v, a01);
                v = FloatVector.broadcast(S, w[wi + 1]);
                a10 = x0.fma(v, a10);
                a11 = x1.fma(v, a11);
                v = FloatVector.broadcast(S, w[wi + 2]);
                a20 = x0.fma(v, a20);
                a21 = x1.fma(v, a21);
                v = FloatVector.broadcast(S, w[wi + 3]);
                a30 = x0.fma(v, a30);
                a31 = x1.fma(v, a31);
                v = FloatVector.broadcast(S, w[wi + 4]);
                a40 = x0.fma(v, a40);
                a41 = x1.fma(v, a41);
                v = FloatVector.broadcast(S, w[wi + 5]);
                a50 = x0.fma(v, a50);
                a51 = x1.fma(v, a51);
                v = FloatVector.broadcast(S, w[wi + 6]);
                a60 = x0.fma(v, a60);
                a61 = x1.fma(v, a61);
                v = FloatVector.broadcast(S, w[wi + 7]);
                a70 = x0.fma(v, a70);
                a71 = x1.fma(v, a71);
            }
            int o = outRow + ox;
            a00 = a00.add(b0);
            a01 = a01.add(b0);
            a00.intoArray(out, o);
            a01.intoArray(out, o + lanes);
            a10 = a10.add(b1);
            a11 = a11.add(b1);
            a10.intoArray(out, o + plane);
            a11.intoArray(out, o + plane + lanes);
            a20 = a20.add(b2);
            a21 = a21.add(b2);
            a20.intoArray(out, o + 2 * plane);
            a21.intoArray(out, o + 2 * plane + lanes);
            a30 = a30.add(b3);
            a31 = a31.add(b3);
            a30.intoArray(out, o + 3 * plane);
            a31.intoArray(out, o + 3 * plane + lanes);
            a40 = a40.add(b4);
            a41 = a41.add(b4);
            a40.intoArray(out, o + 4 * plane);
            a41.intoArray(out, o + 4 * plane + lanes);
            a50 = a50.add(b5);
            a51 = a51.add(b5);
            a50.intoArray(out, o + 5 * plane);
            a51.intoArray(out, o + 5 * plane + lanes);
            a60 = a60.add(b6);
            a61 = a61.add(b6);
            a60.intoArray(out, o + 6 * plane);
            a61.intoArray(out, o + 6 * plane + lanes);
            a70 = a70.add(b7);
            a71 = a71.add(b7);
            a70.intoArray(out, o + 7 * plane);
            a71.intoArray(out, o + 7 * plane + lanes);
            if (relu != null) {
                a00.max(0f).intoArray(relu, o);
                a01.max(0f).intoArray(relu, o + lanes);
                a10.max(0f).intoArray(relu, o + plane);
                a11.max(0f).intoArray(relu, o + plane + lanes);
                a20.max(0f).intoArray(relu, o + 2 * plane);
                a21.max(0f).intoArray(relu, o + 2 * plane + lanes);
                a30.max(0f).intoArray(relu, o + 3 * plane);
                a31.max(0f).intoArray(relu, o + 3 * plane + lanes);
                a40.max(0f).intoArray(relu, o + 4 * plane);
                a41.max(0f).intoArray(relu, o + 4 * plane + lanes);
                a50.max(0f).intoArray(relu, o + 5 * plane);
                a51.max(0f).intoArray(relu, o + 5 * plane + lanes);
                a60.max(0f).intoArray(relu, o + 6 * plane);
                a61.max(0f).intoArray(relu, o + 6 * plane + lanes);
                a70.max(0f).intoArray(relu, o + 7 * plane);
                a71.max(0f).intoArray(relu, o + 7 * plane + lanes);
            }
        }
    }

    /** 4 filters (the real ones of the block; zero weights pad the rest) x 4 vectors of pixels. */
    private static void block4x4(ConvPlan p, ConvSource in, int from, int to, int block, int oy,
                                 float[] out, float[] relu) {
        final float[] src = in.src();
        final int cls = p.rowClass[oy];
        final float[] w = p.classPacked[cls];
        final int[] taps = in.classOffsets()[cls];
        final int tapCount = taps.length;
        final int lanes = S.length();
        final int step = 4 * lanes;
        final int rowSrc = in.rowStart(oy, p.sy, p.padTop);
        final int wBlock = tapCount * p.blockLane[block];
        final int plane = p.outH * p.outW;
        final int n0 = p.blockStart[block];
        final int real = p.blockReal[block];
        final int outRow = (n0 * p.outH + oy) * p.outW;
        // The real filters' biases as vectors once per row (see block8x2); missing filters are never stored.
        final float[] b = p.biases;
        final FloatVector b0 = FloatVector.broadcast(S, b[n0]);
        final FloatVector b1 = real > 1 ? FloatVector.broadcast(S, b[n0 + 1]) : b0;
        final FloatVector b2 = real > 2 ? FloatVector.broadcast(S, b[n0 + 2]) : b0;
        final FloatVector b3 = real > 3 ? FloatVector.broadcast(S, b[n0 + 3]) : b0;
        for (int ox0 = from; ox0 < to; ox0 += step) {
            final int ox = Math.min(ox0, to - step);
            FloatVector a00 = FloatVector.zero(S), a01 = FloatVector.zero(S);
            FloatVector a02 = FloatVector.zero(S), a03 = FloatVector.zero(S);
            FloatVector a10 = FloatVector.zero(S), a11 = FloatVector.zero(S);
            FloatVector a12 = FloatVector.zero(S), a13 = FloatVector.zero(S);
            FloatVector a20 = FloatVector.zero(S), a21 = FloatVector.zero(S);
            FloatVector a22 = FloatVector.zero(S), a23 = FloatVector.zero(S);
            FloatVector a30 = FloatVector.zero(S), a31 = FloatVector.zero(S);
            FloatVector a32 = FloatVector.zero(S), a33 = FloatVector.zero(S);
            final int base = rowSrc + ox;
            for (int t = 0; t < tapCount; t++) {
                final int q = base + taps[t];
                final int wi = wBlock + t * 4;
                final FloatVector x0 = FloatVector.fromArray(S, src, q);
                final FloatVector x1 = FloatVector.fromArray(S, src, q + lanes);
                final FloatVector x2 = FloatVector.fromArray(S, src, q + 2 * lanes);
                final FloatVector x3 = FloatVector.fromArray(S, src, q + 3 * lanes);
                FloatVector v = FloatVector.broadcast(S, w[wi]);
                a00 = x0.fma(v, a00);
                a01 = x1.fma(v, a01);
                a02 = x2.fma(v, a02);
                a03 = x3.fma(v, a03);
                v = FloatVector.broadcast(S, w[wi + 1]);
                a10 = x0.fma(v, a10);
                a11 = x1.fma(v, a11);
                a12 = x2.fma(v, a12);
                a13 = x3.fma(v, a13);
                v = FloatVector.broadcast(S, w[wi + 2]);
                a20 = x0.fma(v, a20);
                a21 = x1.fma(v, a21);
                a22 = x2.fma(v, a22);
                a23 = x3.fma(v, a23);
                v = FloatVector.broadcast(S, w[wi + 3]);
                a30 = x0.fma(v, a30);
                a31 = x1.fma(v, a31);
                a32 = x2.fma(v, a32);
                a33 = x3.fma(v, a33);
            }
            int o = outRow + ox;
            for (int j = 0; j < real; j++) {
                // A switch on j keeps each accumulator a named local (no array of vectors, which would box them).
                FloatVector v0;
                FloatVector v1;
                FloatVector v2;
                FloatVector v3;
                FloatVector bias;
                switch (j) {
                    case 0 -> { v0 = a00; v1 = a01; v2 = a02; v3 = a03; bias = b0; }
                    case 1 -> { v0 = a10; v1 = a11; v2 = a12; v3 = a13; bias = b1; }
                    case 2 -> { v0 = a20; v1 = a21; v2 = a22; v3 = a23; bias = b2; }
                    default -> { v0 = a30; v1 = a31; v2 = a32; v3 = a33; bias = b3; }
                }
                int at = o + j * plane;
                v0 = v0.add(bias);
                v1 = v1.add(bias);
                v2 = v2.add(bias);
                v3 = v3.add(bias);
                v0.intoArray(out, at);
                v1.intoArray(out, at + lanes);
                v2.intoArray(out, at + 2 * lanes);
                v3.intoArray(out, at + 3 * lanes);
                if (relu != null) {
                    v0.max(0f).intoArray(relu, at);
                    v1.max(0f).intoArray(relu, at + lanes);
                    v2.max(0f).intoArray(relu, at + 2 * lanes);
                    v3.max(0f).intoArray(relu, at + 3 * lanes);
                }
            }
        }
    }

    /** Interiors narrower than a register block: one filter x one vector at a time, masked at the row end. */
    private static void narrow(ConvPlan p, ConvSource in, int block, int oy, float[] out, float[] relu) {
        final int kyFirst = p.kyFirst(oy);
        final int kyEnd = p.kyEnd(oy);
        final int rowStep = p.dy * in.rowStride();
        final int rowSrc = in.rowStart(oy, p.sy, p.padTop);
        final int width = p.blockWidth[block];
        final int n0 = p.blockStart[block];
        for (int ox = p.oxLo; ox < p.oxHi; ox += S.length()) {
            VectorMask<Float> m = S.indexInRange(ox, p.oxHi);
            for (int j = 0; j < p.blockReal[block]; j++) {
                FloatVector acc = FloatVector.zero(S);
                for (int c = 0; c < p.channels; c++) {
                    int base = c * in.channelStride() + rowSrc + kyFirst * rowStep + ox;
                    int wi = p.blockOffset[block] + (c * p.kh + kyFirst) * p.kw * width + j;
                    for (int ky = kyFirst; ky < kyEnd; ky++, base += rowStep) {
                        for (int kx = 0; kx < p.kw; kx++, wi += width) {
                            FloatVector x = FloatVector.fromArray(S, in.src(), base + in.tapOffset()[kx], m);
                            acc = x.fma(FloatVector.broadcast(S, p.packed[wi]), acc);
                        }
                    }
                }
                acc = acc.add(p.biases[n0 + j]);
                int at = ((n0 + j) * p.outH + oy) * p.outW + ox;
                acc.intoArray(out, at, m);
                if (relu != null) {
                    acc.max(0f).intoArray(relu, at, m);
                }
            }
        }
    }

    @Override
    public boolean splitsPerBand() {
        return true;
    }

    /**
     * Stride 2 de-interleaves two vectors at a time into even and odd lanes (one two-register lane selection each);
     * other strides, and the row's last values, go to the scalar loop. Measured on strided (3 x 1024 x 1024, one
     * thread, CPU time, loaded machine): the plan (split, and the edge copies it then made) took 3.4 to 4.2 ms with
     * the scalar loop, 2.7 to 2.8 ms with this and a reused buffer; the rest is the pass over memory.
     */
    @Override
    public void splitRow(float[] in, int from, int inW, float[] out, int to, int s, int phaseLength) {
        final int lanes = S.length();
        if (s != 2 || inW < 2 * lanes) {
            ConvKernel.super.splitRow(in, from, inW, out, to, s, phaseLength);
            return;
        }
        int x = 0;
        for (; x + 2 * lanes <= inW; x += 2 * lanes) {
            FloatVector a = FloatVector.fromArray(S, in, from + x);
            FloatVector b = FloatVector.fromArray(S, in, from + x + lanes);
            EVEN.selectFrom(a, b).intoArray(out, to + x / 2);
            ODD.selectFrom(a, b).intoArray(out, to + phaseLength + x / 2);
        }
        for (; x < inW; x++) {
            out[to + (x & 1) * phaseLength + x / 2] = in[from + x];
        }
    }

    /**
     * Max pooling; the 2x2 stride 2 window of VGG-style networks is vectorised: a lane-wise max of the two rows,
     * then even and odd lanes picked from two vectors and maxed. Other windows go to the scalar loop.
     */
    @Override
    public void maxPoolRows(float[] in, int inH, int inW, float[] out, int outH, int outW, int c0, int c1,
                            int py0, int py1, int kh, int kw, int sy, int sx) {
        if (kh != 2 || kw != 2 || sy != 2 || sx != 2) {
            PoolRows.max(in, inH, inW, out, outH, outW, c0, c1, py0, py1, kh, kw, sy, sx, 0);
            return;
        }
        final int lanes = S.length();
        int vectorEnd = 0;
        for (int c = c0; c < c1; c++) {
            for (int py = py0; py < py1; py++) {
                int r0 = (c * inH + 2 * py) * inW;
                int r1 = r0 + inW;
                int o = (c * outH + py) * outW;
                int px = 0;
                for (; px + lanes <= outW; px += lanes) {
                    int x = 2 * px;
                    FloatVector a = FloatVector.fromArray(S, in, r0 + x).max(FloatVector.fromArray(S, in, r1 + x));
                    FloatVector b = FloatVector.fromArray(S, in, r0 + x + lanes)
                            .max(FloatVector.fromArray(S, in, r1 + x + lanes));
                    EVEN.selectFrom(a, b).max(ODD.selectFrom(a, b)).intoArray(out, o + px);
                }
                vectorEnd = px;
            }
        }
        if (vectorEnd < outW) {
            PoolRows.max(in, inH, inW, out, outH, outW, c0, c1, py0, py1, kh, kw, sy, sx, vectorEnd);
        }
    }

    /**
     * Round h of the 16 x 16 transpose, for registers i and i + h (bit h of i clear): the new register i takes lane l
     * from i where bit h of l is clear, else lane l - h of i + h (index 16 + l - h); the new register i + h takes
     * lane l + h of i where bit h of l is clear, else lane l of i + h.
     */
    private static FloatVector transposeIndex(int h, boolean high) {
        int lanes = S.length();
        float[] idx = new float[lanes];
        for (int l = 0; l < lanes; l++) {
            boolean set = (l & h) != 0;
            idx[l] = high ? (set ? lanes + l : (l + h) % lanes) : (set ? lanes + l - h : l);
        }
        return FloatVector.fromArray(S, idx, 0);
    }

    private static float[] lanes(int first) {
        float[] idx = new float[S.length()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = first + 2 * i;
        }
        return idx;
    }
}
