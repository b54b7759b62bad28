package fmx.ui.photo;

import fmx.core.Layer;
import fmx.core.Pipeline;
import fmx.core.Shape3;
import fmx.core.WindowGeometry;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each stage's map pixels sit on the photo. For stage s, map pixel (oy, ox) has its window centred on input
 * pixel (scaleY*oy + offsetY, scaleX*ox + offsetX) (fractional for even windows) and sees a receptive field of
 * fieldY x fieldX input pixels around it. A convolution with stride t, padding p before, dilation d and kernel k adds
 * offset -p + d(k-1)/2 and multiplies the scale by t; a pooling likewise with no padding; activations keep both.
 * A preview computed on the photo shrunk by f: its map pixel centre is f*(centre) + (f-1)/2 in photo pixels.
 * Immutable.
 */
public record StageMapping(double scaleY, double scaleX, double offsetY, double offsetX, int fieldY, int fieldX) {
    /** The mapping of every stage of {@code pipeline} on an input of {@code input}. */
    public static List<StageMapping> of(Pipeline pipeline, Shape3 input) {
        List<StageMapping> out = new ArrayList<>();
        StageMapping m = new StageMapping(1, 1, 0, 0, 1, 1);
        Shape3 shape = input;
        for (Layer layer : pipeline.layers()) {
            WindowGeometry g = layer.geometry(shape);
            if (g != null) {
                double cy = -g.padTop() + g.dilation().y() * (g.kernel().y() - 1) / 2.0;
                double cx = -g.padLeft() + g.dilation().x() * (g.kernel().x() - 1) / 2.0;
                m = new StageMapping(m.scaleY * g.stride().y(), m.scaleX * g.stride().x(),
                        m.offsetY + m.scaleY * cy, m.offsetX + m.scaleX * cx,
                        m.fieldY + (g.extentY() - 1) * (int) m.scaleY, m.fieldX + (g.extentX() - 1) * (int) m.scaleX);
            }
            out.add(m);
            shape = layer.outputShape(shape);
        }
        return out;
    }

    /** Map row whose pixel covers photo row coordinate {@code v} (continuous, row i spans [i, i+1)), factor f. */
    public int mapRow(double v, int f) {
        return (int) Math.floor((v / f - offsetY - 0.5) / scaleY + 0.5);
    }

    public int mapColumn(double u, int f) {
        return (int) Math.floor((u / f - offsetX - 0.5) / scaleX + 0.5);
    }

    /** Photo pixel row at the centre of map row {@code oy} (full resolution). */
    public double centreRow(int oy) {
        return scaleY * oy + offsetY;
    }

    public double centreColumn(int ox) {
        return scaleX * ox + offsetX;
    }
}
