package fmx.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.core.trace.ConvStep;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.Phase;
import fmx.core.trace.PoolStep;
import fmx.ui.common.CellMark;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.PoolChoice;
import fmx.ui.session.SessionModel;
import fmx.ui.session.SyncComputeService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The animation's view-model over a synchronous compute service: no toolkit, time comes from advance(). */
class AnimationViewModelTest {
    private SessionModel session;
    private AnimationViewModel vm;

    @BeforeEach
    void setUp() {
        session = new SessionModel();
        LiveComputation live = new LiveComputation(session, new SyncComputeService());
        vm = new AnimationViewModel(session, live);
    }

    /** A 7 x 7 input with {@code channels} channels and {@code filters} 3 x 3 filters, distinct values. */
    private void useInput(int channels, int filters) {
        Tensor input = Tensor.zeros(channels, 7, 7);
        for (int i = 0; i < input.data().length; i++) {
            input.data()[i] = (i * 7 % 11) - 3;
        }
        float[] weights = new float[filters * channels * 9];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i % 5) - 2;
        }
        float[] bias = new float[filters];
        for (int f = 0; f < filters; f++) {
            bias[f] = f * 0.5f;
        }
        session.inputProperty().set(input);
        session.filtersProperty().set(new FilterBank(filters, channels, 3, 3, weights, bias));
    }

    private String compactEquation() {
        return Equations.plain(vm.trace().step(vm.stepIndexProperty().get()), EquationStyle.COMPACT);
    }

    private ConvStep convStep() {
        return (ConvStep) vm.stepProperty().get();
    }

    @Test
    void startsAtTheFirstConvolutionStepShowingTheCoreEquation() {
        assertEquals(0, vm.stepIndexProperty().get());
        assertEquals(3 * 3 + 1, vm.stepCountProperty().get()); // 5x5 with 3x3: nine windows, then the activation
        assertEquals(compactEquation(), vm.equationProperty().get());
        assertEquals(1, vm.frameProperty().get().mapRevealed());
        assertFalse(vm.activeProperty().get());
    }

    @Test
    void theEquationShownIsAlwaysTheCoreTextOfTheCurrentStep() {
        useInput(3, 2);
        for (int i = 0; i < vm.stepCountProperty().get(); i++) {
            vm.seek(i);
            assertEquals(compactEquation(), vm.equationProperty().get(), "step " + i);
        }
        assertTrue(vm.equationProperty().get().startsWith("a = ReLU(z)"), vm.equationProperty().get());
    }

    @Nested
    class Stepping {
        @Test
        void stepForwardGlidesToTheNextWindowThenRevealsTheCell() {
            vm.stepForward();
            assertEquals(1, vm.stepIndexProperty().get());
            assertTrue(vm.activeProperty().get(), "the window is moving");
            assertEquals(1, vm.frameProperty().get().mapRevealed(), "the new cell is blank until the window arrives");
            vm.advance(0.05);
            double left = vm.frameProperty().get().inputWindow().left();
            assertTrue(left > 0 && left < 1, "between the two windows: " + left);
            assertTrue(vm.frameProperty().get().inputMarks().get(0).isEmpty());
            vm.advance(1);
            assertEquals(1.0, vm.frameProperty().get().inputWindow().left());
            assertEquals(2, vm.frameProperty().get().mapRevealed());
            assertFalse(vm.activeProperty().get());
        }

        @Test
        void backStartAndEnd() {
            vm.stepForward();
            vm.stepForward();
            vm.stepBack();
            assertEquals(1, vm.stepIndexProperty().get());
            vm.goToEnd();
            assertEquals(9, vm.stepIndexProperty().get());
            vm.goToStart();
            assertEquals(0, vm.stepIndexProperty().get());
            vm.stepBack();
            assertEquals(0, vm.stepIndexProperty().get());
        }

        @Test
        void scrubbingShowsTheStepAtOnceAndClamps() {
            vm.seek(4);
            assertEquals(4, vm.stepIndexProperty().get());
            assertFalse(vm.activeProperty().get(), "a scrub jumps, it does not glide");
            assertEquals(new CellMark(1, 1, CellMark.Kind.CURRENT), vm.frameProperty().get().mapMarks().get(0));
            vm.seek(99);
            assertEquals(9, vm.stepIndexProperty().get());
            vm.seek(-5);
            assertEquals(0, vm.stepIndexProperty().get());
        }
    }

    @Nested
    class Playing {
        @Test
        void stepsFollowTheSpeed() {
            vm.speedProperty().set(2);
            vm.play();
            vm.advance(0.3);
            assertEquals(0, vm.stepIndexProperty().get());
            vm.advance(0.3);
            assertEquals(1, vm.stepIndexProperty().get());
            vm.advance(0.5);
            assertEquals(2, vm.stepIndexProperty().get());
            vm.speedProperty().set(AnimationViewModel.MIN_SPEED);
            vm.advance(1.8); // 0.1 s were left over from the last step
            assertEquals(2, vm.stepIndexProperty().get(), "one step every 2 s at the slowest");
            vm.advance(0.2);
            assertEquals(3, vm.stepIndexProperty().get());
        }

        @Test
        void atFullSpeedEveryFrameIsOneStepWithoutGliding() {
            vm.speedProperty().set(AnimationViewModel.EVERY_FRAME);
            vm.play();
            for (int i = 0; i < 3; i++) {
                vm.advance(0.001);
            }
            assertEquals(3, vm.stepIndexProperty().get());
            assertEquals(4, vm.frameProperty().get().mapRevealed());
        }

        @Test
        void pausesAtTheEndUnlessLooping() {
            vm.speedProperty().set(AnimationViewModel.EVERY_FRAME);
            vm.play();
            for (int i = 0; i < 20; i++) {
                vm.advance(0.016);
            }
            assertEquals(9, vm.stepIndexProperty().get());
            assertFalse(vm.playingProperty().get());

            vm.loopProperty().set(true);
            vm.play(); // from the end: starts over
            assertEquals(0, vm.stepIndexProperty().get());
            for (int i = 0; i < 12; i++) {
                vm.advance(0.016);
            }
            assertTrue(vm.playingProperty().get());
            assertEquals(2, vm.stepIndexProperty().get(), "9 -> 0 wrapped, then 1, 2");
        }

        @Test
        void aLongStallDoesNotRaceThroughTheMissedSteps() {
            vm.speedProperty().set(10);
            vm.play();
            vm.advance(5);
            assertTrue(vm.stepIndexProperty().get() <= 1, "at most one step after a stall");
        }
    }

    @Nested
    class ClickingAnOutputCell {
        @Test
        void jumpsThereAndPins() {
            useInput(1, 1);
            vm.play();
            assertTrue(vm.jumpToOutputCell(2, 3));
            assertEquals(2 * 5 + 3, vm.stepIndexProperty().get());
            assertTrue(vm.pinnedProperty().get());
            assertFalse(vm.playingProperty().get());
            ConvStep s = convStep();
            assertEquals(2, s.outRow());
            assertEquals(3, s.outColumn());
            assertFalse(vm.jumpToOutputCell(5, 0), "outside the 5x5 output");
            vm.play();
            assertFalse(vm.pinnedProperty().get());
        }

        @Test
        void aPooledCellJumpsToItsPoolingStep() {
            useInput(1, 1);
            session.poolingProperty().set(PoolChoice.MAX);
            assertTrue(vm.jumpToPooledCell(1, 1));
            PoolStep s = (PoolStep) vm.stepProperty().get();
            assertEquals(1, s.outRow());
            assertEquals(1, s.outColumn());
            AnimationFrame f = vm.frameProperty().get();
            assertNotNull(f.mapWindow());
            assertEquals(2.0, f.mapWindow().top());
            assertNull(f.inputWindow(), "the input window rests while pooling");
            assertEquals(CellMark.Kind.WINNER, f.mapMarks().get(0).kind());
            assertEquals(s.winnerCell().row(), f.mapMarks().get(0).row());
            assertEquals(s.index() + 1, f.pooledRevealed());
        }
    }

    @Nested
    class EditsWhileRunning {
        @Test
        void keepTheSameOutputCell() {
            useInput(2, 1);
            vm.speedProperty().set(4);
            vm.play();
            vm.seek(2 * 5 + 1);
            session.inputProperty().set(session.inputProperty().get().copy()); // a value edit: same shapes
            Tensor edited = session.inputProperty().get().copy();
            edited.set(1, 3, 2, 42);
            session.inputProperty().set(edited);
            assertEquals(2 * 5 + 1, vm.stepIndexProperty().get());
            assertTrue(vm.playingProperty().get(), "the animation goes on");
            assertEquals(compactEquation(), vm.equationProperty().get());
            assertTrue(vm.equationProperty().get().contains("42"), vm.equationProperty().get());

            session.paddingYProperty().set(1); // output 7x5 now: cell (2, 1) still exists
            assertEquals(2, convStep().outRow());
            assertEquals(1, convStep().outColumn());
            assertEquals(compactEquation(), vm.equationProperty().get());

            session.strideYProperty().set(3); // output 3x5
            session.strideXProperty().set(3); // output 3x2: cell (2, 1) still there
            assertEquals(2, convStep().outRow());
            assertEquals(1, convStep().outColumn());
            session.paddingYProperty().set(0); // output 2x2: the cell is gone, back to the first window
            assertEquals(0, vm.stepIndexProperty().get());
        }

        @Test
        void keepThePhaseAndThePooledCell() {
            useInput(1, 1);
            session.poolingProperty().set(PoolChoice.AVG);
            vm.jumpToPooledCell(1, 0);
            session.activationProperty().set(fmx.core.ActivationFunction.TANH);
            PoolStep s = (PoolStep) vm.stepProperty().get();
            assertEquals(1, s.outRow());
            assertEquals(0, s.outColumn());
            assertTrue(vm.pinnedProperty().get());
        }
    }

    @Nested
    class Filters {
        @Test
        void oneFilterOrAllInTurn() {
            useInput(3, 2);
            int perFilter = 5 * 5 + 1;
            assertEquals(perFilter, vm.stepCountProperty().get());
            vm.seek(7);
            vm.filterChoiceProperty().set(1);
            assertEquals(7, vm.stepIndexProperty().get(), "same cell, other filter");
            assertEquals(1, convStep().filter());
            vm.filterChoiceProperty().set(AnimationViewModel.ALL_FILTERS);
            assertEquals(2 * perFilter, vm.stepCountProperty().get());
            assertEquals(perFilter + 7, vm.stepIndexProperty().get(), "still filter 2 at the same cell");
            vm.goToEnd();
            assertEquals(1, vm.trace().position(vm.stepIndexProperty().get()).filter());
            assertEquals(Phase.ACTIVATION, vm.trace().position(vm.stepIndexProperty().get()).phase());
        }

        @Test
        void aRemovedFilterFallsBackToTheLastOne() {
            useInput(1, 3);
            vm.filterChoiceProperty().set(2);
            useInput(1, 2);
            assertEquals(1, vm.filterChoiceProperty().get());
            assertEquals(1, convStep().filter());
        }
    }

    @Test
    void paddingTapsAndDilationGapsAreMarkedOnEveryChannel() {
        useInput(3, 1);
        session.paddingYProperty().set(1);
        session.paddingXProperty().set(1);
        session.dilationXProperty().set(2);
        AnimationFrame f = vm.frameProperty().get();
        assertEquals(-1.0, f.inputWindow().top());
        assertEquals(5.0, f.inputWindow().width(), "3 taps 2 apart span 5 columns");
        for (List<CellMark> marks : f.inputMarks()) {
            long padding = marks.stream().filter(m -> m.kind() == CellMark.Kind.PADDING_TAP).count();
            long gaps = marks.stream().filter(m -> m.kind() == CellMark.Kind.DILATION_GAP).count();
            assertEquals(5, padding, "top row and left column of the first window");
            assertEquals(6, gaps, "two gap columns of three rows");
        }
        assertEquals(3, f.weights().length);
        assertEquals(9, f.weights()[0].length);
    }

    @Test
    void copiesEveryTermAsTextAndLatex() {
        useInput(3, 1);
        vm.seek(3);
        assertEquals(Equations.plain(vm.stepProperty().get(), EquationStyle.FULL), vm.equationText());
        assertEquals(Equations.latex(vm.stepProperty().get(), EquationStyle.FULL), vm.equationLatex());
        assertEquals(3, vm.channelCardsProperty().get().size());
        assertTrue(vm.channelCardsProperty().get().get(2).endsWith(
                "= " + fmx.core.trace.NumberText.plain(convStep().partialSums()[2], 4)));
    }

    @Test
    void speedSliderCoversTwoSecondsPerStepToEveryFrame() {
        assertEquals(AnimationViewModel.MIN_SPEED, SpeedScale.fromSlider(0), 1e-9);
        assertEquals(AnimationViewModel.EVERY_FRAME, SpeedScale.fromSlider(1), 1e-9);
        assertEquals(0.37, SpeedScale.toSlider(SpeedScale.fromSlider(0.37)), 1e-9);
        assertEquals("every frame", SpeedScale.describe(AnimationViewModel.EVERY_FRAME));
        assertEquals("1 step / 2.0 s", SpeedScale.describe(0.5));
    }
}
