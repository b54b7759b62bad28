package fmx.export;

import java.awt.Color;
import java.awt.Graphics2D;

/**
 * A figure ready to draw: its size in points (= pixels at scale 1) and one drawing against {@link Graphics2D} that
 * every format shares (PNG, GIF, SVG, PDF). A white background, a margin, then the content. Immutable once built;
 * drawing is thread-safe as long as each call has its own Graphics2D.
 */
public final class Figure {
    static final double MARGIN = 16;

    private final String title;
    private final Block content;

    Figure(String title, Block content) {
        this.title = title;
        this.content = content;
    }

    /** What the figure shows, e.g. "Figure sheet" (a PDF's title). */
    public String title() {
        return title;
    }

    /** Width in points, whole. */
    public int width() {
        return (int) Math.ceil(content.width() + 2 * MARGIN);
    }

    /** Height in points, whole. */
    public int height() {
        return (int) Math.ceil(content.height() + 2 * MARGIN);
    }

    /** Draws the figure at (0, 0) in points; scale the Graphics2D beforehand for a bigger raster. */
    public void draw(Graphics2D g, FigureFonts fonts) {
        Painter p = new Painter(g, fonts);
        p.fill(0, 0, width(), height(), Color.WHITE);
        content.draw(p, MARGIN, MARGIN);
    }
}
