package fmx.ui.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fmx.core.Tensor;
import org.junit.jupiter.api.Test;

/** The panels draw a fitted photo from its shrunk copy, and a zoomed-in one from the photo itself. */
class PhotoSourceTest {
    /** An 8 x 8 grey checkerboard of 0 and 1, and its 2 x 2 shrink (every pixel 0.5). */
    private static final Tensor BOARD = board();
    private static final Tensor HALF = Tensor.zeros(1, 4, 4);

    static {
        java.util.Arrays.fill(HALF.data(), 0.5f);
    }

    private static Tensor board() {
        Tensor t = Tensor.zeros(1, 8, 8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                t.set(0, y, x, (x + y) % 2);
            }
        }
        return t;
    }

    @Test
    void aScreenPixelCoveringTheShrinkFactorDrawsTheShrunkCopy() {
        MapRenderer.PhotoSource source = MapRenderer.PhotoSource.of(BOARD, HALF, 2);
        int[] fitted = source.draw(new Viewport(0, 0, 0.5, 4, 4)); // 2 x 2 photo pixels per screen pixel
        assertEquals(0xFF808080, fitted[0]);
        assertEquals(0xFF808080, fitted[15]);
    }

    @Test
    void zoomedInItDrawsThePhotoItself() {
        MapRenderer.PhotoSource source = MapRenderer.PhotoSource.of(BOARD, HALF, 2);
        int[] oneToOne = source.draw(new Viewport(0, 0, 1, 8, 8));
        assertEquals(0xFF000000, oneToOne[0]);
        assertEquals(0xFFFFFFFF, oneToOne[1]);
    }

    @Test
    void withoutAShrunkCopyItAlwaysDrawsThePhoto() {
        int[] fitted = MapRenderer.PhotoSource.of(BOARD, null, 1).draw(new Viewport(0, 0, 0.5, 4, 4));
        assertEquals(0xFF000000, fitted[0]); // nearest pixel: (1, 1) of the board is 0
    }
}
