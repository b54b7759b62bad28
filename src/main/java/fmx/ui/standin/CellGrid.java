package fmx.ui.standin;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Minimal stand-in: draws, hovers, edits a double-clicked cell. */
public final class CellGrid extends Region {
    private final Canvas canvas = new Canvas();
    private float[] values = new float[0];
    private int rows, cols;
    private ColorScale scale = new ColorScale(ColorMap.GRAY, 0, 1);
    private int pt, pb, pl, pr;
    private List<CellMark> marks = List.of();
    private boolean stale;
    private double min = 8, max = 40, cell = 20;
    private CellHandler hover, click;
    private CellEditHandler edit;
    private boolean editable;

    public CellGrid() {
        getChildren().add(canvas);
        canvas.setOnMouseMoved(e -> { int[] rc = at(e.getX(), e.getY()); if (hover != null) hover.handle(rc[0], rc[1]); });
        canvas.setOnMouseExited(e -> { if (hover != null) hover.handle(-1, -1); });
        canvas.setOnMouseClicked(e -> {
            int[] rc = at(e.getX(), e.getY());
            if (rc[0] < 0) return;
            if (click != null) click.handle(rc[0], rc[1]);
            if (editable && e.getClickCount() == 2) startEdit(rc[0], rc[1]);
        });
    }
    private void startEdit(int r, int c) {
        TextField f = new TextField(Float.toString(values[r * cols + c]));
        Point2D p = cellCenter(r, c);
        f.resizeRelocate(p.getX() - cell / 2, p.getY() - cell / 2, Math.max(cell, 50), cell);
        getChildren().add(f);
        f.setOnAction(a -> { getChildren().remove(f); try { if (edit != null) edit.edit(r, c, Float.parseFloat(f.getText())); } catch (NumberFormatException ex) { } });
        f.requestFocus();
    }
    private int[] at(double x, double y) {
        int c = (int) Math.floor(x / cell) - pl, r = (int) Math.floor(y / cell) - pt;
        return r >= 0 && r < rows && c >= 0 && c < cols ? new int[] {r, c} : new int[] {-1, -1};
    }
    public void setData(float[] v, int rows, int cols) { values = v; this.rows = rows; this.cols = cols; requestLayout(); draw(); }
    public void setColorScale(ColorScale s) { scale = s; draw(); }
    public void setFramePadding(int t, int b, int l, int r) { pt = t; pb = b; pl = l; pr = r; requestLayout(); draw(); }
    public void setOverlay(List<CellMark> m) { marks = m; draw(); }
    public void setStale(boolean s) { stale = s; draw(); }
    public void setRevealedCount(int n) { }
    public void setCellSizeRange(double a, double b) { min = a; max = b; requestLayout(); }
    public Point2D cellCenter(int r, int c) { return new Point2D((c + pl + 0.5) * cell, (r + pt + 0.5) * cell); }
    public void setEditable(boolean e) { editable = e; }
    public void setOnCellEdit(CellEditHandler h) { edit = h; }
    public void setOnBlockPaste(BlockPasteHandler h) { }
    public void setPaintValue(Float v) { }
    public void setOnPaintStroke(PaintStrokeHandler h) { }
    public void setOnCellHover(CellHandler h) { hover = h; }
    public void setOnCellClick(CellHandler h) { click = h; }
    @Override protected double computePrefWidth(double h) { return (cols + pl + pr) * max; }
    @Override protected double computePrefHeight(double w) { return (rows + pt + pb) * max; }
    @Override protected double computeMinWidth(double h) { return (cols + pl + pr) * min; }
    @Override protected double computeMinHeight(double w) { return (rows + pt + pb) * min; }
    @Override protected void layoutChildren() {
        int tc = cols + pl + pr, tr = rows + pt + pb;
        if (tc == 0 || tr == 0) return;
        cell = Math.clamp(Math.min(getWidth() / tc, getHeight() / tr), min, max);
        canvas.setWidth(tc * cell); canvas.setHeight(tr * cell);
        draw();
    }
    private boolean drawPending;
    private void draw() {
        if (!drawPending) { drawPending = true; javafx.application.Platform.runLater(() -> { drawPending = false; paint(); }); }
    }
    private void paint() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (int r = -pt; r < rows + pb; r++) for (int c = -pl; c < cols + pr; c++) {
            double x = (c + pl) * cell, y = (r + pt) * cell;
            boolean inside = r >= 0 && r < rows && c >= 0 && c < cols;
            int argb = inside ? scale.argb(values[r * cols + c]) : 0xFFDDDDDD;
            g.setFill(Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255, stale ? 0.4 : 1));
            g.fillRect(x, y, cell, cell);
            g.setStroke(Color.gray(0.6)); g.strokeRect(x, y, cell, cell);
            if (cell >= 22) { g.setFill(Color.BLACK); g.fillText(inside ? fmt(values[r * cols + c]) : "0", x + 3, y + cell * 0.6); }
        }
        for (CellMark m : marks) {
            g.setStroke(switch (m.kind()) { case FED, WINNER -> Color.MAGENTA; case UNVISITED -> Color.GRAY; case PADDING_TAP -> Color.ORANGE; case DILATION_GAP -> Color.LIGHTGRAY; default -> Color.LIME; });
            g.setLineWidth(3); g.strokeRect((m.col() + pl) * cell + 2, (m.row() + pt) * cell + 2, cell - 4, cell - 4); g.setLineWidth(1);
        }
    }
    private static String fmt(float v) { return v == Math.rint(v) ? Integer.toString((int) v) : String.format("%.2f", v); }
}
