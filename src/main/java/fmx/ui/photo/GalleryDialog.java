package fmx.ui.photo;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/** The sample photos as thumbnails (loaded in the background), each with its licence line; a click opens one. */
final class GalleryDialog {
    private final SampleImages samples;
    private final Consumer<SampleImages.Sample> open;

    GalleryDialog(SampleImages samples, Consumer<SampleImages.Sample> open) {
        this.samples = samples;
        this.open = open;
    }

    void show(Scene owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(Messages.TEXTS.text("gallery.title"));
        dialog.setHeaderText(Messages.TEXTS.text("gallery.header"));
        if (owner != null) {
            dialog.initOwner(owner.getWindow());
        }
        TilePane tiles = new TilePane(12, 12);
        tiles.setPadding(new Insets(8));
        tiles.setPrefColumns(4);
        tiles.setId("gallery-tiles");
        for (SampleImages.Sample s : samples.samples()) {
            var url = SampleImages.class.getResource(s.resource());
            ImageView thumb = new ImageView(url == null ? null : new Image(url.toExternalForm(), 160, 120, true, true, true));
            Label name = new Label(s.file());
            name.setStyle("-fx-font-weight: bold;");
            Label licence = new Label(s.caption());
            licence.setWrapText(true);
            licence.setMaxWidth(170);
            VBox content = new VBox(4, thumb, name, licence);
            content.setAlignment(Pos.TOP_CENTER);
            // A button, not a clickable box: Tab reaches it and Space opens it.
            Button tile = new Button(null, content);
            tile.setPrefWidth(180);
            tile.setId("gallery-" + s.file());
            tile.setTooltip(new Tooltip(Messages.TEXTS.text("gallery.open", s.file())));
            tile.setOnAction(e -> {
                dialog.close();
                open.accept(s);
            });
            tile.setStyle("-fx-cursor: hand;");
            tiles.getChildren().add(tile);
        }
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(800, 560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
