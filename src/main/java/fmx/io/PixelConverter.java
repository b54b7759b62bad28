package fmx.io;

import fmx.core.Shape3;
import fmx.core.Tensor;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Decoded pixels to a tensor, turned upright on the way (each stored row is read once and scattered to its
 * upright place). Grey rasters are read as samples, not through getRGB, which would apply a gamma conversion
 * to them; alpha is ignored.
 */
final class PixelConverter {
    private static final float R = 0.299f;
    private static final float G = 0.587f;
    private static final float B = 0.114f;

    private PixelConverter() {}

    static Tensor toTensor(BufferedImage image, ExifOrientation o, boolean gray, boolean byteScale) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        int dw = o.uprightWidth(sw, sh);
        int dh = o.uprightHeight(sw, sh);
        int plane = dw * dh;
        int channels = gray ? 1 : 3;
        float[] out = new float[channels * plane];
        int base = o.base(sw, sh);
        int stepX = o.stepX(sw, sh);
        int stepY = o.stepY(sw, sh);
        if (isGrayRaster(image)) {
            Raster raster = image.getRaster();
            float max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            int[] samples = new int[sw];
            for (int sy = 0; sy < sh; sy++) {
                raster.getSamples(0, sy, sw, 1, 0, samples);
                int at = base + sy * stepY;
                for (int sx = 0; sx < sw; sx++, at += stepX) {
                    float v = byteScale ? samples[sx] * 255f / max : samples[sx] / max;
                    out[at] = v;
                    if (!gray) {
                        out[at + plane] = v;
                        out[at + 2 * plane] = v;
                    }
                }
            }
        } else {
            int[] rgb = new int[sw];
            float scale = byteScale ? 1f : 255f;
            for (int sy = 0; sy < sh; sy++) {
                image.getRGB(0, sy, sw, 1, rgb, 0, sw);
                int at = base + sy * stepY;
                for (int sx = 0; sx < sw; sx++, at += stepX) {
                    int p = rgb[sx];
                    int r = (p >> 16) & 0xff;
                    int g = (p >> 8) & 0xff;
                    int b = p & 0xff;
                    if (gray) {
                        out[at] = (R * r + G * g + B * b) / scale;
                    } else {
                        out[at] = r / scale;
                        out[at + plane] = g / scale;
                        out[at + 2 * plane] = b / scale;
                    }
                }
            }
        }
        return new Tensor(new Shape3(channels, dh, dw), out);
    }

    /** A grey image stored as integer samples (8 or 16 bits, maybe with alpha), not a palette. */
    private static boolean isGrayRaster(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        int type = image.getRaster().getTransferType();
        return cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(cm instanceof IndexColorModel)
                && (type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT) && cm.getComponentSize(0) <= 16;
    }
}
