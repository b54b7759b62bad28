package fmx.ui.animation;

import fmx.core.WindowGeometry;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.AnimationTrace.Position;
import fmx.core.trace.ConvStep;
import fmx.core.trace.CoveredCell;
import fmx.core.trace.PoolStep;
import fmx.core.trace.Tap;
import fmx.core.trace.TraceStep;
import fmx.core.trace.WindowCoverage;
import fmx.ui.common.CellMark;
import java.util.ArrayList;
import java.util.List;

/** Turns a trace step, the step the window comes from and how far it has moved into an {@link AnimationFrame}. */
final class FrameBuilder {
    private FrameBuilder() {}

    /**
     * The frame of step {@code index} ({@code step} is that step, already computed), with the window
     * {@code motion} (0 to 1) of the way from step {@code from} (-1: no movement). {@code holdBack}: the step's
     * output cell stays blank even once the window has arrived (the learner is predicting it).
     */
    static AnimationFrame build(AnimationTrace trace, AnimationMaps maps, int index, TraceStep step, int from,
                                double motion, boolean holdBack) {
        Position p = trace.position(index);
        Position previous = from >= 0 && from < trace.stepCount() ? trace.position(from) : null;
        boolean moving = previous != null && previous.filter() == p.filter() && previous.phase() == p.phase()
                && motion < 1;
        double t = moving ? ease(motion) : 1;
        boolean arrived = !moving;
        int f = p.filter();
        List<List<CellMark>> noMarks = noMarks(maps.channels());
        MapImage pooled = maps.hasPooling() ? maps.pooled().get(f) : null;
        return switch (step) {
            case ConvStep s -> {
                WindowGeometry g = trace.convTrace(f).geometry();
                WindowPose pose = convPose(g, s.outRow(), s.outColumn());
                WindowPose start = moving ? convPose(g, trace.convTrace(f).outRow(previous.phaseIndex()),
                        trace.convTrace(f).outColumn(previous.phaseIndex())) : null;
                yield new AnimationFrame(p, pose.from(start, t), weights(s),
                        arrived ? inputMarks(g, s, maps.channels()) : noMarks,
                        maps.z().get(f), Messages.TEXTS.text("map.convolution", Integer.toString(f + 1)),
                        p.phaseIndex() + (arrived && !holdBack ? 1 : 0),
                        List.of(new CellMark(s.outRow(), s.outColumn(), CellMark.Kind.CURRENT)), null, pooled,
                        0, List.of());
            }
            case PoolStep s -> {
                WindowGeometry g = trace.poolTrace(f).geometry();
                WindowPose pose = poolPose(g, s.outRow(), s.outColumn());
                WindowPose start = moving ? poolPose(g, trace.poolTrace(f).outRow(previous.phaseIndex()),
                        trace.poolTrace(f).outColumn(previous.phaseIndex())) : null;
                List<CellMark> winner = arrived && s.winnerCell() != null
                        ? List.of(new CellMark(s.winnerCell().row(), s.winnerCell().column(), CellMark.Kind.WINNER))
                        : List.of();
                yield new AnimationFrame(p, null, null, noMarks, maps.poolingSource(f), mapTitle(maps, f), -1,
                        winner, pose.from(start, t), pooled, p.phaseIndex() + (arrived ? 1 : 0),
                        List.of(new CellMark(s.outRow(), s.outColumn(), CellMark.Kind.CURRENT)));
            }
            default -> new AnimationFrame(p, null, null, noMarks, maps.poolingSource(f), mapTitle(maps, f), -1,
                    List.of(), null, pooled, 0, List.of());
        };
    }

    /** Slow in, slow out: the window starts and stops gently. */
    static double ease(double t) {
        double c = Math.max(0, Math.min(1, t));
        return c * c * (3 - 2 * c);
    }

    private static String mapTitle(AnimationMaps maps, int f) {
        return Messages.TEXTS.text(maps.a() != null ? "map.activation" : "map.convolution", Integer.toString(f + 1));
    }

    static WindowPose convPose(WindowGeometry g, int oy, int ox) {
        return new WindowPose(g.inputRow(oy, 0), g.inputColumn(ox, 0), g.extentY(), g.extentX(), g.kernel().y(),
                g.kernel().x(), g.dilation().y(), g.dilation().x());
    }

    static WindowPose poolPose(WindowGeometry g, int oy, int ox) {
        return new WindowPose(g.inputRow(oy, 0), g.inputColumn(ox, 0), g.extentY(), g.extentX(), g.kernel().y(),
                g.kernel().x(), 1, 1);
    }

    /** Per channel, the weight each tap multiplies by (flip already applied), in (ky, kx) order. */
    private static float[][] weights(ConvStep s) {
        float[][] w = new float[s.channels()][];
        for (int c = 0; c < w.length; c++) {
            List<Tap> taps = s.taps(c);
            w[c] = new float[taps.size()];
            for (int k = 0; k < taps.size(); k++) {
                w[c][k] = taps.get(k).weight();
            }
        }
        return w;
    }

    /** Padding taps (per channel: the same cells on each) and dilation gaps under the window. */
    private static List<List<CellMark>> inputMarks(WindowGeometry g, ConvStep s, int channels) {
        List<CellMark> marks = new ArrayList<>();
        for (Tap tap : s.taps(0)) {
            if (tap.padding()) {
                marks.add(new CellMark(tap.row(), tap.column(), CellMark.Kind.PADDING_TAP));
            }
        }
        if (g.dilation().y() > 1 || g.dilation().x() > 1) {
            for (CoveredCell cell : new WindowCoverage(g).coveredCells(s.outRow(), s.outColumn())) {
                if (cell.gap()) {
                    marks.add(new CellMark(cell.row(), cell.column(), CellMark.Kind.DILATION_GAP));
                }
            }
        }
        List<CellMark> shared = List.copyOf(marks);
        List<List<CellMark>> perChannel = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            perChannel.add(shared);
        }
        return perChannel;
    }

    private static List<List<CellMark>> noMarks(int channels) {
        List<List<CellMark>> none = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            none.add(List.of());
        }
        return none;
    }
}
