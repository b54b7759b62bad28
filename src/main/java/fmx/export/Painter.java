package fmx.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The few drawing operations figures use, on any Graphics2D: filled and stroked rectangles, lines, text placed
 * by its measured width (so it sits where the layout put it whatever the writer's own metrics), images, and named
 * groups (an SVG {@code <g id>}; ignored by other writers). Not thread-safe: one per drawing.
 */
final class Painter {
    static final Color TEXT = new Color(0x1F2328);
    static final Color MUTED = new Color(0x59636E);
    static final Color DARK_TEXT = new Color(0x151515);
    static final Color GRID_LINE = new Color(0, 0, 0, 41);
    static final Color BORDER = new Color(0, 0, 0, 102);
    static final Color ACCENT = new Color(0xF5A300);
    static final Color HALO = new Color(0x111111);
    static final Color PADDING_FILL = new Color(0xDADADA);
    static final Color PADDING_TEXT = new Color(0x7A7A7A);
    static final Color BLANK_FILL = new Color(0xF2F2F2);

    enum Align { LEFT, CENTER, RIGHT }

    private final Graphics2D g;
    private final FigureFonts fonts;
    private final java.util.Map<String, Integer> groups = new java.util.HashMap<>();

    Painter(Graphics2D g, FigureFonts fonts) {
        this.g = g;
        this.fonts = fonts;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    Graphics2D graphics() {
        return g;
    }

    void fill(double x, double y, double w, double h, Color c) {
        g.setColor(c);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    void stroke(Shape s, Color c, double width) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(s);
    }

    void rect(double x, double y, double w, double h, Color c, double width) {
        stroke(new Rectangle2D.Double(x, y, w, h), c, width);
    }

    void line(double x1, double y1, double x2, double y2, Color c, double width) {
        stroke(new Line2D.Double(x1, y1, x2, y2), c, width);
    }

    /** Draws {@code text} with its baseline at {@code baseline}, aligned at {@code x}. */
    void text(String original, double x, double baseline, double size, boolean bold, Color c, Align align) {
        String text = fonts.printable(original);
        double w = FigureFonts.width(text, bold, size);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.setFont(fonts.draw(bold, size));
        g.setColor(c);
        g.drawString(text, (float) left, (float) baseline);
    }

    /** Draws {@code text} centred on (cx, cy), by the height of its digits. */
    void centred(String text, double cx, double cy, double size, boolean bold, Color c) {
        text(text, cx, cy + FigureFonts.capHeight(bold, size) / 2, size, bold, c, Align.CENTER);
    }

    /** Draws {@code image} into the rectangle; {@code pixelated}: nearest neighbour (cells stay square). */
    void image(BufferedImage image, double x, double y, double w, double h, boolean pixelated) {
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, pixelated
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        var t = new java.awt.geom.AffineTransform(w / image.getWidth(), 0, 0, h / image.getHeight(), x, y);
        g.drawImage(image, t, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    /** Opens a named group: an SVG {@code <g id="...">}, so that tests and authors can find the parts. */
    void beginGroup(String id) {
        if (g instanceof SVGGraphics2D) {
            // Ids are unique in a document: a second "legend" becomes "legend-2".
            int n = groups.merge(id, 1, Integer::sum);
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, n == 1 ? id : id + "-" + n);
        }
    }

    void endGroup() {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    static Color color(int argb) {
        return new Color(argb, true);
    }
}
