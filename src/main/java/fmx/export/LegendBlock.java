package fmx.export;

import fmx.core.ColorScale;
import fmx.core.CompactNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal colour bar of a {@link ColorScale} with ticks at its low end, at 0 (when inside) and at its high
 * end, labelled as the window's legend is: the bar is drawn as short vector strips (crisp in SVG and PDF).
 */
final class LegendBlock implements Block {
    private static final double BAR = 10;
    private static final double TICK = 4;
    private static final double LABEL = 10;
    private static final int STRIPS = 64;

    private final ColorScale scale;
    private final double barWidth;
    private final double inset;

    /** A legend {@code width} wide in all: the bar leaves room for half a label at each end. */
    LegendBlock(ColorScale scale, double width) {
        this.scale = scale;
        double half = 0;
        for (String t : labels()) {
            half = Math.max(half, FigureFonts.width(t, false, LABEL) / 2);
        }
        this.inset = Math.min(40, half);
        this.barWidth = Math.max(40, width - 2 * inset);
    }

    private List<String> labels() {
        List<String> t = new ArrayList<>();
        if (!scale.isProper()) {
            t.add(CompactNumber.format(scale.low()));
            return t;
        }
        t.add(CompactNumber.format(scale.low()));
        if (scale.low() < 0 && scale.high() > 0) {
            t.add("0");
        }
        t.add(CompactNumber.format(scale.high()));
        return t;
    }

    private List<Double> positions() {
        if (!scale.isProper()) {
            return List.of(0.5);
        }
        List<Double> p = new ArrayList<>(List.of(0.0));
        if (scale.low() < 0 && scale.high() > 0) {
            p.add(scale.position(0f));
        }
        p.add(1.0);
        return p;
    }

    @Override
    public double width() {
        return barWidth + 2 * inset;
    }

    @Override
    public double height() {
        return BAR + TICK + LABEL * 1.3;
    }

    @Override
    public void draw(Painter p, double x, double y) {
        p.beginGroup("legend");
        double bx = x + inset;
        double step = barWidth / STRIPS;
        for (int i = 0; i < STRIPS; i++) {
            // A hair wider than the strip: no seams between strips in anti-aliased viewers.
            p.fill(bx + i * step, y, step + (i < STRIPS - 1 ? 0.6 : 0), BAR,
                    Painter.color(scale.map().argb((i + 0.5) / STRIPS)));
        }
        p.rect(bx, y, barWidth, BAR, Painter.BORDER, 0.75);
        List<String> labels = labels();
        List<Double> pos = positions();
        double previousRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels.size(); i++) {
            double tx = bx + pos.get(i) * barWidth;
            p.line(tx, y + BAR, tx, y + BAR + TICK, Painter.MUTED, 0.75);
            double w = FigureFonts.width(labels.get(i), false, LABEL);
            double left = Math.max(x, Math.min(x + width() - w, tx - w / 2));
            if (left >= previousRight + 4) {
                p.text(labels.get(i), left, y + BAR + TICK + LABEL, LABEL, false, Painter.MUTED, Painter.Align.LEFT);
                previousRight = left + w;
            }
        }
        p.endGroup();
    }
}
