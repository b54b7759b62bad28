package fmx.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes {@link Figure}s: PNG through ImageIO at a whole scale, SVG through JFreeSVG and PDF through JFreePDF, both
 * with text as text (selectable, searchable) and embedded images for photos. Stateless and thread-safe.
 */
public final class FigureWriters {
    private FigureWriters() {
    }

    /** The figure as an opaque RGB raster, {@code scale} pixels per point. */
    public static BufferedImage raster(Figure f, int scale) {
        BufferedImage image = new BufferedImage(f.width() * scale, f.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            f.draw(g, FigureFonts.standard());
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void png(Figure f, int scale, OutputStream out) throws IOException {
        if (!ImageIO.write(raster(f, scale), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    public static void svg(Figure f, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(f.width(), f.height());
        // Text keeps a font stack, not one family name: the viewer picks the first it has.
        g.setFontFunction(family -> FigureFonts.CSS_STACK);
        f.draw(g, FigureFonts.standard());
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    /** One page per figure, each the figure's size in points (1/72 inch). */
    public static void pdf(List<Figure> pages, OutputStream out) throws IOException {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(pages.isEmpty() ? "" : pages.getFirst().title());
        doc.setAuthor("Feature Map Explorer");
        for (Figure f : pages) {
            Page page = doc.createPage(new Rectangle2D.Double(0, 0, f.width(), f.height()));
            PDFGraphics2D g = page.getGraphics2D();
            g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
            f.draw(g, FigureFonts.pdf());
        }
        out.write(doc.getPDFBytes());
    }
}
