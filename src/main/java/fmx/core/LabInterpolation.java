package fmx.core;

/**
 * Builds colour lookup tables by interpolating evenly spaced sRGB stops in CIE L*a*b* (D65), and measures
 * lightness. Interpolating in L*a*b* rather than sRGB keeps perceived steps even between stops.
 */
final class LabInterpolation {
    private LabInterpolation() {
    }

    /** {@code size} opaque ARGB entries; stop k sits at t = k / (stops - 1). */
    static int[] table(int[] stopsRgb, int size) {
        double[][] lab = new double[stopsRgb.length][];
        for (int k = 0; k < stopsRgb.length; k++) {
            lab[k] = toLab(stopsRgb[k]);
        }
        int[] out = new int[size];
        int segments = stopsRgb.length - 1;
        for (int i = 0; i < size; i++) {
            double pos = (double) i / (size - 1) * segments;
            int k = Math.min((int) pos, segments - 1);
            double f = pos - k;
            double[] a = lab[k];
            double[] b = lab[k + 1];
            out[i] = fromLab(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f);
        }
        return out;
    }

    /** Gives entries i and n-1-i their mean L*, keeping each one's a* and b* (hue and chroma). */
    static int[] mirrorLightness(int[] table) {
        int n = table.length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double[] lab = toLab(table[i]);
            double mean = (lab[0] + lightness(table[n - 1 - i])) / 2;
            out[i] = fromLab(mean, lab[1], lab[2]);
        }
        return out;
    }

    /** CIE L* (0 black .. 100 white) of an sRGB colour. */
    static double lightness(int rgb) {
        return toLab(rgb)[0];
    }

    static double[] toLab(int rgb) {
        double r = toLinear((rgb >> 16) & 0xFF);
        double g = toLinear((rgb >> 8) & 0xFF);
        double b = toLinear(rgb & 0xFF);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    static int fromLab(double l, double a, double bb) {
        double fy = (l + 16) / 116;
        double x = 0.95047 * fInverse(fy + a / 500);
        double y = fInverse(fy);
        double z = 1.08883 * fInverse(fy - bb / 200);
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double b = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return 0xFF000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double fInverse(double t) {
        return t > 6.0 / 29 ? t * t * t : (116 * t - 16) * 27 / 24389;
    }

    private static double toLinear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int toByte(double linear) {
        double v = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
