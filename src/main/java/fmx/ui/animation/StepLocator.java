package fmx.ui.animation;

import fmx.core.trace.AnimationTrace;
import fmx.core.trace.AnimationTrace.Position;
import fmx.core.trace.ConvTrace;
import fmx.core.trace.Phase;
import fmx.core.trace.PoolTrace;

/**
 * Finds a step by what it computes (filter, phase, output cell), so that a rebuilt trace (after an edit or another
 * filter choice) continues at the same output cell, and a click on a map cell finds its step. Stateless.
 */
final class StepLocator {
    private StepLocator() {}

    /** The output cell of a position as {row, col} (the activation step has none: null). */
    static int[] cellOf(AnimationTrace t, Position p) {
        return switch (p.phase()) {
            case CONVOLUTION -> {
                ConvTrace c = t.convTrace(p.filter());
                yield new int[] {c.outRow(p.phaseIndex()), c.outColumn(p.phaseIndex())};
            }
            case POOLING -> {
                PoolTrace c = t.poolTrace(p.filter());
                yield new int[] {c.outRow(p.phaseIndex()), c.outColumn(p.phaseIndex())};
            }
            case ACTIVATION -> null;
        };
    }

    /** The step of {@code phase} at {@code cell} for {@code filter} in {@code t}, or -1 when it does not exist. */
    static int indexOf(AnimationTrace t, int filter, Phase phase, int[] cell) {
        if (filter < 0 || t.indexOf(filter, phase, 0) < 0) {
            return -1;
        }
        if (cell == null) {
            return t.indexOf(filter, phase, 0);
        }
        var g = phase == Phase.POOLING ? t.poolTrace(filter).geometry() : t.convTrace(filter).geometry();
        if (cell[0] >= g.outHeight() || cell[1] >= g.outWidth()) {
            return -1;
        }
        int local = phase == Phase.POOLING ? t.poolTrace(filter).stepAt(cell[0], cell[1])
                : t.convTrace(filter).stepAt(cell[0], cell[1]);
        return t.indexOf(filter, phase, local);
    }
}
