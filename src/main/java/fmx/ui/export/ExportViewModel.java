package fmx.ui.export;

import fmx.core.InvalidSettingException;
import fmx.core.Tensor;
import fmx.export.ExportFormat;
import fmx.export.ExportProgress;
import fmx.export.ExportRequest;
import fmx.export.Exporter;
import fmx.export.Figure;
import fmx.export.FigureData;
import fmx.export.FigureKind;
import fmx.export.FigureWriters;
import fmx.export.Stage;
import fmx.io.IoMessages;
import fmx.io.Session;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File > Export dialog's state: what to export (figure, format, scale, filter, stage, step), where (a folder
 * and a file name), a preview of the figure, validation, and the export run in the background with progress and
 * cancel. The last choices are remembered in {@link ExportPreferences}. The session comes from a supplier,
 * snapshotted when the dialog opens ({@link #load}). Work runs on {@code background}; results reach the properties
 * through {@code fx}. FX thread only (in tests: a direct executor).
 */
public final class ExportViewModel {
    /** A rendered preview: ARGB pixels, row-major. */
    public record Preview(int width, int height, int[] argb) {}

    private long loadGeneration;
    private String loadProblem = "";
    private static final int PREVIEW_MAX = 560;

    private final Supplier<Session> sessions;
    private final Supplier<Tensor> inputs;
    private final Executor background;
    private final Executor fx;
    private final ExportPreferences prefs;

    private final ObjectProperty<FigureKind> figure = new SimpleObjectProperty<>(this, "figure", FigureKind.SHEET);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final ObservableList<ExportFormat> formats = FXCollections.observableArrayList();
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 2);
    /** 0: all filters; k: filter k (as labelled). */
    private final IntegerProperty filter = new SimpleIntegerProperty(this, "filter", 0);
    /** null: every stage. */
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage");
    /** 1-based. */
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 1);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final ObjectProperty<String> fileName = new SimpleObjectProperty<>(this, "fileName", "");
    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember", true);

    private final ReadOnlyIntegerWrapper filterCount = new ReadOnlyIntegerWrapper(this, "filterCount", 1);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount", 1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>(this, "lastWritten");

    private Session session;
    private FigureData data;
    private AtomicBoolean cancel = new AtomicBoolean();
    private long previewGeneration;

    public ExportViewModel(Supplier<Session> sessions, Supplier<Tensor> inputs, Executor background, Executor fx,
                           ExportPreferences prefs) {
        this.sessions = sessions;
        this.inputs = inputs;
        this.background = background;
        this.fx = fx;
        this.prefs = prefs;
        restore();
        figure.addListener((o, was, now) -> {
            updateFormats();
            suggestName();
            refresh();
        });
        format.addListener((o, was, now) -> {
            suggestName();
            refresh();
        });
        for (var p : java.util.List.of(scale, filter, step)) {
            p.addListener(o -> refresh());
        }
        stage.addListener(o -> refresh());
        folder.addListener(o -> validate());
        fileName.addListener(o -> validate());
        updateFormats();
    }

    private void restore() {
        FigureKind k = FigureKind.byId(prefs.get("figure", FigureKind.SHEET.id()));
        figure.set(k == null ? FigureKind.SHEET : k);
        ExportFormat f = ExportFormat.byId(prefs.get("format", ExportFormat.PNG.id()));
        format.set(f == null || !figure.get().allows(f) ? figure.get().formats().iterator().next() : f);
        try {
            scale.set(Math.clamp(Integer.parseInt(prefs.get("scale", "2")), 1, ExportRequest.MAX_SCALE));
        } catch (NumberFormatException e) {
            scale.set(2);
        }
        folder.set(Path.of(prefs.get("folder", System.getProperty("user.home"))));
        suggestName();
    }

    /**
     * Takes a snapshot of the session and computes what the figures show, in the background (a photo session can
     * be large); call when the dialog opens. Until it is done the dialog says so and offers no export.
     */
    public void load() {
        Session snapshot = sessions.get();
        Tensor input = inputs.get();
        session = snapshot;
        data = null;
        loadProblem = Messages.TEXTS.text("status.preparing");
        long generation = ++loadGeneration; // a load still running for an older snapshot is dropped
        refresh();
        background.execute(() -> {
            FigureData computed = null;
            String problem = null;
            try {
                computed = FigureData.compute(input, false, snapshot.layers(), snapshot.view());
            } catch (InvalidSettingException e) {
                problem = e.getMessage();
            } catch (RuntimeException | OutOfMemoryError e) {
                problem = Messages.TEXTS.text("status.cannotDraw", String.valueOf(e));
            }
            FigureData result = computed;
            String why = problem;
            fx.execute(() -> {
                if (generation != loadGeneration) {
                    return;
                }
                data = result;
                loadProblem = why;
                if (result != null) {
                    filterCount.set(result.filterCount());
                    filter.set(Math.min(filter.get(), result.filterCount()));
                }
                refresh();
            });
        });
    }

    private void updateFormats() {
        formats.setAll(figure.get().formats());
        if (!figure.get().allows(format.get())) {
            format.set(formats.getFirst());
        }
    }

    private void suggestName() {
        ExportRequest r = ExportRequest.of(figure.get(), format.get());
        fileName.set(r.writesFolder() ? "fmx-" + figure.get().id() : "fmx-" + figure.get().id() + "." + format.get().id());
    }

    /** The request the controls describe (filter and step converted to the 0-based indices of fmx.export). */
    public ExportRequest request() {
        return new ExportRequest(figure.get(), format.get(), scale.get(),
                filter.get() <= 0 ? ExportRequest.ALL : filter.get() - 1, stage.get(), step.get() - 1);
    }

    public Path target() {
        return folder.get() == null ? null : folder.get().resolve(fileName.get() == null ? "" : fileName.get());
    }

    private void refresh() {
        if (data != null && (figure.get() == FigureKind.STEP || figure.get() == FigureKind.ANIMATION)) {
            try {
                stepCount.set(Exporter.trace(data, request().filter()).stepCount());
            } catch (RuntimeException e) {
                stepCount.set(1);
            }
        }
        validate();
        renderPreview();
    }

    private void validate() {
        String problem;
        if (data == null) {
            problem = session == null ? "" : loadProblem;
        } else if (fileName.get() == null || fileName.get().isBlank() || folder.get() == null) {
            problem = Messages.TEXTS.text("status.chooseTarget");
        } else {
            problem = Exporter.problem(request(), data);
        }
        message.set(problem == null ? "" : problem);
        valid.set(problem == null);
    }

    private void renderPreview() {
        long generation = ++previewGeneration; // a render still running for an older choice is dropped
        if (data == null || !valid.get() || figure.get() == FigureKind.SESSION
                || format.get() == ExportFormat.CSV || format.get() == ExportFormat.NPY) {
            preview.set(null);
            return;
        }
        ExportRequest r = request();
        FigureData d = data;
        background.execute(() -> {
            Preview p = render(Exporter.figure(r, d), PREVIEW_MAX);
            fx.execute(() -> {
                if (generation == previewGeneration) {
                    preview.set(p);
                }
            });
        });
    }

    /** The figure as pixels, scaled down to fit {@code max} pixels when bigger. */
    static Preview render(Figure f, int max) {
        BufferedImage full = FigureWriters.raster(f, 1);
        double s = Math.min(1, (double) max / Math.max(full.getWidth(), full.getHeight()));
        BufferedImage img = full;
        if (s < 1) {
            img = new BufferedImage((int) Math.round(full.getWidth() * s), (int) Math.round(full.getHeight() * s),
                    BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(full, 0, 0, img.getWidth(), img.getHeight(), null);
            g.dispose();
        }
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new Preview(img.getWidth(), img.getHeight(), argb);
    }

    /** Renders one filter's maps (0-based; all when negative) and hands the pixels to {@code onFx}: Copy image. */
    public void copyMaps(int filterIndex, Consumer<Preview> onFx) {
        Session s = sessions.get();
        Tensor input = inputs.get();
        background.execute(() -> {
            try {
                FigureData d = FigureData.compute(input, false, s.layers(), s.view());
                Preview p = render(fmx.export.Figures.maps(d, null, filterIndex), 4000);
                fx.execute(() -> onFx.accept(p));
            } catch (InvalidSettingException e) {
                fx.execute(() -> message.set(e.getMessage()));
            } catch (RuntimeException | OutOfMemoryError e) {
                fx.execute(() -> message.set(Messages.TEXTS.text("status.copyFailed", String.valueOf(e))));
            }
        });
    }

    /** Writes the export in the background; progress and the outcome arrive on the FX executor. */
    public void export() {
        if (!valid.get() || busy.get()) {
            return;
        }
        ExportRequest r = request();
        Path target = target();
        FigureData d = data;
        Session s = session;
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        busy.set(true);
        progress.set(0);
        message.set(Messages.TEXTS.text("status.exporting"));
        if (remember.get()) {
            prefs.put("figure", r.figure().id());
            prefs.put("format", r.format().id());
            prefs.put("scale", Integer.toString(r.scale()));
            prefs.put("folder", folder.get().toString());
        }
        background.execute(() -> {
            String outcome;
            boolean ok = false;
            try {
                Exporter.write(r, d, s, target, new ExportProgress() {
                    @Override
                    public void update(int done, int total) {
                        fx.execute(() -> progress.set(total == 0 ? 1 : (double) done / total));
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
                outcome = Messages.TEXTS.text("status.saved", String.valueOf(target.getFileName()));
                ok = true;
            } catch (CancellationException e) {
                outcome = Messages.TEXTS.text("status.cancelled");
            } catch (IOException e) {
                outcome = Messages.TEXTS.text("status.cannotWrite", String.valueOf(target), IoMessages.describe(e));
            } catch (IllegalArgumentException e) {
                outcome = e.getMessage();
            } catch (RuntimeException | OutOfMemoryError e) {
                // Anything else would end the task silently and leave the dialog busy for ever.
                outcome = Messages.TEXTS.text("status.failed", String.valueOf(e));
            }
            String text = outcome;
            boolean written = ok;
            fx.execute(() -> {
                busy.set(false);
                progress.set(written ? 1 : 0);
                message.set(text);
                if (written) {
                    lastWritten.set(target);
                }
            });
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    public ObjectProperty<FigureKind> figureProperty() {
        return figure;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The formats the chosen figure allows. */
    public ObservableList<ExportFormat> formats() {
        return FXCollections.unmodifiableObservableList(formats);
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public IntegerProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<String> fileNameProperty() {
        return fileName;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyIntegerProperty filterCountProperty() {
        return filterCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }
}
