package fmx.ui.animation;

import fmx.compute.ComputeResult;
import fmx.compute.ComputeResult.Planes;
import fmx.core.ActivationLayer;
import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.core.Layer;
import fmx.core.PoolLayer;
import fmx.core.Tensor;
import fmx.core.WindowGeometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grids of one computed result, as the animation shows them: every input channel with the padding drawn around
 * it, and per filter its convolution map z, its activation map a (null without activation) and its pooled map (null
 * without pooling). Built once per result from the arrays the compute service already produced (only the input is
 * split into channels here).
 */
public record AnimationMaps(List<MapImage> inputs, int padTop, int padBottom, int padLeft, int padRight,
                            List<MapImage> z, List<MapImage> a, List<MapImage> pooled) {

    /** The maps of {@code r} (a convolution, then optionally an activation and a pooling), coloured with {@code colors}. */
    static AnimationMaps of(ComputeResult r, ColorMap colors) {
        Tensor in = r.input();
        int plane = in.height() * in.width();
        List<MapImage> inputs = new ArrayList<>(in.channels());
        for (int c = 0; c < in.channels(); c++) {
            float[] values = Arrays.copyOfRange(in.data(), c * plane, (c + 1) * plane);
            inputs.add(new MapImage(values, in.height(), in.width(), ColorScale.fit(colors, values, 0, plane)));
        }
        List<Layer> layers = r.pipeline().layers();
        WindowGeometry g = layers.get(0).geometry(in.shape());
        boolean activation = layers.size() > 1 && layers.get(1) instanceof ActivationLayer;
        boolean pooling = layers.get(layers.size() - 1) instanceof PoolLayer;
        return new AnimationMaps(List.copyOf(inputs), g.padTop(), g.padBottom(), g.padLeft(), g.padRight(),
                images(r.planes().get(0), colors), activation ? images(r.planes().get(1), colors) : null,
                pooling ? images(r.planes().get(layers.size() - 1), colors) : null);
    }

    private static List<MapImage> images(Planes p, ColorMap colors) {
        List<MapImage> maps = new ArrayList<>(p.values().length);
        for (int n = 0; n < p.values().length; n++) {
            maps.add(new MapImage(p.values()[n], p.rows(), p.cols(), ColorScale.fit(colors, p.min()[n], p.max()[n])));
        }
        return List.copyOf(maps);
    }

    public int channels() {
        return inputs.size();
    }

    public int filters() {
        return z.size();
    }

    public boolean hasPooling() {
        return pooled != null;
    }

    /** The map the pooling window reads: a, or z without activation. */
    MapImage poolingSource(int filter) {
        return a != null ? a.get(filter) : z.get(filter);
    }
}
