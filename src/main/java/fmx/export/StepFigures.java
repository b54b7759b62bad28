package fmx.export;

import fmx.core.ColorScale;
import fmx.core.Tensor;
import fmx.core.WindowGeometry;
import fmx.core.trace.ActivationStep;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.ConvStep;
import fmx.core.trace.ConvTrace;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.PoolCell;
import fmx.core.trace.PoolStep;
import fmx.core.trace.Tap;
import fmx.core.trace.TraceStep;

/**
 * One step of the sliding-window animation as a figure, from {@link AnimationTrace}: the input with the window,
 * the kernel, the output revealed up to this step with the current cell, and the step's equation
 * ({@link Equations#plain}, compact). A pooling step shows the map it reads with its window and winner; the
 * activation step shows z next to a. Every frame of one trace has the same size (a GIF needs it). Stateless.
 */
public final class StepFigures {
    private static final double BOX = 220;

    private StepFigures() {
    }

    /** The trace the animation plays: every filter in turn. */
    public static AnimationTrace trace(FigureData d) {
        java.util.List<fmx.core.Layer> layers = new java.util.ArrayList<>();
        layers.add(d.conv());
        if (d.activation() != null) {
            layers.add(d.activation());
        }
        if (d.pool() != null) {
            layers.add(d.pool());
        }
        return AnimationTrace.of(d.input(), layers, AnimationTrace.ALL_FILTERS);
    }

    /** Step {@code index} (0-based) of {@code trace}. */
    public static Figure step(FigureData d, AnimationTrace trace, int index) {
        AnimationTrace.Position pos = trace.position(index);
        TraceStep step = trace.step(index);
        int n = pos.filter();
        Stack body = Stack.row(28);
        String equation;
        switch (step) {
            case ConvStep c -> {
                body.add(convInput(d, trace.convTrace(n), c));
                body.add(Stack.column(6).add(Figures.title("Kernel")).add(Figures.kernelBlock(d, n,
                        GridBlock.fit(d.conv().filters().kernelHeight(), d.conv().filters().kernelWidth(), 140,
                                Figures.MAX_CELL))));
                body.add(revealed(d, Stage.CONV, n, c.index() + 1, c.outRow(), c.outColumn()));
                if (d.activation() != null) {
                    body.add(revealed(d, Stage.ACTIVATION, n, c.index() + 1, c.outRow(), c.outColumn()));
                }
                equation = Equations.plain(c, EquationStyle.COMPACT);
            }
            case ActivationStep a -> {
                body.add(revealed(d, Stage.CONV, n, -1, -1, -1));
                body.add(revealed(d, Stage.ACTIVATION, n, -1, -1, -1));
                equation = "a = " + FigureData.activationName(d.activation()) + "(z), cell by cell: "
                        + d.activation().function().formula();
            }
            case PoolStep p -> {
                body.add(poolInput(d, n, p));
                body.add(revealed(d, Stage.POOL, n, p.index() + 1, p.outRow(), p.outColumn()));
                equation = Equations.plain(p, EquationStyle.COMPACT);
            }
        }
        Stack figure = Stack.column(14);
        figure.add(new TextBlock("Step " + (index + 1) + " of " + trace.stepCount() + " \u00B7 Filter " + (n + 1)
                + " \u00B7 " + phaseName(pos), Figures.TITLE, true, Painter.TEXT));
        figure.add(body);
        // Room for two lines whatever this step's equation: the frames of an animation keep one size.
        double width = Math.max(body.width(), 420);
        TextBlock eq = new TextBlock(equation, Figures.TITLE, false, Painter.TEXT, width, Painter.Align.LEFT);
        figure.add(eq);
        figure.add(Stack.space(0, Math.max(0, 2 * eq.lineHeight() - eq.height())));
        return new Figure("Step " + (index + 1), figure);
    }

    private static String phaseName(AnimationTrace.Position pos) {
        return switch (pos.phase()) {
            case CONVOLUTION -> "convolution";
            case ACTIVATION -> "activation";
            case POOLING -> "pooling";
        };
    }

    /** The input (every channel) in its padded frame, the window's cells outlined and its dilation gaps veiled. */
    private static Block convInput(FigureData d, ConvTrace trace, ConvStep step) {
        Tensor t = d.input();
        WindowGeometry g = trace.geometry();
        int fr = g.padTop() + t.height() + g.padBottom();
        int fc = g.padLeft() + t.width() + g.padRight();
        boolean[] box = new boolean[fr * fc];
        boolean[] gaps = new boolean[fr * fc];
        int top = step.paddedTop();
        int left = step.paddedLeft();
        for (int r = top; r < top + g.extentY() && r < fr; r++) {
            for (int c = left; c < left + g.extentX() && c < fc; c++) {
                box[r * fc + c] = true;
                gaps[r * fc + c] = true;
            }
        }
        for (Tap tap : step.taps(0)) {
            int r = tap.row() + g.padTop();
            int c = tap.column() + g.padLeft();
            if (r >= 0 && r < fr && c >= 0 && c < fc) {
                gaps[r * fc + c] = false;
            }
        }
        double cell = GridBlock.fit(fr, fc, BOX, Figures.MAX_CELL);
        ColorScale scale = d.inputScale();
        Stack s = Stack.column(6);
        s.add(Figures.title("Input"));
        Stack channels = Stack.row(12);
        for (int c = 0; c < t.channels(); c++) {
            channels.add(new GridBlock("input-" + c, Figures.plane(t, c), t.height(), t.width(), scale, cell)
                    .padding(g.padTop(), g.padLeft(), g.padBottom(), g.padRight()).window(box, gaps));
        }
        s.add(channels);
        return s;
    }

    /** The map a pooling step reads (a, or z without activation) with the pooling window and the winner. */
    private static Block poolInput(FigureData d, int n, PoolStep step) {
        Stage source = d.activation() != null ? Stage.ACTIVATION : Stage.CONV;
        Tensor t = d.output(source);
        boolean[] box = new boolean[t.height() * t.width()];
        for (PoolCell c : step.cells()) {
            box[c.row() * t.width() + c.column()] = true;
        }
        double cell = GridBlock.fit(t.height(), t.width(), BOX, Figures.MAX_CELL);
        GridBlock grid = new GridBlock("map-" + source.id() + "-" + n, Figures.plane(t, n), t.height(), t.width(),
                d.scale(source, n), cell).window(box, null);
        PoolCell w = step.winnerCell();
        if (w != null) {
            grid.winner(w.row(), w.column());
        }
        Stack s = Stack.column(6);
        s.add(Figures.title(source.title()));
        s.add(grid);
        return s;
    }

    /** A stage's map showing its first {@code count} cells (all when negative), the current cell outlined. */
    private static Block revealed(FigureData d, Stage stage, int n, int count, int row, int col) {
        Tensor t = d.output(stage);
        double cell = GridBlock.fit(t.height(), t.width(), BOX, Figures.MAX_CELL);
        GridBlock grid = new GridBlock("map-" + stage.id() + "-" + n, Figures.plane(t, n), t.height(), t.width(),
                d.scale(stage, n), cell).revealed(count);
        if (row >= 0) {
            grid.current(row, col);
        }
        Stack s = Stack.column(6);
        s.add(Figures.title(stage.title()));
        s.add(grid);
        return s;
    }
}
