package fmx.core;

import java.util.random.RandomGenerator;

/**
 * Ready-made input grids for teaching: the worked 5x5 and 4x4 examples (fixed size), and patterns drawn at any
 * H x W (zeros, random integers, checkerboard, gradient, a vertical bar, a cross, the digits 0 to 9 scaled to the
 * grid). Values are row-major H*W floats for one channel slice (a preset fills every channel). Stateless.
 */
public enum InputPreset {
    EXAMPLE_5X5("5x5 example", "The worked 5x5 example: try the vertical-edge kernel on it."),
    EXAMPLE_4X4("4x4 example", "A small 4x4 example to follow by hand."),
    ZEROS("Zeros", "Every cell 0."),
    RANDOM("Random integers", "Random integers from 0 to 9."),
    CHECKERBOARD("Checkerboard", "Alternating 0 and 1, like a chess board."),
    GRADIENT("Gradient", "Values rising from 0 at the top left to 1 at the bottom right."),
    VERTICAL_BAR("Vertical bar", "A bar of 1s down the middle on a field of 0s."),
    CROSS("Cross", "A plus sign of 1s on a field of 0s."),
    DIGIT_0("Digit 0", "The digit 0 drawn in 1s."),
    DIGIT_1("Digit 1", "The digit 1 drawn in 1s."),
    DIGIT_2("Digit 2", "The digit 2 drawn in 1s."),
    DIGIT_3("Digit 3", "The digit 3 drawn in 1s."),
    DIGIT_4("Digit 4", "The digit 4 drawn in 1s."),
    DIGIT_5("Digit 5", "The digit 5 drawn in 1s."),
    DIGIT_6("Digit 6", "The digit 6 drawn in 1s."),
    DIGIT_7("Digit 7", "The digit 7 drawn in 1s."),
    DIGIT_8("Digit 8", "The digit 8 drawn in 1s."),
    DIGIT_9("Digit 9", "The digit 9 drawn in 1s.");

    /** The 5x5 worked example of the foundation issue (rows). */
    public static final float[][] FIVE = {
        {1, 2, 3, 0, 1}, {0, 1, 2, 3, 1}, {3, 1, 0, 2, 2}, {2, 3, 1, 0, 0}, {0, 2, 1, 3, 1}};
    /** A 4x4 example small enough to follow by hand. */
    public static final float[][] FOUR = {{1, 0, 2, 1}, {3, 1, 0, 2}, {0, 2, 1, 0}, {1, 1, 3, 2}};

    /** 5 x 7 bitmaps of the digits, '#' on. */
    private static final String[][] DIGITS = {
        {" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "},
        {"  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "},
        {" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"},
        {"#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "},
        {"   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "},
        {"#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "},
        {"  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "},
        {"#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "},
        {" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "},
        {" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "}};

    private final String label;
    private final String description;

    InputPreset(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The size this preset imposes ({H, W}), or null when it is drawn at any size. */
    public int[] fixedSize() {
        return switch (this) {
            case EXAMPLE_5X5 -> new int[] {5, 5};
            case EXAMPLE_4X4 -> new int[] {4, 4};
            default -> null;
        };
    }

    /** One channel slice, H*W row-major values; a fixed-size preset ignores {@code h} and {@code w}. */
    public float[] values(int h, int w, RandomGenerator random) {
        return switch (this) {
            case EXAMPLE_5X5 -> flatten(FIVE);
            case EXAMPLE_4X4 -> flatten(FOUR);
            case ZEROS -> new float[h * w];
            case RANDOM -> generate(h, w, (y, x) -> random.nextInt(10));
            case CHECKERBOARD -> generate(h, w, (y, x) -> (y + x) % 2);
            case GRADIENT -> generate(h, w, (y, x) -> h + w == 2 ? 0 : Math.round(100f * (y + x) / (h + w - 2)) / 100f);
            case VERTICAL_BAR -> generate(h, w, (y, x) -> bar(x, w) ? 1 : 0);
            case CROSS -> generate(h, w, (y, x) -> bar(x, w) || bar(y, h) ? 1 : 0);
            default -> digit(ordinal() - DIGIT_0.ordinal(), h, w);
        };
    }

    @Override
    public String toString() {
        return label;
    }

    private interface Cell {
        float value(int y, int x);
    }

    private static float[] generate(int h, int w, Cell cell) {
        float[] v = new float[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                v[y * w + x] = cell.value(y, x);
            }
        }
        return v;
    }

    /** About the middle fifth of the axis, centred (its width has the parity of n). */
    private static boolean bar(int i, int n) {
        int width = Math.max(1, Math.round(n / 5f));
        if ((n - width) % 2 != 0) {
            width++;
        }
        int start = (n - width) / 2;
        return i >= start && i < start + width;
    }

    /** The 5x7 bitmap scaled (nearest neighbour) into the grid, leaving a margin of about one eighth. */
    private static float[] digit(int d, int h, int w) {
        String[] bitmap = DIGITS[d];
        int marginY = h >= 9 ? Math.max(1, h / 8) : 0;
        int marginX = w >= 7 ? Math.max(1, w / 8) : 0;
        int innerH = h - 2 * marginY;
        int innerW = w - 2 * marginX;
        return generate(h, w, (y, x) -> {
            int iy = y - marginY;
            int ix = x - marginX;
            if (iy < 0 || ix < 0 || iy >= innerH || ix >= innerW) {
                return 0;
            }
            int by = iy * bitmap.length / innerH;
            int bx = ix * bitmap[0].length() / innerW;
            return bitmap[by].charAt(bx) == '#' ? 1 : 0;
        });
    }

    private static float[] flatten(float[][] rows) {
        float[] v = new float[rows.length * rows[0].length];
        for (int y = 0; y < rows.length; y++) {
            System.arraycopy(rows[y], 0, v, y * rows[0].length, rows[0].length);
        }
        return v;
    }
}
