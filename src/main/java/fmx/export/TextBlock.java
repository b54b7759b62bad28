package fmx.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Lines of text in one size and weight, wrapped to a width when given one (at spaces, else at ", " and " + "). */
final class TextBlock implements Block {
    private final List<String> lines;
    private final double size;
    private final boolean bold;
    private final Color color;
    private final Painter.Align align;
    private final double width;

    TextBlock(String text, double size, boolean bold, Color color) {
        this(text, size, bold, color, Double.POSITIVE_INFINITY, Painter.Align.LEFT);
    }

    TextBlock(String text, double size, boolean bold, Color color, double maxWidth, Painter.Align align) {
        this.size = size;
        this.bold = bold;
        this.color = color;
        this.align = align;
        this.lines = wrap(text, maxWidth);
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, FigureFonts.width(l, bold, size));
        }
        this.width = align == Painter.Align.LEFT || Double.isInfinite(maxWidth) ? w : Math.max(w, maxWidth);
    }

    private List<String> wrap(String text, double maxWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && FigureFonts.width(candidate, bold, size) > maxWidth) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    double lineHeight() {
        return size * 1.35;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return lines.size() * lineHeight();
    }

    @Override
    public void draw(Painter p, double x, double y) {
        double ax = switch (align) {
            case LEFT -> x;
            case CENTER -> x + width / 2;
            case RIGHT -> x + width;
        };
        for (int i = 0; i < lines.size(); i++) {
            double baseline = y + i * lineHeight() + size * 1.0;
            p.text(lines.get(i), ax, baseline, size, bold, color, align);
        }
    }
}
