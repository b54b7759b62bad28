package fmx.compute;

import fmx.core.Pipeline;
import fmx.core.Tensor;
import java.util.Set;

/**
 * One progressive job on a photo: the input (C x H x W, not changed after the request is made), the layers, the
 * longest side of the preview in pixels (about the screen's: the preview is the photo shrunk by an integer factor
 * to at most that), the memory the stage outputs may take in bytes, and the filters whose maps are on screen
 * (kept as exact floats first when memory is short). Numbered so that a result can be matched to the newest request.
 */
public record PhotoRequest(long generation, Tensor input, Pipeline pipeline, int previewSide, long memoryBudget,
                           Set<Integer> onScreen) {
    /** About a screen's width. */
    public static final int DEFAULT_PREVIEW_SIDE = 1024;

    public PhotoRequest {
        if (previewSide < 1) {
            throw new IllegalArgumentException("previewSide must be positive, got " + previewSide);
        }
        if (memoryBudget < 1) {
            throw new IllegalArgumentException("memoryBudget must be positive, got " + memoryBudget);
        }
        onScreen = Set.copyOf(onScreen);
    }

    /**
     * Half the heap the JVM may grow to (input and maps), the other half for decoding, the display rasters (of the
     * viewport only) and the rest of the app: a 12 MP photo with 8 filters, conv + ReLU + pool, then needs about
     * 470 MB in the compact mode and runs with -Xmx1g.
     */
    public static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    public static PhotoRequest of(long generation, Tensor input, Pipeline pipeline) {
        return new PhotoRequest(generation, input, pipeline, DEFAULT_PREVIEW_SIDE, defaultBudget(), Set.of());
    }
}
