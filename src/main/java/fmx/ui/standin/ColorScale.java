package fmx.ui.standin;

public record ColorScale(ColorMap map, float low, float high) {
    public int argb(float v) { return map.argb(high == low ? 0.5 : (v - low) / (high - low)); }
    public static ColorScale fit(ColorMap map, float min, float max) {
        if (map == ColorMap.DIVERGING) { float m = Math.max(Math.abs(min), Math.abs(max)); return new ColorScale(map, -m, m); }
        return new ColorScale(map, min, max);
    }
}
