package fmx.ui.photo;

import fmx.compute.MapPlane;
import fmx.compute.PhotoResult;
import fmx.core.Tensor;
import java.util.ArrayList;
import java.util.List;

/** What the pixel probe reports at one photo pixel: its input values and, per map, the value it lands on. Stateless. */
final class PhotoProbe {
    private PhotoProbe() {
    }

    /**
     * The report at photo pixel (x, y) of {@code photo}, with the values of stage {@code stage} of {@code result}
     * (null for none yet) read through {@code mappings}; null when (x, y) is outside the photo.
     */
    static ProbeReport at(Tensor photo, int x, int y, PhotoResult result, int stage, List<StageMapping> mappings) {
        if (photo == null || x < 0 || y < 0 || x >= photo.width() || y >= photo.height()) {
            return null;
        }
        float[] in = new float[photo.channels()];
        for (int c = 0; c < in.length; c++) {
            in[c] = photo.get(c, y, x);
        }
        List<ProbeReport.MapValue> values = new ArrayList<>();
        PhotoRegion field = new PhotoRegion(x, y, 1, 1);
        if (result != null && stage < result.stages().size() && stage < mappings.size()) {
            StageMapping m = mappings.get(stage);
            int f = result.factor();
            int oy = m.mapRow(y + 0.5, f);
            int ox = m.mapColumn(x + 0.5, f);
            List<MapPlane> planes = result.stages().get(stage);
            for (int c = 0; c < planes.size(); c++) {
                MapPlane p = planes.get(c);
                if (oy >= 0 && ox >= 0 && oy < p.height() && ox < p.width()) {
                    values.add(new ProbeReport.MapValue(c, oy, ox, p.value(oy, ox), p.maxError()));
                }
            }
            if (f == 1 && oy >= 0 && ox >= 0) {
                double cy = m.centreRow(oy);
                double cx = m.centreColumn(ox);
                int y0 = (int) Math.ceil(cy - (m.fieldY() - 1) / 2.0);
                int x0 = (int) Math.ceil(cx - (m.fieldX() - 1) / 2.0);
                field = new PhotoRegion(x0, y0, m.fieldX(), m.fieldY());
            }
        }
        return new ProbeReport(x, y, in, values, field, result != null && result.preview());
    }
}
