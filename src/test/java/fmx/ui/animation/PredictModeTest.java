package fmx.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.Tensor;
import fmx.core.trace.ConvStep;
import fmx.core.trace.EquationStyle;
import fmx.core.trace.Equations;
import fmx.core.trace.NumberText;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.SessionModel;
import fmx.ui.session.SyncComputeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Predict mode in the animation's view-model: no toolkit, time from advance(). */
class PredictModeTest {
    private SessionModel session;
    private AnimationViewModel vm;
    private PredictionQuiz quiz;

    @BeforeEach
    void setUp() {
        session = new SessionModel();
        vm = new AnimationViewModel(session, new LiveComputation(session, new SyncComputeService()));
        quiz = vm.prediction();
        quiz.enabledProperty().set(true);
    }

    private ConvStep current() {
        return (ConvStep) vm.stepProperty().get();
    }

    private static String text(float v) {
        return NumberText.plain(v, 4);
    }

    @Test
    void playingStopsBeforeTheNextCellIsRevealedAndHidesItsResult() {
        vm.speedProperty().set(2);
        vm.play();
        vm.advance(0.6);
        vm.advance(1); // the window has arrived
        assertEquals(1, vm.stepIndexProperty().get());
        assertTrue(quiz.askingProperty().get());
        assertFalse(vm.playingProperty().get(), "paused for the answer");
        assertFalse(vm.activeProperty().get());
        assertEquals(1, vm.frameProperty().get().mapRevealed(), "cell (0, 1) stays blank");
        assertEquals("", vm.equationProperty().get());
        assertTrue(vm.channelCardsProperty().get().isEmpty());
        assertTrue(quiz.promptProperty().get().contains("(0, 1)"), quiz.promptProperty().get());
        assertTrue(quiz.promptProperty().get().contains("b = " + text(current().bias())));
    }

    @Test
    void aRightValueRevealsTheCellCountsAndPlaysOn() {
        vm.speedProperty().set(2);
        vm.play();
        vm.advance(0.6);
        vm.advance(1);
        vm.checkPrediction(text(current().z()));
        assertEquals(PredictionQuiz.Verdict.RIGHT, quiz.verdictProperty().get());
        assertEquals("Right: z = " + text(current().z()) + ".", quiz.feedbackProperty().get());
        assertEquals("1 of 1 right", quiz.scoreProperty().get());
        assertFalse(quiz.askingProperty().get());
        assertEquals(2, vm.frameProperty().get().mapRevealed(), "revealed");
        assertEquals(Equations.plain(current(), EquationStyle.COMPACT), vm.equationProperty().get());
        assertTrue(vm.playingProperty().get(), "the animation goes on");
        vm.advance(0.5);
        assertEquals(2, vm.stepIndexProperty().get());
        assertTrue(quiz.askingProperty().get(), "and asks about the next cell");
    }

    @Test
    void aWrongValueShowsTheRightOneWithTheEquation() {
        vm.stepForward();
        assertTrue(quiz.askingProperty().get());
        vm.checkPrediction(" 12345 ");
        assertEquals(PredictionQuiz.Verdict.WRONG, quiz.verdictProperty().get());
        String feedback = quiz.feedbackProperty().get();
        assertTrue(feedback.startsWith("Not quite: you typed 12345, z = " + text(current().z()) + "."), feedback);
        assertTrue(feedback.endsWith(Equations.plain(current(), EquationStyle.COMPACT)), feedback);
        assertEquals("0 of 1 right", quiz.scoreProperty().get());
        assertFalse(vm.playingProperty().get(), "stepping by hand: stays paused");
    }

    @Test
    void unreadableTextKeepsTheQuestionOpen() {
        vm.stepForward();
        vm.checkPrediction("about two");
        assertTrue(quiz.askingProperty().get());
        assertNull(quiz.verdictProperty().get());
        assertEquals("Type a number, for example 1.5 or -2.", quiz.feedbackProperty().get());
        assertEquals("0 of 0 right", quiz.scoreProperty().get());
    }

    @Test
    void movingElsewhereTakesTheQuestionBackUncounted() {
        vm.stepForward();
        vm.seek(5);
        assertFalse(quiz.askingProperty().get());
        assertEquals(6, vm.frameProperty().get().mapRevealed());
        assertEquals("0 of 0 right", quiz.scoreProperty().get());
        vm.stepForward();
        assertTrue(quiz.askingProperty().get());
        quiz.enabledProperty().set(false);
        assertFalse(quiz.askingProperty().get());
        assertEquals(Equations.plain(current(), EquationStyle.COMPACT), vm.equationProperty().get());
    }

    @Test
    void anEditAsksAgainAboutTheNewValue() {
        vm.stepForward();
        Tensor edited = session.inputProperty().get().copy();
        edited.set(0, 0, 2, 40);
        session.inputProperty().set(edited);
        assertTrue(quiz.askingProperty().get());
        assertEquals(1, vm.stepIndexProperty().get());
        vm.checkPrediction(text(current().z()));
        assertEquals(PredictionQuiz.Verdict.RIGHT, quiz.verdictProperty().get());
    }

    @Test
    void switchingOnStartsANewScore() {
        vm.stepForward();
        vm.checkPrediction("0.123");
        quiz.enabledProperty().set(false);
        quiz.enabledProperty().set(true);
        assertEquals("0 of 0 right", quiz.scoreProperty().get());
        assertEquals("", quiz.feedbackProperty().get());
    }

    @ParameterizedTest(name = "{0} for z = {1}: {2}")
    @CsvSource({
        "1.004, 1, true", "1.006, 1, false", "-1.5, -1.5, true", "0.004, 0, true", "0.006, 0, false",
        "1004, 1000, true", "1006, 1000, false", "0.3333, 0.33333334, true", "0.33, 0.33333334, true"})
    void rightWithinHalfAPercentOrAsTheGridShowsIt(double guess, float z, boolean right) {
        assertEquals(right, PredictionQuiz.matches(guess, z));
    }
}
