package fmx.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.export.ExportFormat;
import fmx.export.ExportRequest;
import fmx.export.FigureKind;
import fmx.io.InputSource;
import fmx.io.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's state without the toolkit: direct executors, an in-memory preference store. */
class ExportViewModelTest {
    @TempDir
    Path dir;
    private final Tensor input = Tensor.of(new float[][] {{1, 2, 3, 0}, {0, 1, 2, 3}, {3, 1, 0, 2}, {2, 3, 1, 0}});
    private final Session session = new Session(new InputSource.Grid(input), List.of(
            ConvLayer.of(FilterBank.single(new float[][][] {{{1, 0, -1}, {1, 0, -1}, {1, 0, -1}}})),
            ActivationLayer.of(ActivationFunction.RELU)));
    private final ExportPreferences prefs = ExportPreferences.inMemory();
    /** Background work queued, to run when the test says (a direct executor would hide the ordering). */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor background = queued::add;
    private ExportViewModel vm;

    @BeforeEach
    void open() {
        prefs.put("folder", dir.toString());
        vm = new ExportViewModel(() -> session, () -> input, background, Runnable::run, prefs);
        vm.load();
        assertEquals("preparing the figures\u2026", vm.messageProperty().get(), "the figures are computed in the background");
        assertFalse(vm.validProperty().get());
        runQueued();
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }

    @Test
    void theFormatsFollowTheFigureAndAnUnallowedFormatIsReplaced() {
        vm.figureProperty().set(FigureKind.MAPS);
        vm.formatProperty().set(ExportFormat.NPY);
        assertEquals(List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF, ExportFormat.CSV,
                ExportFormat.NPY), vm.formats());
        vm.figureProperty().set(FigureKind.ANIMATION);
        assertEquals(List.of(ExportFormat.GIF, ExportFormat.PDF, ExportFormat.PNG), vm.formats().stream()
                .sorted(java.util.Comparator.comparing(f -> f.id())).toList());
        assertEquals(ExportFormat.PNG, vm.formatProperty().get(), "npy is not allowed: the first allowed format");
        assertEquals("fmx-animation", vm.fileNameProperty().get(), "a PNG sequence is a folder");
        vm.formatProperty().set(ExportFormat.GIF);
        assertEquals("fmx-animation.gif", vm.fileNameProperty().get());
    }

    @Test
    void aPreviewIsRenderedInTheBackgroundForFiguresOnly() {
        vm.figureProperty().set(FigureKind.SHEET);
        runQueued();
        ExportViewModel.Preview p = vm.previewProperty().get();
        assertNotNull(p);
        assertEquals(p.width() * p.height(), p.argb().length);
        vm.figureProperty().set(FigureKind.MAPS);
        vm.formatProperty().set(ExportFormat.CSV);
        runQueued();
        assertNull(vm.previewProperty().get(), "numbers have no picture");
    }

    @Test
    void aSessionTheFiguresCannotShowIsExplained() {
        Session poolFirst = new Session(new InputSource.Grid(input), List.of(
                new fmx.core.PoolLayer(fmx.core.PoolMode.MAX, fmx.core.Int2.of(2), fmx.core.Int2.of(2))));
        ExportViewModel other = new ExportViewModel(() -> poolFirst, () -> input, background, Runnable::run, prefs);
        other.load();
        runQueued();
        assertFalse(other.validProperty().get());
        assertTrue(other.messageProperty().get().contains("figures show a convolution"),
                other.messageProperty().get());
    }

    @Test
    void aBadChoiceIsExplainedAndBlocksTheExport() {
        vm.figureProperty().set(FigureKind.STEP);
        assertEquals(5, vm.stepCountProperty().get(), "2x2 convolution steps, then the activation step");
        vm.stepProperty().set(9);
        assertFalse(vm.validProperty().get());
        assertEquals("--step must be 1 to 5, got 9", vm.messageProperty().get());
    }

    @Test
    void exportWritesInTheBackgroundReportsAndRemembersTheChoices() {
        vm.figureProperty().set(FigureKind.MAPS);
        vm.formatProperty().set(ExportFormat.NPY);
        vm.filterProperty().set(1);
        assertEquals(0, vm.request().filter(), "Filter 1 is index 0");
        vm.export();
        assertTrue(vm.busyProperty().get());
        runQueued();
        assertFalse(vm.busyProperty().get());
        Path written = dir.resolve("fmx-maps.npy");
        assertTrue(Files.exists(written));
        assertEquals(written, vm.lastWrittenProperty().get());
        assertEquals("Saved fmx-maps.npy", vm.messageProperty().get());
        assertEquals(1.0, vm.progressProperty().get());

        ExportViewModel reopened = new ExportViewModel(() -> session, () -> input, background, Runnable::run, prefs);
        assertEquals(FigureKind.MAPS, reopened.figureProperty().get());
        assertEquals(ExportFormat.NPY, reopened.formatProperty().get());
        assertEquals(dir, reopened.folderProperty().get());
    }

    @Test
    void aCancelledAnimationWritesNothing() throws Exception {
        vm.figureProperty().set(FigureKind.ANIMATION);
        vm.formatProperty().set(ExportFormat.GIF);
        vm.export();
        vm.cancel();
        runQueued();
        assertEquals("Cancelled; nothing was written", vm.messageProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals(ExportRequest.ALL, vm.request().filter());
    }
}
