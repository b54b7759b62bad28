package fmx.export;

import java.util.ArrayList;
import java.util.List;

/** Blocks side by side (a row) or one under another (a column), with a gap, aligned at their start or centre. */
final class Stack implements Block {
    private final boolean row;
    private final double gap;
    private final boolean centred;
    private final List<Block> items = new ArrayList<>();

    private Stack(boolean row, double gap, boolean centred) {
        this.row = row;
        this.gap = gap;
        this.centred = centred;
    }

    static Stack row(double gap) {
        return new Stack(true, gap, false);
    }

    static Stack column(double gap) {
        return new Stack(false, gap, false);
    }

    static Stack centredColumn(double gap) {
        return new Stack(false, gap, true);
    }

    static Stack centredRow(double gap) {
        return new Stack(true, gap, true);
    }

    Stack add(Block b) {
        if (b != null) {
            items.add(b);
        }
        return this;
    }

    /** Empty space of the given size. */
    static Block space(double w, double h) {
        return new Block() {
            public double width() {
                return w;
            }

            public double height() {
                return h;
            }

            public void draw(Painter p, double x, double y) {
            }
        };
    }

    @Override
    public double width() {
        double w = 0;
        for (Block b : items) {
            w = row ? w + b.width() : Math.max(w, b.width());
        }
        return row ? w + gap * Math.max(0, items.size() - 1) : w;
    }

    @Override
    public double height() {
        double h = 0;
        for (Block b : items) {
            h = row ? Math.max(h, b.height()) : h + b.height();
        }
        return row ? h : h + gap * Math.max(0, items.size() - 1);
    }

    @Override
    public void draw(Painter p, double x, double y) {
        double across = row ? height() : width();
        double along = 0;
        for (Block b : items) {
            double offset = centred ? (across - (row ? b.height() : b.width())) / 2 : 0;
            if (row) {
                b.draw(p, x + along, y + offset);
                along += b.width() + gap;
            } else {
                b.draw(p, x + offset, y + along);
                along += b.height() + gap;
            }
        }
    }
}
