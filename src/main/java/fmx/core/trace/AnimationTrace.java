package fmx.core.trace;

import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.PoolLayer;
import fmx.core.Shape3;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Every step the sliding-window animation plays, in order, for a convolution optionally followed by an activation
 * and a pooling. For each played filter: the convolution steps ({@code outH * outW}, row-major), then one
 * activation step for the whole map (only with an activation layer), then the pooling steps (only with a pooling
 * layer; the pooling window reads the activation map, or z without activation). With {@link #ALL_FILTERS} the
 * filters play in turn, 0 to N-1, each with all its phases.
 *
 * <p>Steps are computed from their index on demand ({@link #step(int)}); {@link #position(int)} and
 * {@link #indexOf} only do index arithmetic. Immutable and thread-safe as long as nobody writes into the input.
 */
public final class AnimationTrace {
    /** Pass as the filter to play all filters in turn. */
    public static final int ALL_FILTERS = -1;

    /** Where a global step index falls: the filter, the phase and the index within that phase. */
    public record Position(int index, int filter, Phase phase, int phaseIndex) {}

    private final ActivationLayer activation;
    private final ConvTrace[] convs;
    private final PoolTrace[] pools;
    private final int convSteps;
    private final int activationSteps;
    private final int poolSteps;

    private AnimationTrace(Tensor input, ConvLayer conv, ActivationLayer activation, PoolLayer pool, int filter) {
        Shape3 convOut = conv.outputShape(input.shape());
        if (pool != null) {
            pool.outputShape(convOut); // validates the pooling window against the map before any step is asked for
        }
        int first = filter == ALL_FILTERS ? 0 : filter;
        int count = filter == ALL_FILTERS ? conv.filters().count() : 1;
        this.activation = activation;
        this.convs = new ConvTrace[count];
        this.pools = new PoolTrace[count];
        for (int k = 0; k < count; k++) {
            convs[k] = ConvTrace.of(input, conv, first + k, activation);
            pools[k] = pool == null ? null : PoolTrace.of(convs[k].activationMap(), first + k, pool);
        }
        this.convSteps = convs[0].stepCount();
        this.activationSteps = activation == null ? 0 : 1;
        this.poolSteps = pool == null ? 0 : pools[0].stepCount();
    }

    /**
     * The animation of {@code conv} over {@code input}, then {@code activation} and {@code pool} (each may be null),
     * for one filter or {@link #ALL_FILTERS}. Throws {@link InvalidSettingException} when a layer does not fit.
     */
    public static AnimationTrace of(Tensor input, ConvLayer conv, ActivationLayer activation, PoolLayer pool,
                                    int filter) {
        return new AnimationTrace(input, conv, activation, pool, filter);
    }

    /**
     * The animation of a layer list of the form conv [activation] [pool]: the layouts the animation can play.
     * Any other list throws {@link InvalidSettingException} naming what was found.
     */
    public static AnimationTrace of(Tensor input, List<Layer> layers, int filter) {
        int i = 0;
        ConvLayer conv = i < layers.size() && layers.get(i) instanceof ConvLayer c ? c : null;
        if (conv != null) {
            i++;
        }
        ActivationLayer activation = i < layers.size() && layers.get(i) instanceof ActivationLayer a ? a : null;
        if (activation != null) {
            i++;
        }
        PoolLayer pool = i < layers.size() && layers.get(i) instanceof PoolLayer p ? p : null;
        if (pool != null) {
            i++;
        }
        if (conv == null || i != layers.size()) {
            List<String> types = new ArrayList<>();
            layers.forEach(l -> types.add(l.type()));
            throw new InvalidSettingException("layers", "the animation plays a convolution, optionally followed by "
                    + "an activation and a pooling; got " + (types.isEmpty() ? "no layers" : String.join(", ", types)));
        }
        try {
            return of(input, conv, activation, pool, filter);
        } catch (InvalidSettingException e) {
            throw e.at("layers");
        }
    }

    /** All steps of all played filters. */
    public int stepCount() {
        return convs.length * stepsPerFilter();
    }

    /** Steps of one filter: convolution + activation + pooling. */
    public int stepsPerFilter() {
        return convSteps + activationSteps + poolSteps;
    }

    /** Steps in {@code phase} for one filter (0 when the phase is absent). */
    public int stepCount(Phase phase) {
        return switch (phase) {
            case CONVOLUTION -> convSteps;
            case ACTIVATION -> activationSteps;
            case POOLING -> poolSteps;
        };
    }

    /** The filters played, in order. */
    public int[] filters() {
        int[] f = new int[convs.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = convs[k].filter();
        }
        return f;
    }

    /** Where step {@code i} falls; index arithmetic only. */
    public Position position(int i) {
        if (i < 0 || i >= stepCount()) {
            throw new IndexOutOfBoundsException("step " + i + " is outside 0.." + (stepCount() - 1));
        }
        int slot = i / stepsPerFilter();
        int local = i % stepsPerFilter();
        int filter = convs[slot].filter();
        if (local < convSteps) {
            return new Position(i, filter, Phase.CONVOLUTION, local);
        }
        local -= convSteps;
        if (local < activationSteps) {
            return new Position(i, filter, Phase.ACTIVATION, local);
        }
        return new Position(i, filter, Phase.POOLING, local - activationSteps);
    }

    /**
     * The global index of step {@code phaseIndex} of {@code phase} for {@code filter}, or -1 when that filter is not
     * played, the phase is absent or the index is past its end (e.g. after an edit shrank the output).
     */
    public int indexOf(int filter, Phase phase, int phaseIndex) {
        int slot = slotOf(filter);
        if (slot < 0 || phaseIndex < 0 || phaseIndex >= stepCount(phase)) {
            return -1;
        }
        int offset = switch (phase) {
            case CONVOLUTION -> 0;
            case ACTIVATION -> convSteps;
            case POOLING -> convSteps + activationSteps;
        };
        return slot * stepsPerFilter() + offset + phaseIndex;
    }

    /** Step {@code i}, computed now. */
    public TraceStep step(int i) {
        Position p = position(i);
        int slot = slotOf(p.filter());
        return switch (p.phase()) {
            case CONVOLUTION -> convs[slot].step(p.phaseIndex());
            case ACTIVATION -> new ActivationStep(p.filter(), activation, convs[slot].geometry().outHeight(),
                    convs[slot].geometry().outWidth());
            case POOLING -> pools[slot].step(p.phaseIndex());
        };
    }

    /** The convolution trace of a played filter (for its index / output cell mapping). */
    public ConvTrace convTrace(int filter) {
        return convs[requireSlot(filter)];
    }

    /** The pooling trace of a played filter, or null without pooling. */
    public PoolTrace poolTrace(int filter) {
        return pools[requireSlot(filter)];
    }

    private int requireSlot(int filter) {
        int slot = slotOf(filter);
        if (slot < 0) {
            throw new IllegalArgumentException("filter " + filter + " is not played by this trace");
        }
        return slot;
    }

    private int slotOf(int filter) {
        int slot = filter - convs[0].filter();
        return slot >= 0 && slot < convs.length ? slot : -1;
    }
}
