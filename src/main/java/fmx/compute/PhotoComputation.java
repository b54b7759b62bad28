package fmx.compute;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.Cancellation;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.Parallelism;
import fmx.core.Pipeline;
import fmx.core.PoolLayer;
import fmx.core.Shape3;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link PhotoRequest} progressively: a preview first, then full resolution, reporting progress and
 * stopping when cancelled.
 *
 * <p><b>Preview</b>: the photo shrunk by the smallest integer factor f that brings its longest side to at most
 * {@code previewSide}, each preview pixel the mean of its f x f block (blocks cut by the edge average the pixels
 * they have), then the same layers, unchanged, on it. So the preview is exactly what the layers give on the photo
 * as the screen shows it when fitted, and costs 1/f^2 of the full run. Scaling the kernels by f instead would turn a
 * 3 x 3 kernel into a fraction of a pixel. Where the two agree: on a constant photo the preview equals the full
 * result shrunk the same way (away from the padded border); on a smooth photo, for kernels whose weights are
 * symmetric about the centre, they agree to the second order of the photo's variation; a derivative kernel responds
 * f times as strongly in the preview (it sees a step f times larger per pixel); with f = 1 there is no preview.
 *
 * <p><b>Memory</b>: full resolution keeps every stage as floats when the input and all stages fit in the budget.
 * Otherwise (a 12 MP photo with 8 filters takes about 1 GB as floats), for the usual photo pipeline, one convolution
 * followed by activations and poolings, which work channel by channel: the filters are run in groups, each group's
 * stages stored before the next group starts, the maps on screen as floats while they fit, the others as 16-bit
 * codes, and a monotone activation of a stored map not stored at all but derived on reading. Other pipelines over
 * the budget are refused with a message. The budget counts the input, the stored maps and one group's floats.
 *
 * <p>Cancellation is polled per filter group and inside the layers per output row. Thread-safe: the only state is
 * the last shrunk photo, replaced atomically and reused only for the very same input tensor.
 */
public final class PhotoComputation {
    /** Progress at the end of the preview. */
    static final double PREVIEW_SHARE = 0.1;

    /** The last shrunk photo: an edit of the layers reuses it (shrinking 12 MP costs more than the preview's layers). */
    private record Shrunk(Tensor input, int factor, Tensor small) {}

    private volatile Shrunk lastShrunk;

    /** Receives the preview (before the full result is returned) and progress fractions, rising from 0 to 1. */
    public interface Listener {
        void preview(PhotoResult preview);

        void progress(double fraction);
    }

    /** The smallest integer f with ceil(max(h, w) / f) at most {@code previewSide}. */
    public static int previewFactor(int height, int width, int previewSide) {
        int longest = Math.max(height, width);
        return Math.max(1, (longest + previewSide - 1) / previewSide);
    }

    /** {@code in} shrunk by {@code f}: ceil(H/f) x ceil(W/f), each value the mean of its block; f = 1 returns in. */
    public static Tensor downsample(Tensor in, int f) {
        if (f == 1) {
            return in;
        }
        int h = in.height();
        int w = in.width();
        int oh = (h + f - 1) / f;
        int ow = (w + f - 1) / f;
        Tensor out = Tensor.zeros(in.channels(), oh, ow);
        float[] src = in.data();
        float[] dst = out.data();
        double[] sums = new double[ow];
        for (int c = 0; c < in.channels(); c++) {
            for (int oy = 0; oy < oh; oy++) {
                Arrays.fill(sums, 0);
                int y1 = Math.min(h, (oy + 1) * f);
                for (int y = oy * f; y < y1; y++) {
                    int row = (c * h + y) * w;
                    for (int x = 0; x < w; x++) {
                        sums[x / f] += src[row + x];
                    }
                }
                int rows = y1 - oy * f;
                for (int ox = 0; ox < ow; ox++) {
                    int cols = Math.min(w, (ox + 1) * f) - ox * f;
                    dst[(c * oh + oy) * ow + ox] = (float) (sums[ox] / (rows * cols));
                }
            }
        }
        return out;
    }

    /** Bytes of the input and every stage as floats. */
    public static long floatBytes(Shape3 input, Pipeline pipeline) {
        long values = input.volume();
        for (Shape3 s : pipeline.shapes(input)) {
            values += s.volume();
        }
        return 4 * values;
    }

    /** Runs the preview (when the factor is above 1, handed to the listener) and returns the full result. */
    public PhotoResult run(PhotoRequest request, Parallelism parallelism, Cancellation cancellation,
                           Listener listener) {
        Tensor input = request.input();
        List<Shape3> shapes = request.pipeline().shapes(input.shape()); // validates before any work
        int f = previewFactor(input.height(), input.width(), request.previewSide());
        double fullFrom = 0;
        if (f > 1) {
            long start = System.nanoTime();
            Shrunk cached = lastShrunk;
            Tensor small;
            if (cached != null && cached.input() == input && cached.factor() == f) {
                small = cached.small();
            } else {
                small = downsample(input, f);
                lastShrunk = new Shrunk(input, f, small);
            }
            cancellation.check();
            List<Tensor> stages = request.pipeline().run(small, parallelism, cancellation);
            listener.preview(floatResult(request, true, f, small, stages, parallelism, System.nanoTime() - start));
            fullFrom = PREVIEW_SHARE;
            listener.progress(fullFrom);
        }
        long start = System.nanoTime();
        PhotoResult full;
        if (floatBytes(input.shape(), request.pipeline()) <= request.memoryBudget()) {
            List<Tensor> stages = request.pipeline().run(input, parallelism, cancellation);
            full = floatResult(request, false, 1, input, stages, parallelism, System.nanoTime() - start);
        } else {
            full = compact(request, shapes, parallelism, cancellation, listener, fullFrom, start);
        }
        listener.progress(1);
        return full;
    }

    /** The stages as float maps, their statistics gathered over the pool's threads (one task per map). */
    private static PhotoResult floatResult(PhotoRequest request, boolean preview, int f, Tensor input,
                                           List<Tensor> stages, Parallelism parallelism, long nanos) {
        List<List<MapPlane>> planes = new ArrayList<>();
        long bytes = 4 * input.shape().volume();
        for (Tensor t : stages) {
            MapPlane[] maps = new MapPlane[t.channels()];
            long plane = (long) t.height() * t.width();
            parallelism.forEach(maps.length, plane, c ->
                    maps[c] = MapPlane.Floats.of(t.data(), t.channelOffset(c), t.height(), t.width()));
            planes.add(List.of(maps));
            bytes += 4 * t.shape().volume();
        }
        return new PhotoResult(request.generation(), preview, f, input, request.pipeline().shapes(input.shape()),
                planes, false, bytes, bytes, nanos);
    }

    /** The storage plan of the compact mode: per stage, whether channel maps are derived (a monotone activation). */
    private static boolean[] derivedStages(List<Layer> layers) {
        boolean[] derived = new boolean[layers.size()];
        for (int s = 1; s < layers.size(); s++) {
            derived[s] = layers.get(s) instanceof ActivationLayer a && isMonotone(a);
        }
        return derived;
    }

    private static boolean isMonotone(ActivationLayer a) {
        return a.function() != ActivationFunction.LEAKY_RELU || a.slope() >= 0;
    }

    private PhotoResult compact(PhotoRequest request, List<Shape3> shapes, Parallelism parallelism,
                                Cancellation cancellation, Listener listener, double fullFrom, long start) {
        List<Layer> layers = request.pipeline().layers();
        if (layers.isEmpty() || !(layers.getFirst() instanceof ConvLayer conv)
                || !layers.stream().skip(1).allMatch(l -> l instanceof ActivationLayer || l instanceof PoolLayer)) {
            throw tooBig(request, floatBytes(request.input().shape(), request.pipeline()));
        }
        boolean[] derived = derivedStages(layers);
        int count = conv.filters().count();
        long floatPerFilter = 0; // one filter's maps through all stages, as floats (the working set)
        long codesPerFilter = 0; // the same, stored
        for (int s = 0; s < shapes.size(); s++) {
            long plane = (long) shapes.get(s).height() * shapes.get(s).width();
            floatPerFilter += 4 * plane;
            codesPerFilter += derived[s] ? 0 : 2 * plane;
        }
        long inputBytes = 4 * request.input().shape().volume();
        long stored = inputBytes + count * codesPerFilter;
        if (stored + floatPerFilter > request.memoryBudget()) {
            throw tooBig(request, stored + floatPerFilter);
        }
        // Maps on screen as floats while they fit beside one filter's working set.
        boolean[] exact = new boolean[count];
        long extraPerExact = floatPerFilter - codesPerFilter;
        for (int n : request.onScreen().stream().sorted().toList()) {
            if (n >= 0 && n < count && stored + extraPerExact + floatPerFilter <= request.memoryBudget()) {
                exact[n] = true;
                stored += extraPerExact;
            }
        }
        int group = (int) Math.clamp((request.memoryBudget() - stored) / floatPerFilter, 1, Math.min(count, 8));
        List<List<MapPlane>> planes = new ArrayList<>();
        for (int s = 0; s < shapes.size(); s++) {
            planes.add(new ArrayList<>(count));
        }
        for (int n0 = 0; n0 < count; n0 += group) {
            cancellation.check();
            int n1 = Math.min(count, n0 + group);
            List<Layer> groupLayers = new ArrayList<>(layers);
            groupLayers.set(0, conv.withFilters(subset(conv.filters(), n0, n1)));
            List<Tensor> stages = new Pipeline(groupLayers).run(request.input(), parallelism, cancellation);
            for (int j = 0; j < n1 - n0; j++) {
                for (int s = 0; s < stages.size(); s++) {
                    Tensor t = stages.get(s);
                    MapPlane plane;
                    if (exact[n0 + j]) {
                        // Copy the channel out so that the group's other maps can be collected.
                        float[] own = Arrays.copyOfRange(t.data(), t.channelOffset(j), t.channelOffset(j + 1));
                        plane = MapPlane.Floats.of(own, 0, t.height(), t.width());
                    } else if (derived[s]) {
                        plane = new MapPlane.Activated(planes.get(s - 1).get(n0 + j), (ActivationLayer) layers.get(s));
                    } else {
                        plane = MapPlane.Quantized.of(t.data(), t.channelOffset(j), t.height(), t.width());
                    }
                    planes.get(s).add(plane);
                }
            }
            listener.progress(fullFrom + (1 - fullFrom) * n1 / count);
        }
        long retained = inputBytes;
        for (List<MapPlane> stage : planes) {
            for (MapPlane p : stage) {
                retained += p.bytes();
            }
        }
        return new PhotoResult(request.generation(), false, 1, request.input(), shapes, planes, true, retained,
                retained + group * floatPerFilter, System.nanoTime() - start);
    }

    private static FilterBank subset(FilterBank bank, int n0, int n1) {
        int per = bank.weightsPerFilter();
        return new FilterBank(n1 - n0, bank.channels(), bank.kernelHeight(), bank.kernelWidth(),
                Arrays.copyOfRange(bank.weights(), n0 * per, n1 * per), Arrays.copyOfRange(bank.biases(), n0, n1));
    }

    private static InvalidSettingException tooBig(PhotoRequest request, long needed) {
        return new InvalidSettingException("photo", String.format(Locale.ROOT,
                "the maps need about %d MB, more than the %d MB set aside for them: use grey, fewer filters, a "
                        + "smaller photo or a larger heap (-Xmx)", needed >> 20, request.memoryBudget() >> 20));
    }
}
