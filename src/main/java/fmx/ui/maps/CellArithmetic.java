package fmx.ui.maps;

import fmx.compute.ComputeResult;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.PoolLayer;
import fmx.core.trace.ConvTrace;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.PoolStep;
import fmx.core.trace.PoolTrace;
import fmx.core.trace.ValueGrid;

/**
 * The arithmetic behind one hovered map cell, written by the core's {@link Equations} (per-channel partial sums,
 * negative numbers in parentheses, long sums elided in the middle) and laid out one part per line for the panel.
 */
final class CellArithmetic {
    private CellArithmetic() {}

    static String convolution(ComputeResult r, int n, int oy, int ox) {
        ConvLayer conv = MapsViewModel.conv(r);
        ActivationLayer act = (ActivationLayer) r.pipeline().layers().get(1);
        ConvTrace trace = ConvTrace.of(r.input(), conv, n, act);
        String text = Equations.plain(trace.step(trace.stepAt(oy, ox)), EquationStyle.COMPACT);
        return Messages.TEXTS.text(conv.flip() ? "cell.convFlipped" : "cell.conv", n + 1, oy, ox) + "\n" + text.replace(" | ", "\n").replace("; ", "\n");
    }

    /** The pooling step of pooled cell (oy, ox) of filter n, over the activation map the result holds. */
    static PoolStep poolStep(ComputeResult r, int n, int oy, int ox) {
        PoolLayer pool = (PoolLayer) r.pipeline().layers().get(2);
        PoolTrace trace = PoolTrace.of(ValueGrid.channel(r.stages().get(1), n), n, pool);
        return trace.step(trace.stepAt(oy, ox));
    }

    static String pooling(PoolStep step, int n) {
        return Messages.TEXTS.text("cell.pool", n + 1, step.outRow(), step.outColumn()) + "\n"
                + Equations.plain(step, EquationStyle.COMPACT);
    }
}
