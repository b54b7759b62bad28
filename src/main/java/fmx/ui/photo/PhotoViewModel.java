package fmx.ui.photo;

import fmx.compute.MapPlane;
import fmx.compute.PhotoComputeService;
import fmx.compute.PhotoRequest;
import fmx.compute.PhotoResult;
import fmx.core.ColorScale;
import fmx.core.ConvLayer;
import fmx.core.InvalidSettingException;
import fmx.core.Layer;
import fmx.core.Pipeline;
import fmx.core.Tensor;
import fmx.io.ImageLoader;
import fmx.io.InputException;
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
import javafx.beans.property.SimpleDoubleProperty;
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

    /** A decoded photo: the file (null for pasted pixels) or its name, and the tensor at the current colour. */
    private record Loaded(Path path, String name, int[] argb, int argbWidth, Tensor tensor) {}

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
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty left = new SimpleDoubleProperty(this, "left", 0);
    private final DoubleProperty top = new SimpleDoubleProperty(this, "top", 0);
    private final IntegerProperty panelWidth = new SimpleIntegerProperty(this, "panelWidth", 320);
    private final IntegerProperty panelHeight = new SimpleIntegerProperty(this, "panelHeight", 240);
    private final ReadOnlyObjectWrapper<Tensor> photo = new ReadOnlyObjectWrapper<>(this, "photo");
    private final ReadOnlyStringWrapper photoName = new ReadOnlyStringWrapper(this, "photoName", "");
    private final ReadOnlyObjectWrapper<PhotoResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<ProbeReport> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private final ReadOnlyObjectWrapper<PhotoRegion> cropped = new ReadOnlyObjectWrapper<>(this, "cropped");
    private final AtomicLong renderGeneration = new AtomicLong();
    private Loaded loaded;
    private long loadGeneration;
    private long generation;
    /** The newest preview: shown instead of the old full result while a new request runs (see recompute). */
    private PhotoResult lastPreview;
    /** The view shows the whole photo (until a zoom or pan): it fits again when the panels change size. */
    private boolean fitted = true;
    /** The mappings of the request whose result is shown (the settings may have changed since). */
    private List<StageMapping> shownMappings = List.of();

    public PhotoViewModel(SessionModel session, PhotoComputeService service, Executor background, Executor fx) {
        this.session = session;
        this.service = service;
        this.background = background;
        this.fx = fx;
        for (Observable o : session.computeInputs()) {
            if (o != session.inputProperty()) {
                o.addListener(x -> recompute());
            }
        }
        gray.addListener(x -> reconvert());
        panelWidth.addListener(x -> refitIfFitted());
        panelHeight.addListener(x -> refitIfFitted());
        for (Observable o : List.of(display, normalisation, stage, zoom, left, top, panelWidth, panelHeight, result)) {
            o.addListener(x -> render());
        }
    }

    // ---- opening ----

    /** Decodes {@code file} off the FX thread; on failure the message says why and the previous photo stays. */
    public void open(Path file) {
        open(file, file.getFileName().toString());
    }

    private void open(Path file, String name) {
        long gen = ++loadGeneration;
        boolean g = gray.get();
        long limit = maxPixels.get();
        busy.set(true);
        message.set("Opening " + name + "\u2026");
        background.execute(() -> {
            try {
                Tensor t = new ImageLoader(limit).load(file, g, false);
                fx.execute(() -> loaded(gen, new Loaded(file, name, null, 0, t)));
            } catch (InputException e) {
                fx.execute(() -> failed(gen, e.getMessage()));
            } catch (OutOfMemoryError e) {
                fx.execute(() -> failed(gen, file + ": too large for the memory this program may use"));
            }
        });
    }

    /** Opens a bundled sample (copied out of the application first). */
    public void openSample(SampleImages.Sample sample) {
        try {
            open(SampleImages.extract(sample), sample.file());
        } catch (java.io.IOException e) {
            message.set(e.getMessage());
        }
    }

    /** Pixels pasted from the clipboard: {@code argb} row-major, {@code width} per row. */
    public void openPixels(int[] argb, int width, String name) {
        long gen = ++loadGeneration;
        boolean g = gray.get();
        if ((long) argb.length > maxPixels.get()) {
            message.set(name + ": the image has " + argb.length + " pixels, over the limit of " + maxPixels.get());
            return;
        }
        background.execute(() -> {
            Tensor t = toTensor(argb, width, g);
            fx.execute(() -> loaded(gen, new Loaded(null, name, argb, width, t)));
        });
    }

    static Tensor toTensor(int[] argb, int width, boolean gray) {
        int height = argb.length / width;
        int plane = width * height;
        Tensor t = Tensor.zeros(gray ? 1 : 3, height, width);
        float[] d = t.data();
        for (int i = 0; i < plane; i++) {
            int p = argb[i];
            float r = ((p >> 16) & 255) / 255f;
            float gr = ((p >> 8) & 255) / 255f;
            float b = (p & 255) / 255f;
            if (gray) {
                d[i] = 0.299f * r + 0.587f * gr + 0.114f * b;
            } else {
                d[i] = r;
                d[i + plane] = gr;
                d[i + 2 * plane] = b;
            }
        }
        return t;
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

    private void loaded(long gen, Loaded l) {
        if (gen != loadGeneration) {
            return;
        }
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

    private void failed(long gen, String text) {
        if (gen == loadGeneration) {
            busy.set(false);
            message.set(text);
        }
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
            result.set(lastPreview);
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
                                    : "could not compute the maps: " + error);
                        }
                    }
                });
    }

    // ---- viewport ----

    /** Fits the whole photo into a panel. */
    public void fit() {
        Tensor t = photo.get();
        if (t == null) {
            return;
        }
        double z = Math.min(panelWidth.get() / (double) t.width(), panelHeight.get() / (double) t.height());
        setView(z, (t.width() - panelWidth.get() / z) / 2, (t.height() - panelHeight.get() / z) / 2);
        fitted = true;
    }

    private void refitIfFitted() {
        if (fitted) {
            fit();
        }
    }

    /** One photo pixel per screen pixel, keeping the panel's centre. */
    public void oneToOne() {
        zoomAt(1 / zoom.get(), panelWidth.get() / 2.0, panelHeight.get() / 2.0);
    }

    /** Multiplies the zoom by {@code factor} keeping the photo point under screen point (sx, sy) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double z = Math.clamp(zoom.get() * factor, 1.0 / 64, 64);
        double px = left.get() + sx / zoom.get();
        double py = top.get() + sy / zoom.get();
        setView(z, px - sx / z, py - sy / z);
        fitted = false;
    }

    /** Moves the view by a drag of (dx, dy) screen pixels. */
    public void pan(double dx, double dy) {
        setView(zoom.get(), left.get() - dx / zoom.get(), top.get() - dy / zoom.get());
        fitted = false;
    }

    private void setView(double z, double l, double t) {
        zoom.set(z);
        left.set(l);
        top.set(t);
    }

    public Viewport viewport() {
        return new Viewport(left.get(), top.get(), zoom.get(), Math.max(1, panelWidth.get()), Math.max(1, panelHeight.get()));
    }

    // ---- rendering ----

    /** Renders the panels for the current state off the FX thread; only the newest rendering is shown. */
    void render() {
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
        background.execute(() -> {
            if (gen != renderGeneration.get()) {
                return;
            }
            Frame f = renderFrame(input, r, s, maps, view, d, n);
            fx.execute(() -> {
                if (gen == renderGeneration.get()) {
                    frame.set(f);
                }
            });
        });
    }

    static Frame renderFrame(Tensor input, PhotoResult r, int s, List<StageMapping> mappings, Viewport view,
                             SignedDisplay d, Normalisation n) {
        float[] range = input.range();
        int[] photoPixels = MapRenderer.photo(input, 1, view, Math.min(0, range[0]), Math.max(1, range[1]));
        List<int[]> maps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (r != null && s >= 0 && s < mappings.size()) {
            List<MapPlane> planes = r.stages().get(s);
            float[][] ranges = MapRenderer.ranges(planes, n);
            for (int c = 0; c < planes.size(); c++) {
                ColorScale scale = MapRenderer.scale(d, ranges[c][0], ranges[c][1]);
                maps.add(MapRenderer.map(planes.get(c), mappings.get(s), r.factor(), view, d, scale));
                labels.add("map " + (c + 1) + String.format(java.util.Locale.ROOT, "  [%.3g, %.3g]", ranges[c][0],
                        ranges[c][1]));
            }
        }
        return new Frame(view, photoPixels, maps, labels, r != null && r.preview());
    }

    // ---- probe and crop ----

    /** Probes photo pixel (x, y); outside the photo clears the probe. */
    public void probeAt(int x, int y) {
        Tensor t = photo.get();
        if (t == null || x < 0 || y < 0 || x >= t.width() || y >= t.height()) {
            probe.set(null);
            return;
        }
        float[] in = new float[t.channels()];
        for (int c = 0; c < in.length; c++) {
            in[c] = t.get(c, y, x);
        }
        PhotoResult r = result.get();
        List<ProbeReport.MapValue> values = new ArrayList<>();
        PhotoRegion field = new PhotoRegion(x, y, 1, 1);
        if (r != null && stage.get() < r.stages().size() && stage.get() < shownMappings.size()) {
            int s = stage.get();
            StageMapping m = shownMappings.get(s);
            int f = r.factor();
            int oy = m.mapRow(y + 0.5, f);
            int ox = m.mapColumn(x + 0.5, f);
            List<MapPlane> planes = r.stages().get(s);
            for (int c = 0; c < planes.size(); c++) {
                MapPlane p = planes.get(c);
                if (oy >= 0 && ox >= 0 && oy < p.height() && ox < p.width()) {
                    values.add(new ProbeReport.MapValue(c, oy, ox, p.value(oy, ox), p.maxError()));
                }
            }
            if (f == 1 && oy >= 0 && ox >= 0) {
                double cy = m.centreRow(oy);
                double cx = m.centreColumn(ox);
                int y0 = (int) Math.ceil(cy - (m.fieldY() - 1) / 2.0);
                int x0 = (int) Math.ceil(cx - (m.fieldX() - 1) / 2.0);
                field = new PhotoRegion(x0, y0, m.fieldX(), m.fieldY());
            }
        }
        probe.set(new ProbeReport(x, y, in, values, field, r != null && r.preview()));
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
        session.edit("Crop photo to grid", () -> {
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
        return zoom;
    }

    public DoubleProperty leftProperty() {
        return left;
    }

    public DoubleProperty topProperty() {
        return top;
    }

    public IntegerProperty panelWidthProperty() {
        return panelWidth;
    }

    public IntegerProperty panelHeightProperty() {
        return panelHeight;
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
                case ConvLayer c -> "convolution";
                case fmx.core.ActivationLayer a -> a.function().id();
                case fmx.core.PoolLayer p -> p.mode().name().toLowerCase(java.util.Locale.ROOT) + " pool";
            });
        }
        return names;
    }
}
