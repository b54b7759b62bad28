package fmx.export;

import fmx.core.Tensor;
import java.awt.image.BufferedImage;

/**
 * A photo input (3 channels R, G, B, or 1 grey channel) drawn as one embedded image, values mapped from the
 * tensor's own range (0..1 or 0..255) to 0..255.
 */
final class ImageBlock implements Block {
    private final BufferedImage image;
    private final double width;
    private final double height;

    ImageBlock(Tensor photo, double scale) {
        this.image = toImage(photo);
        this.width = photo.width() * scale;
        this.height = photo.height() * scale;
    }

    static BufferedImage toImage(Tensor t) {
        float max = t.range()[1] > 1.0001f ? 255f : 1f;
        int h = t.height();
        int w = t.width();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[w * h];
        boolean colour = t.channels() >= 3;
        float[] d = t.data();
        int plane = w * h;
        for (int i = 0; i < plane; i++) {
            int r = byteOf(d[i], max);
            int g = colour ? byteOf(d[plane + i], max) : r;
            int b = colour ? byteOf(d[2 * plane + i], max) : r;
            rgb[i] = r << 16 | g << 8 | b;
        }
        img.setRGB(0, 0, w, h, rgb, 0, w);
        return img;
    }

    private static int byteOf(float v, float max) {
        return Math.clamp(Math.round(v / max * 255f), 0, 255);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void draw(Painter p, double x, double y) {
        p.beginGroup("photo");
        p.image(image, x, y, width, height, width >= image.getWidth() * 2);
        p.rect(x, y, width, height, Painter.BORDER, 1);
        p.endGroup();
    }
}
