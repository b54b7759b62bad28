package fmx.core;

/**
 * Zero padding of a convolution: an explicit number of rows and columns on each side, {@link Same} (keep the
 * size at stride 1) or {@link Valid} (none). {@link WindowGeometry} turns it into the four side amounts.
 */
public sealed interface Padding {
    /** {@code y} zero rows above and below, {@code x} zero columns left and right. */
    record Explicit(int y, int x) implements Padding {
        @Override
        public String toString() {
            return y == x ? Integer.toString(y) : y + "x" + x;
        }
    }

    /**
     * Pads a total of {@code d*(k-1)} per axis so the output keeps the input's size: the smaller half before, the
     * larger after (as PyTorch does). Only defined at stride 1.
     */
    record Same() implements Padding {
        @Override
        public String toString() {
            return "same";
        }
    }

    /** No padding: the window stays inside the input. */
    record Valid() implements Padding {
        @Override
        public String toString() {
            return "valid";
        }
    }

    Padding SAME = new Same();
    Padding VALID = new Valid();

    static Padding of(int both) {
        return new Explicit(both, both);
    }

    static Padding of(int y, int x) {
        return new Explicit(y, x);
    }
}
