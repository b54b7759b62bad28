package fmx.ui.animation;

import java.util.Locale;

/**
 * The speed slider's scale: logarithmic from {@link AnimationViewModel#MIN_SPEED} (slider 0) to
 * {@link AnimationViewModel#EVERY_FRAME} (slider 1), so that slow speeds get as much of the slider as fast ones.
 */
final class SpeedScale {
    private static final double RATIO = AnimationViewModel.EVERY_FRAME / AnimationViewModel.MIN_SPEED;

    private SpeedScale() {}

    static double fromSlider(double v) {
        double clamped = Math.max(0, Math.min(1, v));
        return clamped >= 1 ? AnimationViewModel.EVERY_FRAME : AnimationViewModel.MIN_SPEED * Math.pow(RATIO, clamped);
    }

    static double toSlider(double stepsPerSecond) {
        double s = Math.max(AnimationViewModel.MIN_SPEED, Math.min(AnimationViewModel.EVERY_FRAME, stepsPerSecond));
        return Math.log(s / AnimationViewModel.MIN_SPEED) / Math.log(RATIO);
    }

    /** "every frame", "2.5 steps/s", "1 step every 2 s". */
    static String describe(double stepsPerSecond) {
        if (stepsPerSecond >= AnimationViewModel.EVERY_FRAME) {
            return Messages.TEXTS.text("speed.everyFrame");
        }
        if (stepsPerSecond < 1) {
            return Messages.TEXTS.text("speed.slow", String.format(Locale.ROOT, "%.1f", 1 / stepsPerSecond));
        }
        return Messages.TEXTS.text("speed.fast", String.format(Locale.ROOT, "%.1f", stepsPerSecond));
    }
}
