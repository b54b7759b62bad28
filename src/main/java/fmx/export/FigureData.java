package fmx.export;

import fmx.core.ActivationLayer;
import fmx.core.Cancellation;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.core.ConvLayer;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.Parallelism;
import fmx.core.PoolLayer;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Everything a figure shows, computed once: the input (C x H x W), the convolution with its optional activation
 * and pooling, and their outputs (N x H' x W' each, N = filters), with the colour map and the scale rule of the
 * window's view settings. The layers must read conv [activation] [pool], the layout the window shows.
 * Immutable (the tensors are not copied: nobody writes to them); thread-safe.
 *
 * @param photo true when the input is a photo (drawn as an image, not as numbered cells)
 * @param activation null when no activation layer follows; then {@code a} is null
 * @param pool null when no pooling layer follows; then {@code pooled} is null
 * @param sharedScale one colour scale for all filters of a stage (else one per map), as the window's option
 */
public record FigureData(Tensor input, boolean photo, ConvLayer conv, ActivationLayer activation, PoolLayer pool,
                         Tensor z, Tensor a, Tensor pooled, ColorMap colorMap, boolean sharedScale) {

    /**
     * Runs {@code layers} on {@code input}. {@code view} is a session's view settings ({@code colorMap},
     * {@code sharedScale}; missing ones take the window's defaults). Throws {@link InvalidSettingException} when the
     * layers are not conv [activation] [pool] or do not fit the input.
     */
    public static FigureData compute(Tensor input, boolean photo, List<Layer> layers, Map<String, Object> view) {
        int i = 0;
        ConvLayer conv = i < layers.size() && layers.get(i) instanceof ConvLayer c ? c : null;
        i += conv == null ? 0 : 1;
        ActivationLayer act = i < layers.size() && layers.get(i) instanceof ActivationLayer a ? a : null;
        i += act == null ? 0 : 1;
        PoolLayer pool = i < layers.size() && layers.get(i) instanceof PoolLayer p ? p : null;
        i += pool == null ? 0 : 1;
        if (conv == null || i != layers.size()) {
            List<String> types = new ArrayList<>();
            layers.forEach(l -> types.add(l.type()));
            throw new InvalidSettingException("layers", "figures show a convolution, optionally followed by an "
                    + "activation and a pooling; got " + (types.isEmpty() ? "no layers" : String.join(", ", types)));
        }
        List<Tensor> out = new fmx.core.Pipeline(layers).run(input, Parallelism.of(ForkJoinPool.commonPool()),
                Cancellation.NONE);
        int k = 0;
        Tensor z = out.get(k++);
        Tensor a = act == null ? null : out.get(k++);
        Tensor pooled = pool == null ? null : out.get(k);
        return new FigureData(input, photo, conv, act, pool, z, a, pooled, colorMap(view), sharedScale(view));
    }

    private static ColorMap colorMap(Map<String, Object> view) {
        if (view != null && view.get("colorMap") instanceof String name) {
            for (ColorMap c : ColorMap.values()) {
                if (c.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
        }
        return ColorMap.DIVERGING;
    }

    private static boolean sharedScale(Map<String, Object> view) {
        return view != null && Boolean.TRUE.equals(view.get("sharedScale"));
    }

    /** The stages present, in order: conv, then activation and pool when their layers exist. */
    public List<Stage> stages() {
        List<Stage> s = new ArrayList<>(List.of(Stage.CONV));
        if (a != null) {
            s.add(Stage.ACTIVATION);
        }
        if (pooled != null) {
            s.add(Stage.POOL);
        }
        return s;
    }

    /** The output of {@code stage} (N x H' x W'), or null when the session has no such layer. */
    public Tensor output(Stage stage) {
        return switch (stage) {
            case CONV -> z;
            case ACTIVATION -> a;
            case POOL -> pooled;
        };
    }

    /** The last stage: what the layer hands on. */
    public Stage lastStage() {
        return stages().getLast();
    }

    public int filterCount() {
        return conv.filters().count();
    }

    /** The colour scale of one filter's map at {@code stage}, by the window's rule (shared or per map). */
    public ColorScale scale(Stage stage, int filter) {
        Tensor t = output(stage);
        int plane = t.height() * t.width();
        return sharedScale ? ColorScale.fit(colorMap, t.data(), 0, t.data().length)
                : ColorScale.fit(colorMap, t.data(), filter * plane, plane);
    }

    /** The input's scale as the window shows it: grey from min(0, low) to high. */
    public ColorScale inputScale() {
        float[] r = input.range();
        return ColorScale.fit(ColorMap.GRAY, Math.min(0, r[0]), Math.max(r[1], r[0] + 1e-6f));
    }

    /** A kernel's scale as the window shows it: diverging, symmetric around 0 over the filter's weights. */
    public ColorScale kernelScale(int filter) {
        var f = conv.filters();
        int per = f.weightsPerFilter();
        return ColorScale.fit(ColorMap.DIVERGING, f.weights(), filter * per, per);
    }

    /**
     * The settings in one line, e.g. "Input 5×5×1 · 1 filter 3×3, stride 1, padding 0, dilation 1 · ReLU ·
     * max pool 2×2, stride 2 · output 2×2×1".
     */
    public String caption() {
        var f = conv.filters();
        StringBuilder sb = new StringBuilder();
        sb.append(photo ? "Photo " : "Input ").append(shape(input)).append(" \u00B7 ")
                .append(f.count()).append(f.count() == 1 ? " filter " : " filters ")
                .append(f.kernelHeight()).append('\u00D7').append(f.kernelWidth())
                .append(", stride ").append(conv.stride()).append(", padding ").append(conv.padding())
                .append(", dilation ").append(conv.dilation());
        if (conv.flip()) {
            sb.append(", flipped (true convolution)");
        }
        if (activation != null) {
            sb.append(" \u00B7 ").append(activationName(activation));
        }
        if (pool != null) {
            sb.append(" \u00B7 ").append(pool.mode().id()).append(" pool ").append(pool.size().y()).append('\u00D7')
                    .append(pool.size().x()).append(", stride ").append(pool.stride());
        }
        sb.append(" \u00B7 output ").append(shape(output(lastStage())));
        return sb.toString();
    }

    static String activationName(ActivationLayer act) {
        return switch (act.function()) {
            case IDENTITY -> "no activation (identity)";
            case RELU -> "ReLU";
            case LEAKY_RELU -> String.format(Locale.ROOT, "leaky ReLU (slope %s)",
                    fmx.core.CompactNumber.format(act.slope()));
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
        };
    }

    static String shape(Tensor t) {
        return t.height() + "\u00D7" + t.width() + "\u00D7" + t.channels();
    }
}
