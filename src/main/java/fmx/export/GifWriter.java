package fmx.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF through ImageIO's own GIF writer: one frame per {@link #add} call, each shown for its delay, the
 * whole looping forever (the NETSCAPE2.0 application extension). Frames smaller than the canvas are drawn on white
 * at its top left. Not thread-safe.
 */
final class GifWriter implements AutoCloseable {
    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int width;
    private final int height;
    private boolean first = true;

    GifWriter(OutputStream out, int width, int height) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer in this Java runtime");
        }
        this.writer = writers.next();
        this.stream = ImageIO.createImageOutputStream(out);
        this.width = width;
        this.height = height;
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** Adds a frame shown for {@code delayCentiseconds} (GIF counts hundredths of a second). */
    void add(BufferedImage frame, int delayCentiseconds) throws IOException {
        BufferedImage canvas = frame;
        if (frame.getWidth() != width || frame.getHeight() != height) {
            canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(frame, 0, 0, null);
            g.dispose();
        }
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(canvas), null);
        String format = meta.getNativeMetadataFormatName(); // javax_imageio_gif_image_1.0
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            apps.appendChild(loop);
            first = false;
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(canvas, null, meta), null);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }
}
