package fmx.ui.standin;

public enum ColorMap {
    DIVERGING("Diverging (blue-white-red)"), VIRIDIS("Viridis"), GRAY("Grey");
    private final String label;
    ColorMap(String l) { label = l; }
    public String label() { return label; }
    public int argb(double t) {
        t = Math.clamp(t, 0, 1);
        int r, g, b;
        switch (this) {
            case GRAY -> { r = g = b = (int) (255 * t); }
            case VIRIDIS -> { r = (int) (68 + 185 * t); g = (int) (1 + 230 * t); b = (int) (84 + 60 * Math.sin(Math.PI * t) - 50 * t); }
            default -> {
                if (t < 0.5) { double u = t * 2; r = (int) (33 + 214 * u); g = (int) (102 + 145 * u); b = (int) (172 + 75 * u); }
                else { double u = (t - 0.5) * 2; r = (int) (247 - 69 * u); g = (int) (247 - 223 * u); b = (int) (247 - 204 * u); }
            }
        }
        return 0xFF000000 | (Math.clamp(r, 0, 255) << 16) | (Math.clamp(g, 0, 255) << 8) | Math.clamp(b, 0, 255);
    }
}
