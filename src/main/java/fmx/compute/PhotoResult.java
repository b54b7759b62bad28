package fmx.compute;

import fmx.core.Shape3;
import fmx.core.Tensor;
import java.util.List;

/**
 * A preview or full-resolution result of a {@link PhotoRequest}. {@code factor} is the integer the photo was shrunk
 * by (1 for full resolution): output pixel (y, x) of a preview stands for the f x f block of full-resolution outputs
 * from (f*y, f*x), for stages that keep the input's size. {@code input} is the tensor the layers ran on (the shrunk
 * photo for a preview); {@code stages.get(s).get(c)} is channel c of stage s. {@code compact} says that some maps
 * are held as 16-bit codes or derived on reading (see {@link MapPlane}); {@code retainedBytes} is what the input and
 * the stored maps hold, {@code peakBytes} that plus the largest working set while computing. Immutable by
 * convention: nothing is written after delivery.
 */
public record PhotoResult(long generation, boolean preview, int factor, Tensor input, List<Shape3> shapes,
                          List<List<MapPlane>> stages, boolean compact, long retainedBytes, long peakBytes,
                          long computeNanos) {
    public PhotoResult {
        shapes = List.copyOf(shapes);
        stages = stages.stream().map(List::copyOf).toList();
    }

    public MapPlane map(int stage, int channel) {
        return stages.get(stage).get(channel);
    }
}
