package fmx.ui.photo;

import fmx.compute.PhotoComputeService;
import fmx.compute.PhotoRequest;
import fmx.compute.PhotoResult;
import fmx.core.ConvLayer;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.Pipeline;
import fmx.core.Tensor;
import fmx.io.ImageLoader;
import fmx.ui.session.SessionModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The photo tab: which photo (opened from a file, a sample, or pixels pasted), grey or RGB, the session's layers
 * run on it progressively (preview, then full resolution, a newer edit cancelling older work), one viewport shared
 * by the photo and every map (zoom and pan locked together), the signed-value display and normalisation, the pixel
 * probe, and cropping a patch into the numeric grid. Decoding, computing and rendering run on the background
 * executor and the compute service; results come back through the FX executor. FX-thread only; no scene classes.
 */
public final class PhotoViewModel {
    /** A rendered frame: the viewport, the photo's pixels and each map's, ARGB, one array per panel. */
    public record Frame(Viewport viewport, int[] photo, List<int[]> maps, List<String> labels, boolean preview) {}

    private final SessionModel session;
    private final PhotoComputeService service;
    private final Executor background;
    private final Executor fx;
    private final LongProperty maxPixels = new SimpleLongProperty(this, "maxPixels", ImageLoader.DEFAULT_MAX_PIXELS);
    private final BooleanProperty gray = new SimpleBooleanProperty(this, "gray", false);
    private final ObjectProperty<SignedDisplay> display = new SimpleObjectProperty<>(this, "display", SignedDisplay.DIVERGING);
    private final ObjectProperty<Normalisation> normalisation =
            new SimpleObjectProperty<>(this, "normalisation", Normalisation.PER_MAP);
    private final IntegerProperty stage = new SimpleIntegerProperty(this, "stage", 0);
    private final ReadOnlyObjectWrapper<Tensor> photo = new ReadOnlyObjectWrapper<>(this, "photo");
    private final ReadOnlyStringWrapper photoName = new ReadOnlyStringWrapper(this, "photoName", "");
    private final ReadOnlyObjectWrapper<PhotoResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<ProbeReport> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private final ReadOnlyObjectWrapper<PhotoRegion> cropped = new ReadOnlyObjectWrapper<>(this, "cropped");
    private final SharedViewport viewport = new SharedViewport(this, photo::get);
    private final PhotoDecoder decoder;
    private final AtomicLong renderGeneration = new AtomicLong();
    private PhotoDecoder.Decoded loaded;
    private long generation;
    /** The newest preview: shown instead of the old full result while a new request runs (see recompute). */
    private PhotoResult lastPreview;
    /** The mappings of the request whose result is shown (the settings may have changed since). */
    private List<StageMapping> shownMappings = List.of();
    /** True while the full result is swapped for its preview to free memory, which changes nothing on screen. */
    private boolean swapping;
    /** What the panels draw the photo from (see {@link MapRenderer.PhotoSource}); written by render threads. */
    private volatile MapRenderer.PhotoSource photoSource;

    public PhotoViewModel(SessionModel session, PhotoComputeService service, Executor background, Executor fx) {
        this.session = session;
        this.service = service;
        this.background = background;
        this.fx = fx;
        this.decoder = new PhotoDecoder(background, fx, this::loaded, this::failed);
        for (Observable o : session.computeInputs()) {
            if (o != session.inputProperty()) {
                o.addListener(x -> recompute());
            }
        }
        gray.addListener(x -> reconvert());
        for (Observable o : List.of(display, normalisation, stage, viewport.zoom(), viewport.left(), viewport.top(),
                viewport.panelWidth(), viewport.panelHeight(), result)) {
            o.addListener(x -> render());
        }
    }

    // ---- opening ----

    /** Decodes {@code file} off the FX thread; on failure the message says why and the previous photo stays. */
    public void open(Path file) {
        open(file, file.getFileName().toString());
    }

    private void open(Path file, String name) {
        opening(name);
        decoder.decode(file, name, gray.get(), maxPixels.get());
    }

    private void opening(String name) {
        busy.set(true);
        message.set(Messages.TEXTS.text("status.opening", name));
    }

    /** Opens a bundled sample (copied out of the application first, off the FX thread). */
    public void openSample(SampleImages.Sample sample) {
        opening(sample.file());
        decoder.decodeSample(sample, gray.get(), maxPixels.get());
    }

    /** Pixels pasted from the clipboard: {@code argb} row-major, {@code width} per row. */
    public void openPixels(int[] argb, int width, String name) {
        if ((long) argb.length > maxPixels.get()) {
            decoder.supersede();
            message.set(Messages.TEXTS.text("status.overLimit", name, String.valueOf(argb.length),
                    String.valueOf(maxPixels.get())));
            return;
        }
        decoder.convert(argb, width, name, gray.get());
    }

    private void reconvert() {
        if (loaded == null) {
            return;
        }
        if (loaded.path() != null) {
            open(loaded.path(), loaded.name());
        } else {
            openPixels(loaded.argb(), loaded.argbWidth(), loaded.name());
        }
    }

    private void loaded(PhotoDecoder.Decoded l) {
        boolean samePhoto = loaded != null && loaded.tensor().width() == l.tensor().width()
                && loaded.tensor().height() == l.tensor().height() && java.util.Objects.equals(loaded.path(), l.path());
        loaded = l;
        if (!samePhoto) {
            photoName.set(l.name());
            cropped.set(null);
            probe.set(null);
        }
        message.set("");
        photo.set(l.tensor());
        lastPreview = null;
        result.set(null);
        if (!samePhoto) {
            fit();
        }
        recompute();
    }

    private void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    // ---- computing ----

    /** The session's layers, their filters fitted to the photo's channels. */
    Pipeline pipeline() {
        Pipeline p = session.pipeline();
        List<Layer> layers = new ArrayList<>(p.layers());
        if (layers.getFirst() instanceof ConvLayer conv && photo.get() != null) {
            layers.set(0, conv.withFilters(PhotoFilters.adapt(conv.filters(), photo.get().channels())));
        }
        return new Pipeline(layers);
    }

    /** Sends the photo and the current layers to the service; any older request stops. */
    public void recompute() {
        Tensor input = photo.get();
        if (input == null) {
            return;
        }
        long gen = ++generation;
        Pipeline p = pipeline();
        List<StageMapping> requestMappings;
        try {
            requestMappings = StageMapping.of(p, input.shape());
        } catch (InvalidSettingException e) {
            service.cancel();
            busy.set(false);
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        progress.set(0);
        // Let the old full-resolution maps go before the new ones are made: two sets of a 12 MP photo's maps
        // would not fit the memory budget. Its preview (small) stays on screen until the new preview arrives.
        if (result.get() != null && !result.get().preview() && lastPreview != null) {
            // The panels on screen stay as they are: rendering the old preview now would only take a core from
            // the new one (the preview of a 12 MP photo was ready 20 ms after an edit with it, 10 without).
            swapping = true;
            try {
                result.set(lastPreview);
            } finally {
                swapping = false;
            }
        }
        Set<Integer> onScreen = Set.of(Math.max(0, session.selectedFilterProperty().get()));
        service.submit(new PhotoRequest(gen, input, p, PhotoRequest.DEFAULT_PREVIEW_SIDE, PhotoRequest.defaultBudget(),
                onScreen), new PhotoComputeService.Callbacks() {
                    @Override
                    public void preview(PhotoResult preview) {
                        if (gen == generation) {
                            shownMappings = requestMappings;
                            lastPreview = preview;
                            result.set(preview);
                        }
                    }

                    @Override
                    public void progress(double fraction) {
                        if (gen == generation) {
                            progress.set(fraction);
                        }
                    }

                    @Override
                    public void result(PhotoResult full) {
                        if (gen == generation) {
                            busy.set(false);
                            message.set("");
                            shownMappings = requestMappings;
                            result.set(full);
                        }
                    }

                    @Override
                    public void error(Throwable error) {
                        if (gen == generation) {
                            busy.set(false);
                            message.set(error instanceof InvalidSettingException ? error.getMessage()
                                    : Messages.TEXTS.text("status.computeFailed", String.valueOf(error)));
                        }
                    }
                });
    }

    // ---- viewport ----

    /** Fits the whole photo into a panel. */
    public void fit() {
        viewport.fit();
    }

    /** One photo pixel per screen pixel, keeping the panel's centre. */
    public void oneToOne() {
        viewport.oneToOne();
    }

    /** Multiplies the zoom by {@code factor} keeping the photo point under screen point (sx, sy) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        viewport.zoomAt(factor, sx, sy);
    }

    /** Moves the view by a drag of (dx, dy) screen pixels. */
    public void pan(double dx, double dy) {
        viewport.pan(dx, dy);
    }

    public Viewport viewport() {
        return viewport.snapshot();
    }

    // ---- rendering ----

    /** Renders the panels for the current state off the FX thread; only the newest rendering is shown. */
    void render() {
        if (swapping) {
            return;
        }
        PhotoResult r = result.get();
        Tensor input = photo.get();
        if (input == null) {
            return;
        }
        long gen = renderGeneration.incrementAndGet();
        Viewport view = viewport();
        SignedDisplay d = display.get();
        Normalisation n = normalisation.get();
        List<StageMapping> maps = shownMappings;
        int s = r == null ? -1 : Math.clamp(stage.get(), 0, r.stages().size() - 1);
        PhotoResult shrunk = lastPreview;
        background.execute(() -> {
            if (gen != renderGeneration.get()) {
                return;
            }
            Frame f = MapRenderer.frame(source(input, shrunk), r, s, maps, view, d, n);
            fx.execute(() -> {
                if (gen == renderGeneration.get()) {
                    frame.set(f);
                }
            });
        });
    }

    /** The photo's drawing source, its range scanned once per photo; render threads only. */
    private MapRenderer.PhotoSource source(Tensor input, PhotoResult preview) {
        MapRenderer.PhotoSource next = MapRenderer.PhotoSource.update(photoSource, input, preview);
        photoSource = next;
        return next;
    }

    // ---- probe and crop ----

    /** Probes photo pixel (x, y); outside the photo clears the probe. */
    public void probeAt(int x, int y) {
        probe.set(PhotoProbe.at(photo.get(), x, y, result.get(), stage.get(), shownMappings));
    }

    public void clearProbe() {
        probe.set(null);
    }

    /**
     * Sends {@code region} of the photo (at most 64 x 64) to the numeric grid as one undoable edit, fitting the
     * filters to the photo's channels; the photo view keeps showing where the patch came from.
     */
    public void cropToGrid(PhotoRegion region) {
        Tensor t = photo.get();
        if (t == null) {
            return;
        }
        PhotoRegion r = PhotoRegion.spanning(region.x(), region.y(), region.x() + region.width() - 1,
                region.y() + region.height() - 1, t.width(), t.height());
        Tensor patch = PhotoFilters.crop(t, r);
        session.edit(Messages.TEXTS.text("undo.crop"), () -> {
            session.filtersProperty().set(PhotoFilters.adapt(session.filtersProperty().get(), t.channels()));
            session.inputProperty().set(patch);
        });
        cropped.set(r);
    }

    // ---- properties ----

    public LongProperty maxPixelsProperty() {
        return maxPixels;
    }

    public BooleanProperty grayProperty() {
        return gray;
    }

    public ObjectProperty<SignedDisplay> displayProperty() {
        return display;
    }

    public ObjectProperty<Normalisation> normalisationProperty() {
        return normalisation;
    }

    public IntegerProperty stageProperty() {
        return stage;
    }

    public DoubleProperty zoomProperty() {
        return viewport.zoom();
    }

    public DoubleProperty leftProperty() {
        return viewport.left();
    }

    public DoubleProperty topProperty() {
        return viewport.top();
    }

    public IntegerProperty panelWidthProperty() {
        return viewport.panelWidth();
    }

    public IntegerProperty panelHeightProperty() {
        return viewport.panelHeight();
    }

    public ReadOnlyObjectProperty<Tensor> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty photoNameProperty() {
        return photoName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PhotoResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProbeReport> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PhotoRegion> croppedProperty() {
        return cropped.getReadOnlyProperty();
    }

    /** The names of the stages, for a chooser: "conv", "relu", "max pool". */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        for (Layer l : session.pipeline().layers()) {
            names.add(switch (l) {
                case ConvLayer c -> Messages.TEXTS.text("stage.conv");
                case fmx.core.ActivationLayer a -> a.function().id();
                case fmx.core.PoolLayer p ->
                        Messages.TEXTS.text("stage.pool", p.mode().name().toLowerCase(java.util.Locale.ROOT));
            });
        }
        return names;
    }
}
