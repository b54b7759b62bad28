package fmx.io;

import fmx.core.Shape3;
import fmx.core.Tensor;
import java.util.List;

/** Reads C x H x W nested JSON arrays of numbers (an input grid, a filter's weights) into a {@link Tensor}. */
final class NumberArrays {
    private NumberArrays() {}

    /** {@code what} names the block in messages ("the input", "a filter"). */
    static Tensor tensor(JsonField f, String what) throws InputException {
        String shapeRule = "C x H x W numbers (an array of channels, each an array of rows of numbers)";
        List<JsonField> channels = f.elements(shapeRule);
        if (channels.isEmpty()) {
            throw f.fail(what + " needs at least one channel");
        }
        int h = -1;
        int w = -1;
        float[] data = null;
        for (int c = 0; c < channels.size(); c++) {
            JsonField channel = channels.get(c);
            if (!channel.node().isArray()) {
                throw channel.fail("must be a channel: an array of rows of numbers, got "
                        + JsonField.describe(channel.node()) + " (for one channel, wrap the rows in one more [ ])");
            }
            if (channel.node().size() > 0 && channel.node().get(0).isNumber()) {
                throw f.fail("must be C x H x W numbers, got rows of numbers (2-D); for one channel, wrap the rows"
                        + " in one more [ ]");
            }
            List<JsonField> rows = channel.elements("an array of rows");
            if (c == 0) {
                h = rows.size();
                if (h == 0) {
                    throw channel.fail("a channel needs at least one row");
                }
            } else if (rows.size() != h) {
                throw channel.fail("channel has " + rows.size() + " row" + (rows.size() == 1 ? "" : "s")
                        + ", expected " + h);
            }
            for (int y = 0; y < h; y++) {
                JsonField row = rows.get(y);
                List<JsonField> values = row.elements("a row: an array of numbers");
                if (w < 0) {
                    w = values.size();
                    if (w == 0) {
                        throw row.fail("a row needs at least one number");
                    }
                    data = new float[Math.toIntExact((long) channels.size() * h * w)];
                } else if (values.size() != w) {
                    throw row.fail("row has " + values.size() + " number" + (values.size() == 1 ? "" : "s")
                            + ", expected " + w);
                }
                int at = (c * h + y) * w;
                for (int x = 0; x < w; x++) {
                    data[at + x] = values.get(x).floatValue();
                }
            }
        }
        return new Tensor(new Shape3(channels.size(), h, w), data);
    }
}
