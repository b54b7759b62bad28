package fmx.ui.animation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The animation's sense of time: whether it plays, at what speed, whether it loops, how long the current step has
 * rested, and how far the window has glided from the step it left (0 to 1). It decides when a step is due; the
 * view-model decides what a step is. FX-thread only.
 */
final class PlaybackClock {
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    /** Time spent on the current step while playing. */
    private double dwell;
    /** The step the window glides from, or -1. */
    private int from = -1;
    private double motion = 1;
    private double moveSeconds = AnimationViewModel.MAX_MOVE_SECONDS;

    DoubleProperty speedProperty() {
        return speed;
    }

    BooleanProperty loopProperty() {
        return loop;
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    boolean playing() {
        return playing.get();
    }

    void start() {
        dwell = 0;
        playing.set(true);
    }

    void stop() {
        playing.set(false);
    }

    /** The current step starts resting from now (after a seek, the next step is a whole period away). */
    void restartDwell() {
        dwell = 0;
    }

    /** Moves the window on by {@code seconds}; true when it moved. */
    boolean glide(double seconds) {
        if (motion >= 1) {
            return false;
        }
        motion = Math.min(1, motion + seconds / moveSeconds);
        return true;
    }

    /** At {@link AnimationViewModel#EVERY_FRAME} or faster: one step per frame, without gliding. */
    boolean everyFrame() {
        return speed.get() >= AnimationViewModel.EVERY_FRAME;
    }

    /** Adds {@code seconds} of rest on the current step. */
    void rest(double seconds) {
        dwell += seconds;
        double period = period();
        if (dwell > 4 * period) {
            dwell = period; // after a stall, go on from here rather than race through the missed steps
        }
    }

    /** True (once per period of rest) when the next step is due. */
    boolean takeDueStep() {
        if (dwell < period()) {
            return false;
        }
        dwell -= period();
        return true;
    }

    private double period() {
        return 1 / Math.max(AnimationViewModel.MIN_SPEED, speed.get());
    }

    /** The window glides from step {@code index}; while playing the glide takes at most 60% of a step. */
    void glideFrom(int index) {
        moveSeconds = playing.get()
                ? Math.min(AnimationViewModel.MAX_MOVE_SECONDS, 0.6 / Math.max(AnimationViewModel.MIN_SPEED, speed.get()))
                : AnimationViewModel.MAX_MOVE_SECONDS * 0.7;
        from = index;
        motion = 0;
    }

    /** The window stands on its step at once. */
    void jump() {
        from = -1;
        motion = 1;
    }

    int from() {
        return from;
    }

    double motion() {
        return motion;
    }

    /** True while time matters: playing, or the window still gliding. */
    boolean active() {
        return playing.get() || motion < 1;
    }
}
