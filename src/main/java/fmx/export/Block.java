package fmx.export;

/**
 * A rectangle of a figure that knows its size (in points: pixels at scale 1) and draws itself at a position.
 * Blocks are laid out by {@link Stack}; the same block draws to PNG, SVG and PDF.
 */
interface Block {
    double width();

    double height();

    void draw(Painter p, double x, double y);
}
