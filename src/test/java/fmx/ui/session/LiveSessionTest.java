package fmx.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.compute.ComputeResult;
import fmx.core.KernelPreset;
import fmx.core.Tensor;
import fmx.ui.input.InputViewModel;
import fmx.ui.kernel.KernelViewModel;
import fmx.ui.maps.MapsViewModel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The view-models over a synchronous compute service: every edit gives the maps the core computes. */
class LiveSessionTest {
    private SessionModel session;
    private LiveComputation live;
    private InputViewModel input;
    private KernelViewModel kernel;
    private MapsViewModel maps;

    @BeforeEach
    void setUp() {
        session = new SessionModel();
        live = new LiveComputation(session, new SyncComputeService());
        input = new InputViewModel(session, live);
        kernel = new KernelViewModel(session);
        maps = new MapsViewModel(session, live);
    }

    /** What the core computes for the session's current settings. */
    private List<Tensor> expected() {
        return session.pipeline().run(session.inputProperty().get());
    }

    private void assertMapsMatchCore() {
        ComputeResult r = live.resultProperty().get();
        assertNotNull(r);
        assertEquals(expected(), r.stages());
        List<List<MapsViewModel.MapData>> shown = maps.mapsProperty().get();
        assertEquals(session.filtersProperty().get().count(), shown.size());
        for (int n = 0; n < shown.size(); n++) {
            for (MapsViewModel.MapData m : shown.get(n)) {
                Tensor stage = r.stages().get(m.stage());
                int plane = stage.height() * stage.width();
                float[] want = java.util.Arrays.copyOfRange(stage.data(), n * plane, (n + 1) * plane);
                assertArrayEquals(want, m.values(), "filter " + n + " stage " + m.stage());
            }
        }
    }

    @Test
    void defaultSessionShowsTheVerticalEdgeMapsOfTheFiveByFiveExample() {
        float[][] z = {{-1, -1, 1}, {2, 0, 0}, {3, 1, -1}}; // hand-computed cross-correlation with rows (1 0 -1)
        ComputeResult r = live.resultProperty().get();
        assertArrayEquals(Tensor.of(z).data(), r.stages().get(0).data());
        assertMapsMatchCore();
        assertFalse(session.undoStack().dirtyProperty().get());
    }

    @Test
    void editingACellRecomputesTheMaps() {
        input.editCell(0, 2, 3, 9);
        assertEquals(9, live.resultProperty().get().input().get(0, 2, 3));
        assertMapsMatchCore();
        assertEquals("Undo Edit cell (2, 3)", session.undoStack().undoTextProperty().get());
    }

    @Test
    void editingAWeightAndABiasRecomputesTheMaps() {
        kernel.editWeight(0, 1, 1, 5);
        kernel.setBias(-1);
        assertMapsMatchCore();
        // z(0, 0) was -1; the centre weight 0 -> 5 reads input(1, 1) = 1, and the bias adds -1
        assertEquals(3, live.resultProperty().get().stages().get(0).get(0, 0, 0), 1e-6);
    }

    @Test
    void strideDilationAndPaddingChangeTheMapShapes() {
        input.resize(8, 8);
        session.strideYProperty().set(2);
        assertEquals(3, live.resultProperty().get().stages().get(0).height());
        assertMapsMatchCore();
        session.dilationXProperty().set(2);
        assertEquals(4, live.resultProperty().get().stages().get(0).width());
        assertMapsMatchCore();
        session.paddingXProperty().set(1);
        assertEquals(6, live.resultProperty().get().stages().get(0).width());
        assertMapsMatchCore();
    }

    @Test
    void addingAFilterAddsARowOfMaps() {
        kernel.addFilter();
        kernel.applyPreset(KernelPreset.SOBEL_Y);
        assertEquals(2, maps.mapsProperty().get().size());
        assertMapsMatchCore();
        kernel.duplicateFilter();
        kernel.moveFilter(-1);
        kernel.removeFilter();
        assertEquals(2, maps.mapsProperty().get().size());
        assertMapsMatchCore();
    }

    @Test
    void poolingAddsAPooledMap() {
        input.resize(6, 6);
        session.poolingProperty().set(PoolChoice.MAX);
        assertEquals(3, maps.mapsProperty().get().get(0).size());
        assertEquals(2, live.resultProperty().get().stages().get(2).height());
        assertMapsMatchCore();
        session.poolingProperty().set(PoolChoice.AVG);
        assertMapsMatchCore();
    }

    @Test
    void anInvalidSettingShowsItsMessageAndKeepsTheLastMapsStale() {
        session.paddingModeProperty().set(PaddingMode.SAME);
        ComputeResult before = live.resultProperty().get();
        session.strideXProperty().set(2);
        assertTrue(live.messageProperty().get().contains("\"same\" needs stride 1"), live.messageProperty().get());
        assertTrue(live.messageProperty().get().startsWith("Convolution padding:"));
        assertEquals(0, live.problemLayerProperty().get());
        assertTrue(live.staleProperty().get());
        assertSame(before, live.resultProperty().get());
        session.strideXProperty().set(1);
        assertNull(live.messageProperty().get());
        assertFalse(live.staleProperty().get());
    }

    @Test
    void aKernelLargerThanThePaddedInputIsReportedNotThrown() {
        input.resize(2, 2);
        assertTrue(live.messageProperty().get().contains("is larger than the"));
        assertTrue(live.staleProperty().get());
        session.paddingModeProperty().set(PaddingMode.SAME);
        assertNull(live.messageProperty().get());
        assertMapsMatchCore();
    }

    @Test
    void undoRestoresThePreviousMapsAndRedoReappliesTheEdit() {
        List<Tensor> original = live.resultProperty().get().stages();
        input.editCell(0, 0, 0, 7);
        List<Tensor> edited = live.resultProperty().get().stages();
        session.undoStack().undo();
        assertEquals(original, live.resultProperty().get().stages());
        assertEquals("Redo Edit cell (0, 0)", session.undoStack().redoTextProperty().get());
        assertFalse(session.undoStack().dirtyProperty().get());
        session.undoStack().redo();
        assertEquals(edited, live.resultProperty().get().stages());
        assertTrue(session.undoStack().dirtyProperty().get());
    }

    @Test
    void aPaintStrokeIsOneUndoStep() {
        input.paintValueProperty().set(5f);
        input.beginStroke();
        input.paintCell(0, 0, 0);
        input.paintCell(0, 0, 1);
        input.paintCell(0, 1, 1);
        input.endStroke();
        assertEquals(5, session.inputProperty().get().get(0, 1, 1));
        session.undoStack().undo();
        assertEquals(Tensor.of(fmx.core.InputPreset.FIVE), session.inputProperty().get());
        assertFalse(session.undoStack().canUndoProperty().get());
    }

    @Test
    void changingTheChannelCountGivesTheFiltersAsManySlices() {
        input.setChannels(3);
        assertEquals(3, session.filtersProperty().get().channels());
        assertEquals("B", input.channelLabel(2));
        assertMapsMatchCore();
        session.undoStack().undo();
        assertEquals(1, session.filtersProperty().get().channels());
        assertNull(live.messageProperty().get());
    }

    @Test
    void hoveringAnOutputCellHighlightsItsWindowAndExplainsTheArithmetic() {
        maps.hover(0, 0, 2, 0);
        long window = input.overlayProperty().get().stream()
                .filter(m -> m.kind() == fmx.ui.common.CellMark.Kind.WINDOW).count();
        assertEquals(9, window);
        String text = maps.explanationProperty().get();
        // The core's equation writer: negative weights in parentheses, z(2, 0) = 3, then the activation.
        assertTrue(text.contains("(-1)·"), text);
        assertTrue(text.contains("a = ReLU(3) = 3"), text);
        maps.hover(0, 0, -1, -1);
        assertEquals("", maps.explanationProperty().get());
    }

    @Test
    void hoveringAnInputCellHighlightsTheOutputsItFeeds() {
        input.hover(0, 0, 0);
        assertEquals(1, maps.overlaysProperty().get().get(MapsViewModel.key(0, 0)).size());
        input.hover(0, 2, 2);
        assertEquals(9, maps.overlaysProperty().get().get(MapsViewModel.key(0, 0)).size());
    }

    @Test
    void unvisitedRowsAreMarkedOnTheInput() {
        input.resize(6, 6);
        session.strideYProperty().set(2); // windows at rows 0-2 and 2-4: row 5 never read
        assertTrue(input.overlayProperty().get().stream()
                .anyMatch(m -> m.kind() == fmx.ui.common.CellMark.Kind.UNVISITED && m.row() == 5));
    }

    @Test
    void viewSettingsDoNotTouchTheUndoHistory() {
        session.sharedScaleProperty().set(true);
        session.colorMapProperty().set(fmx.core.ColorMap.VIRIDIS);
        assertFalse(session.undoStack().canUndoProperty().get());
        assertSame(fmx.core.ColorMap.VIRIDIS, maps.mapsProperty().get().get(0).get(0).scale().map());
    }
}
