package fmx.ui.photo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.compute.MapPlane;
import fmx.compute.PhotoComputeService;
import fmx.core.Tensor;
import fmx.ui.session.SessionModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo tab's view-model without the toolkit: "FX thread" tasks queue up and the test thread runs them. */
class PhotoViewModelTest {
    /** Stands for the FX thread: tasks from any thread wait here until the test runs them. */
    private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Executor fx = fxQueue::add;
    private final Executor background = r -> Thread.ofPlatform().daemon().start(r);
    private PhotoComputeService service;
    private SessionModel session;
    private PhotoViewModel vm;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        service = new PhotoComputeService(fx, 2);
        session = new SessionModel();
        vm = new PhotoViewModel(session, service, background, fx);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private void runFxUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            Runnable r = fxQueue.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("timed out");
            }
            r.run();
        }
    }

    private SampleImages.Sample sample(String file) {
        return SampleImages.bundled().samples().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
    }

    private void openAndCompute(String file) throws InterruptedException {
        vm.openSample(sample(file));
        runFxUntil(() -> vm.resultProperty().get() != null && !vm.resultProperty().get().preview()
                && !vm.busyProperty().get() && vm.frameProperty().get() != null
                && vm.frameProperty().get().maps().size() == session.filtersProperty().get().count());
    }

    @Test
    void theGalleryListsEverySampleWithItsLicence() {
        var samples = SampleImages.bundled().samples();
        assertEquals(10, samples.size());
        assertEquals("CC0, photographer Lav Varshney", sample("camera.png").licence());
        assertEquals("512x512 gray", sample("camera.png").size());
    }

    @Test
    void opensASampleAndComputesItsMapsWithTheSessionsLayers() throws Exception {
        openAndCompute("chelsea.png");
        Tensor photo = vm.photoProperty().get();
        assertEquals(3, photo.channels());
        assertEquals(451, photo.width());
        assertEquals("chelsea.png", vm.photoNameProperty().get());
        // The session's 1-channel vertical-edge filter, fitted to 3 channels: each slice a third.
        assertEquals(3, vm.pipeline().layers().getFirst() instanceof fmx.core.ConvLayer c ? c.filters().channels() : 0);
        PhotoViewModel.Frame f = vm.frameProperty().get();
        assertEquals(vm.panelWidthProperty().get() * vm.panelHeightProperty().get(), f.photo().length);
        assertEquals(1, f.maps().size());
    }

    @Test
    void switchingToGreyReconvertsThePhoto() throws Exception {
        openAndCompute("coffee.png");
        Tensor rgb = vm.photoProperty().get();
        vm.grayProperty().set(true);
        runFxUntil(() -> vm.photoProperty().get().channels() == 1 && !vm.busyProperty().get());
        Tensor grey = vm.photoProperty().get();
        assertEquals(0.299f * rgb.get(0, 10, 20) + 0.587f * rgb.get(1, 10, 20) + 0.114f * rgb.get(2, 10, 20),
                grey.get(0, 10, 20), 1e-5f);
        assertEquals("coffee.png", vm.photoNameProperty().get());
    }

    @Test
    void aDamagedFileLeavesThePreviousPhotoAndSaysWhy() throws Exception {
        openAndCompute("camera.png");
        Tensor before = vm.photoProperty().get();
        Path bad = dir.resolve("broken.png");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        vm.open(bad);
        runFxUntil(() -> !vm.busyProperty().get());
        assertTrue(vm.messageProperty().get().startsWith(bad.toString() + ": "), vm.messageProperty().get());
        assertSame(before, vm.photoProperty().get());
    }

    @Test
    void theProbeShowsTheInputEachMapsValueAndTheReceptiveField() throws Exception {
        openAndCompute("camera.png");
        vm.probeAt(100, 50);
        ProbeReport p = vm.probeProperty().get();
        Tensor photo = vm.photoProperty().get();
        float grey = photo.get(0, 50, 100); // a grey file opened as RGB: three equal channels
        assertArrayEquals(new float[] {grey, grey, grey}, p.input());
        MapPlane map = vm.resultProperty().get().map(0, 0);
        // The default session: 3 x 3 vertical edge, no padding: map (49, 99) has its window centred on (50, 100).
        ProbeReport.MapValue v = p.maps().getFirst();
        assertEquals(49, v.row());
        assertEquals(99, v.column());
        assertEquals(map.value(49, 99), v.value());
        float expected = 0;
        for (int dy = -1; dy <= 1; dy++) {
            expected += photo.get(0, 50 + dy, 99) - photo.get(0, 50 + dy, 101);
        }
        assertEquals(expected, v.value(), 1e-5f); // the filter fitted to 3 channels: a third on each
        assertEquals(new PhotoRegion(99, 49, 3, 3), p.field());
        vm.probeAt(-1, 5);
        assertNull(vm.probeProperty().get());
    }

    @Test
    void cropSendsAPatchToTheGridAsOneUndoableEdit() throws Exception {
        openAndCompute("chelsea.png");
        Tensor before = session.inputProperty().get();
        vm.cropToGrid(new PhotoRegion(200, 100, 100, 20));
        Tensor patch = session.inputProperty().get();
        assertEquals(new fmx.core.Shape3(3, 20, 64), patch.shape(), "at most 64 per side");
        assertEquals(vm.photoProperty().get().get(2, 105, 210), patch.get(2, 5, 10));
        assertEquals(3, session.filtersProperty().get().channels());
        assertEquals(new PhotoRegion(200, 100, 64, 20), vm.croppedProperty().get());
        session.undoStack().undo();
        assertSame(before, session.inputProperty().get());
        assertEquals(1, session.filtersProperty().get().channels());
    }

    @Test
    void zoomKeepsThePointUnderTheMouseAndPanMovesEveryPanelAlike() throws Exception {
        openAndCompute("camera.png");
        vm.fit();
        Viewport v = vm.viewport();
        double px = v.photoX(100);
        double py = v.photoY(80);
        vm.zoomAt(2, 100, 80);
        assertEquals(px, vm.viewport().photoX(100), 1e-9);
        assertEquals(py, vm.viewport().photoY(80), 1e-9);
        vm.oneToOne();
        assertEquals(1, vm.zoomProperty().get(), 1e-12);
        double left = vm.leftProperty().get();
        vm.pan(30, 0);
        assertEquals(left - 30, vm.leftProperty().get(), 1e-9);
    }

    @Test
    void signedDisplaysAndNormalisationsChangeTheColours() throws Exception {
        openAndCompute("camera.png");
        int[] diverging = vm.frameProperty().get().maps().getFirst();
        vm.displayProperty().set(SignedDisplay.CLIPPED);
        runFxUntil(() -> vm.frameProperty().get().maps().getFirst() != diverging);
        int[] clipped = vm.frameProperty().get().maps().getFirst();
        for (int argb : clipped) {
            assertEquals((argb >> 16) & 255, argb & 255, "clipped is grey");
        }
        assertFalse(java.util.Arrays.equals(diverging, clipped));
        vm.normalisationProperty().set(Normalisation.PERCENTILES);
        runFxUntil(() -> vm.frameProperty().get().maps().getFirst() != clipped);
        assertNotNull(vm.frameProperty().get().labels().getFirst());
    }

    @Test
    void aNewerEditWinsOverOlderWork() throws Exception {
        openAndCompute("hubble_deep_field.jpg");
        session.strideXProperty().set(2);
        session.strideXProperty().set(3);
        runFxUntil(() -> !vm.busyProperty().get() && vm.resultProperty().get() != null
                && !vm.resultProperty().get().preview());
        assertEquals((1000 - 3) / 3 + 1, vm.resultProperty().get().map(0, 0).width());
    }
}
