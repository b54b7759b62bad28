package fmx.ui.photo;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * One panel of the photo tab (the photo or one map): the rendered pixels written with one setPixels, an overlay
 * with the probed pixel, its receptive field and the cropped patch, and a caption. Wheel zooms, drag pans (or, in
 * crop mode, selects the patch), the mouse probes; all panels share the view-model's viewport.
 */
final class PhotoPanel extends StackPane {
    private final PhotoViewModel vm;
    private final ObservableBooleanValue cropMode;
    private final ImageView imageView = new ImageView();
    private final Canvas overlay = new Canvas();
    private final Label caption = new Label();
    private WritableImage image;
    private double lastX;
    private double lastY;
    private int[] selectionStart;
    private PhotoRegion selection;

    PhotoPanel(PhotoViewModel vm, ObservableBooleanValue cropMode) {
        this.vm = vm;
        this.cropMode = cropMode;
        caption.getStyleClass().add("photo-caption");
        caption.setStyle("-fx-background-color: rgba(0,0,0,0.55); -fx-text-fill: white; -fx-padding: 1 4 1 4;");
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        getChildren().addAll(imageView, overlay, caption);
        setAlignment(Pos.TOP_LEFT);
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                vm.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
            }
        });
        setOnMousePressed(e -> {
            lastX = e.getX();
            lastY = e.getY();
            if (cropMode.get() && e.getButton() == MouseButton.PRIMARY) {
                selectionStart = photoPixel(e.getX(), e.getY());
            }
        });
        setOnMouseDragged(e -> {
            if (selectionStart != null) {
                int[] end = photoPixel(e.getX(), e.getY());
                var photo = vm.photoProperty().get();
                if (photo != null) {
                    selection = PhotoRegion.spanning(selectionStart[0], selectionStart[1], end[0], end[1],
                            photo.width(), photo.height());
                    drawOverlay(vm.viewport(), vm.probeProperty().get(), selection, true);
                }
            } else {
                vm.pan(e.getX() - lastX, e.getY() - lastY);
                lastX = e.getX();
                lastY = e.getY();
            }
        });
        setOnMouseReleased(e -> {
            if (selectionStart != null && selection != null) {
                vm.cropToGrid(selection);
            }
            selectionStart = null;
            selection = null;
        });
        setOnMouseMoved(e -> {
            int[] p = photoPixel(e.getX(), e.getY());
            vm.probeAt(p[0], p[1]);
        });
        setOnMouseExited(e -> vm.clearProbe());
    }

    private int[] photoPixel(double sx, double sy) {
        Viewport v = vm.viewport();
        return new int[] {(int) Math.floor(v.photoX(sx)), (int) Math.floor(v.photoY(sy))};
    }

    /** Writes a rendered panel: {@code argb} is viewport.width x viewport.height. */
    void show(int[] argb, Viewport v, String text) {
        if (image == null || image.getWidth() != v.width() || image.getHeight() != v.height()) {
            image = new WritableImage(v.width(), v.height());
            imageView.setImage(image);
            overlay.setWidth(v.width());
            overlay.setHeight(v.height());
            setPrefSize(v.width(), v.height());
            setMinSize(v.width(), v.height());
            setMaxSize(v.width(), v.height());
        }
        image.getPixelWriter().setPixels(0, 0, v.width(), v.height(), PixelFormat.getIntArgbInstance(), argb, 0,
                v.width());
        caption.setText(text);
    }

    /** The probed pixel (white box), its receptive field (yellow) and the cropped patch (cyan, dashed). */
    void drawOverlay(Viewport v, ProbeReport probe, PhotoRegion cropped, boolean isPhoto) {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (cropped != null) {
            g.setStroke(Color.CYAN);
            g.setLineWidth(2);
            g.setLineDashes(6, 4);
            rect(g, v, cropped);
            g.setLineDashes();
        }
        if (probe != null) {
            g.setStroke(Color.YELLOW);
            g.setLineWidth(1.5);
            if (!isPhoto) {
                g.setLineDashes(4, 3);
            }
            rect(g, v, probe.field());
            g.setLineDashes();
            double cx = (probe.x() + 0.5 - v.left()) * v.zoom();
            double cy = (probe.y() + 0.5 - v.top()) * v.zoom();
            // Black under white: the cross shows on light and dark pixels alike.
            for (Color c : new Color[] {Color.color(0, 0, 0, 0.8), Color.WHITE}) {
                g.setStroke(c);
                g.setLineWidth(c == Color.WHITE ? 1 : 3);
                g.strokeLine(cx - 9, cy, cx - 3, cy);
                g.strokeLine(cx + 3, cy, cx + 9, cy);
                g.strokeLine(cx, cy - 9, cx, cy - 3);
                g.strokeLine(cx, cy + 3, cx, cy + 9);
                rect(g, v, new PhotoRegion(probe.x(), probe.y(), 1, 1));
            }
        }
    }

    private static void rect(GraphicsContext g, Viewport v, PhotoRegion r) {
        double x = (r.x() - v.left()) * v.zoom();
        double y = (r.y() - v.top()) * v.zoom();
        g.strokeRect(x, y, r.width() * v.zoom(), r.height() * v.zoom());
    }
}
