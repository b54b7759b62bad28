package fmx.export;

import fmx.core.InvalidSettingException;
import fmx.core.Tensor;
import fmx.core.trace.AnimationTrace;
import fmx.core.trace.Phase;
import fmx.io.Session;
import fmx.io.SessionWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Runs an {@link ExportRequest}: builds the figure (or picks the numbers) and writes it all or nothing
 * ({@link AtomicOutput}). One entry point for the window and the command line. Stateless and thread-safe; an
 * animation reports progress per frame and stops (throwing {@link CancellationException}, leaving nothing) when
 * asked.
 */
public final class Exporter {
    /** Frame delays of an animated GIF, in hundredths of a second. */
    static final int FRAME_DELAY = 60;
    static final int LAST_FRAME_DELAY = 250;

    private Exporter() {
    }

    /** The figure a request draws (not for data formats, the session or a whole animation). */
    public static Figure figure(ExportRequest r, FigureData d) {
        return switch (r.figure()) {
            case INPUT -> Figures.input(d);
            case KERNELS -> Figures.kernels(d);
            case MAPS -> Figures.maps(d, r.stage(), r.filter());
            case SHEET -> Figures.sheet(d);
            case STEP, ANIMATION -> {
                AnimationTrace trace = trace(d, r.filter());
                yield StepFigures.step(d, trace, Math.min(r.step(), trace.stepCount() - 1));
            }
            case SESSION -> throw new IllegalArgumentException("a session is not a figure");
        };
    }

    /** The animation of one filter (0-based) or all ({@link ExportRequest#ALL}). */
    public static AnimationTrace trace(FigureData d, int filter) {
        AnimationTrace all = StepFigures.trace(d);
        if (filter == ExportRequest.ALL) {
            return all;
        }
        List<fmx.core.Layer> layers = new ArrayList<>(List.of(d.conv()));
        if (d.activation() != null) {
            layers.add(d.activation());
        }
        if (d.pool() != null) {
            layers.add(d.pool());
        }
        return AnimationTrace.of(d.input(), layers, filter);
    }

    /**
     * Checks the request against the data: a problem message (as {@link ExportRequest#problem}), a step out of range,
     * or an animation too long; null when it can be written.
     */
    public static String problem(ExportRequest r, FigureData d) {
        String p = r.problem(d);
        if (p != null) {
            return p;
        }
        if (r.figure() == FigureKind.STEP || r.figure() == FigureKind.ANIMATION) {
            int steps;
            try {
                steps = trace(d, r.filter()).stepCount();
            } catch (InvalidSettingException e) {
                return e.getMessage();
            }
            if (r.figure() == FigureKind.STEP && (r.step() < 0 || r.step() >= steps)) {
                return "--step must be 1 to " + steps + ", got " + (r.step() + 1);
            }
            if (r.figure() == FigureKind.ANIMATION && steps > ExportRequest.MAX_FRAMES) {
                return "the animation has " + steps + " steps, more than " + ExportRequest.MAX_FRAMES
                        + " frames; pick one filter (--filter), a smaller input, or one step (--figure step)";
            }
        }
        return null;
    }

    /**
     * Writes the export to {@code target} (a file; a folder for a PNG sequence). {@code session} is needed only for
     * {@link FigureKind#SESSION}. Throws {@link IllegalArgumentException} with {@link #problem}'s message for a bad
     * request, {@link IOException} when the target cannot be written.
     */
    public static void write(ExportRequest r, FigureData d, Session session, Path target, ExportProgress progress)
            throws IOException {
        String p = problem(r, d);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        switch (r.figure()) {
            case SESSION -> AtomicOutput.writeFile(target, out -> out.write(new SessionWriter()
                    .toJson(session, target.toAbsolutePath().getParent()).getBytes(StandardCharsets.UTF_8)));
            case ANIMATION -> animation(r, d, target, progress);
            default -> single(r, d, target);
        }
    }

    private static void single(ExportRequest r, FigureData d, Path target) throws IOException {
        if (r.format() == ExportFormat.CSV || r.format() == ExportFormat.NPY) {
            Stage stage = r.stage() == null ? d.lastStage() : r.stage();
            Tensor t = d.output(stage);
            int first = r.filter() == ExportRequest.ALL ? 0 : r.filter();
            int count = r.filter() == ExportRequest.ALL ? t.channels() : 1;
            AtomicOutput.writeFile(target, out -> {
                if (r.format() == ExportFormat.NPY) {
                    NumericWriters.npy(t, first, count, r.filter() != ExportRequest.ALL, out);
                } else {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    NumericWriters.csv(t, first, count, w);
                    w.flush();
                }
            });
            return;
        }
        Figure f = figure(r, d);
        AtomicOutput.writeFile(target, out -> {
            switch (r.format()) {
                case PNG -> FigureWriters.png(f, r.scale(), out);
                case SVG -> FigureWriters.svg(f, out);
                case PDF -> FigureWriters.pdf(List.of(f), out);
                default -> throw new IllegalStateException("unreachable: " + r.format());
            }
        });
    }

    private static void animation(ExportRequest r, FigureData d, Path target, ExportProgress progress)
            throws IOException {
        AnimationTrace trace = trace(d, r.filter());
        int steps = trace.stepCount();
        // Frames differ in size by phase (a pooling step shows fewer maps): one canvas that holds them all.
        int w = 0;
        int h = 0;
        for (int k = 0; k < steps; k++) {
            if (k == 0 || trace.position(k).phase() != trace.position(k - 1).phase()) {
                Figure f = StepFigures.step(d, trace, k);
                w = Math.max(w, f.width());
                h = Math.max(h, f.height());
            }
        }
        int width = w * r.scale();
        int height = h * r.scale();
        switch (r.format()) {
            case GIF -> AtomicOutput.writeFile(target, out -> {
                try (GifWriter gif = new GifWriter(out, width, height)) {
                    for (int k = 0; k < steps; k++) {
                        tick(progress, k, steps);
                        gif.add(FigureWriters.raster(StepFigures.step(d, trace, k), r.scale()),
                                k == steps - 1 || trace.position(k).phase() == Phase.ACTIVATION ? LAST_FRAME_DELAY
                                        : FRAME_DELAY);
                    }
                }
            });
            case PNG -> AtomicOutput.writeFolder(target, folder -> {
                int digits = Math.max(3, Integer.toString(steps).length());
                for (int k = 0; k < steps; k++) {
                    tick(progress, k, steps);
                    Figure f = StepFigures.step(d, trace, k);
                    Path file = folder.resolve(String.format("step-%0" + digits + "d.png", k + 1));
                    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                        FigureWriters.png(f, r.scale(), out);
                    }
                }
            });
            case PDF -> AtomicOutput.writeFile(target, out -> {
                List<Figure> pages = new ArrayList<>(steps);
                for (int k = 0; k < steps; k++) {
                    tick(progress, k, steps);
                    pages.add(StepFigures.step(d, trace, k));
                }
                FigureWriters.pdf(pages, out);
            });
            default -> throw new IllegalStateException("unreachable: " + r.format());
        }
        progress.update(steps, steps);
    }

    private static void tick(ExportProgress progress, int done, int total) {
        if (progress.cancelled()) {
            throw new CancellationException("export cancelled");
        }
        progress.update(done, total);
    }
}
