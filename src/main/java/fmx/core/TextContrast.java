package fmx.core;

/**
 * Which ink reads better on a cell colour, by WCAG 2 contrast: the relative luminance L of the sRGB colour
 * (L = 0.2126 R + 0.7152 G + 0.0722 B on linearised channels), then dark text wins when
 * {@code (L + 0.05) / 0.05 >= 1.05 / (L + 0.05)}. One rule for the window and the exported figures, so both
 * choose the same ink. Stateless and thread-safe.
 */
public final class TextContrast {
    private TextContrast() {
    }

    /** True when dark text has more contrast than white on {@code argb} ({@code 0xAARRGGBB}; alpha is ignored). */
    public static boolean prefersDarkText(int argb) {
        double l = 0.2126 * linear((argb >> 16) & 0xFF) + 0.7152 * linear((argb >> 8) & 0xFF)
                + 0.0722 * linear(argb & 0xFF);
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05);
    }

    /** An 8-bit sRGB channel as linear light in [0, 1]. */
    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
