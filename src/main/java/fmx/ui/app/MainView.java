package fmx.ui.app;

import static fmx.ui.support.Controls.icon;

import fmx.ui.files.FilesViewModel;
import fmx.ui.session.SessionModel;
import fmx.ui.session.UndoStack;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import fmx.ui.presentation.PresentationMode;
import fmx.ui.presentation.ScaledHost;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.geometry.Insets;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The window's layout: menu bar; input and filters on the left, the maps in the middle (first tab of
 * {@code center-tabs}), layer settings and formulas in one scrolling column on the right, the status bar at the
 * bottom; split panes and scroll panes so it fits 1280 x 800 and grows to 4K. Owns the file
 * dialogs and the "unsaved changes" question; everything else is a view-model call.
 */
final class MainView {
    private final SessionModel session;
    private final FilesViewModel files;
    private final Node input;
    private final Node kernel;
    private final Node maps;
    private final Node layer;
    private final Node formulas;
    private final Node status;
    private final Node animation;
    private Window window;
    private fmx.ui.export.ExportView export;
    private Classroom classroom;
    private BorderPane root;
    private TabPane centerTabPane;
    private Menu fileMenu;
    private Menu editMenu;

    MainView(SessionModel session, FilesViewModel files, Node input, Node kernel, Node maps, Node layer,
             Node formulas, Node status, Node animation) {
        this.session = session;
        this.files = files;
        this.input = input;
        this.kernel = kernel;
        this.maps = maps;
        this.layer = layer;
        this.formulas = formulas;
        this.status = status;
        this.animation = animation;
    }

    /** File > Export and the maps' context menu (Copy image, Export...) open this; none: no export items. */
    void setExport(fmx.ui.export.ExportView export) {
        this.export = export;
    }

    Parent createView() {
        SplitPane left = new SplitPane(scroll(input, "input-scroll"), scroll(kernel, "kernel-scroll"));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.58);
        // One scrolling column: the settings keep their full height (a split hid the pooling controls).
        Separator rule = new Separator();
        rule.setPadding(new Insets(0, 10, 0, 10));
        ScrollPane right = scroll(new VBox(layer, rule, formulas), "settings-scroll");
        right.setMinWidth(280);
        TabPane center = centerTabs();
        centerTabPane = center;
        SplitPane main = new SplitPane(left, center, right);
        main.setId("main-split");
        main.setDividerPositions(0.29, 0.73);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        root = new BorderPane(main);
        VBox bottom = new VBox(status);
        root.setBottom(bottom);
        root.setId("explorer-root");
        // Presentation mode scales the whole window and draws the pointer highlight on a layer above it.
        ScaledHost host = new ScaledHost(root);
        PresentationMode presentation = new PresentationMode(host, fold -> {
            if (fold) {
                main.getItems().setAll(center);
            } else {
                main.getItems().setAll(left, center, right);
                main.setDividerPositions(0.29, 0.73);
            }
        });
        classroom = new Classroom(session, presentation,
                lesson -> bottom.getChildren().setAll(lesson == null ? List.of(status) : List.of(lesson, status)),
                root::setRight, this::confirmDiscard);
        root.setTop(top());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, a2, w) -> {
                    window = w;
                    classroom.setWindow(w);
                });
            }
        });
        return new StackPane(host, presentation.overlay());
    }

    private Node top() {
        MenuBar bar = menus();
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox top = new HBox(bar, classroom.presentationButton());
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("menu-bar"); // one strip with the menu bar's background
        return top;
    }

    Classroom classroom() {
        return classroom;
    }

    /** The maps and the sliding-window animation share the centre, one tab each. */
    private TabPane centerTabs() {
        Tab mapsTab = new Tab(Messages.TEXTS.text("tab.maps"), maps);
        mapsTab.setId("tab-maps");
        Tab animationTab = new Tab(Messages.TEXTS.text("tab.animation"), animation);
        animationTab.setId("tab-animation");
        TabPane tabs = new TabPane(mapsTab, animationTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("center-tabs");
        return tabs;
    }

    /** Adds a feature's tab to the centre and its items to the File menu (before Quit) and the Edit menu. */
    void addFeature(Tab tab, java.util.List<MenuItem> fileItems, java.util.List<MenuItem> editItems) {
        centerTabPane.getTabs().add(tab);
        int beforeQuit = fileMenu.getItems().size() - 2;
        fileMenu.getItems().add(beforeQuit, new SeparatorMenuItem());
        fileMenu.getItems().addAll(beforeQuit + 1, fileItems);
        editMenu.getItems().add(new SeparatorMenuItem());
        editMenu.getItems().addAll(editItems);
    }

    private static ScrollPane scroll(Node content, String id) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setId(id);
        s.getStyleClass().add("edge-to-edge");
        s.setFocusTraversable(false); // else a click on a grid cell gives the focus to the scroll pane, not the grid
        return fmx.ui.support.Controls.withoutViewportCache(s);
    }

    private MenuBar menus() {
        MenuItem open = item(Messages.TEXTS.text("menu.open"), "menu-open", "Shortcut+O", MaterialDesignF.FOLDER_OPEN);
        open.setOnAction(e -> open());
        MenuItem save = item(Messages.TEXTS.text("menu.save"), "menu-save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE);
        save.setOnAction(e -> save());
        MenuItem saveAs = item(Messages.TEXTS.text("menu.saveAs"), "menu-save-as", "Shortcut+Shift+S",
                MaterialDesignC.CONTENT_SAVE_EDIT);
        saveAs.setOnAction(e -> saveAs());
        MenuItem quit = item(Messages.TEXTS.text("menu.quit"), "menu-quit", "Shortcut+Q", MaterialDesignE.EXIT_TO_APP);
        quit.setOnAction(e -> confirmDiscard(() -> window.hide()));
        Menu file = new Menu(Messages.TEXTS.text("menu.file"), null, open, save, saveAs, new SeparatorMenuItem(), quit);
        if (export != null) {
            MenuItem exportItem = item(Messages.TEXTS.text("menu.export"), "menu-export", "Shortcut+E", MaterialDesignE.EXPORT);
            exportItem.setOnAction(e -> export.show(window));
            file.getItems().add(3, exportItem);
            mapsContextMenu();
        }
        fileMenu = file;

        UndoStack undo = session.undoStack();
        MenuItem undoItem = item(Messages.TEXTS.text("menu.undo"), "menu-undo", "Shortcut+Z", MaterialDesignU.UNDO);
        undoItem.textProperty().bind(undo.undoTextProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        undoItem.setOnAction(e -> undo.undo());
        MenuItem redoItem = item(Messages.TEXTS.text("menu.redo"), "menu-redo", "Shortcut+Shift+Z",
                MaterialDesignR.REDO);
        redoItem.textProperty().bind(undo.redoTextProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        redoItem.setOnAction(e -> undo.redo());
        // Ctrl+Y as a second redo key: a hidden item carries the accelerator.
        MenuItem redoY = item(Messages.TEXTS.text("menu.redoY"), "menu-redo-y", "Shortcut+Y", null);
        redoY.setOnAction(e -> undo.redo());
        redoY.disableProperty().bind(undo.canRedoProperty().not());
        Menu edit = new Menu(Messages.TEXTS.text("menu.edit"), null, undoItem, redoItem, redoY);
        if (export != null) {
            // The maps' context menu needs a pointer; this item is the keyboard's way to the same copy.
            MenuItem copyMaps = item(Messages.TEXTS.text("menu.copyMaps"), "menu-copy-maps", null, MaterialDesignC.CONTENT_COPY);
            copyMaps.setOnAction(e -> export.copyMapsToClipboard());
            edit.getItems().addAll(new SeparatorMenuItem(), copyMaps);
        }
        editMenu = edit;

        CheckMenuItem dark = new CheckMenuItem(Messages.TEXTS.text("menu.darkTheme"));
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setGraphic(icon(new javafx.scene.control.Button(), MaterialDesignT.THEME_LIGHT_DARK).getGraphic());
        dark.selectedProperty().bindBidirectional(session.darkThemeProperty());
        Menu view = new Menu(Messages.TEXTS.text("menu.view"), null, dark, classroom.presentationItem());
        MenuBar bar = new MenuBar(file, edit, view, classroom.lessonsMenu());
        bar.setId("menu-bar");
        return bar;
    }

    /** Right-click on the maps: Copy image (all maps, drawn as exported) and Export (the dialog, on the maps). */
    private void mapsContextMenu() {
        MenuItem copy = new MenuItem(Messages.TEXTS.text("maps.copyImage"));
        copy.setId("maps-copy-image");
        copy.setOnAction(e -> export.copyMapsToClipboard());
        MenuItem toFile = new MenuItem(Messages.TEXTS.text("maps.export"));
        toFile.setId("maps-export");
        toFile.setOnAction(e -> export.show(window, fmx.export.FigureKind.MAPS));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(copy, toFile);
        maps.setOnContextMenuRequested(e -> menu.show(maps, e.getScreenX(), e.getScreenY()));
    }

    private static MenuItem item(String text, String id, String accelerator, org.kordamp.ikonli.Ikon icon) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            m.setGraphic(icon(new javafx.scene.control.Button(), icon).getGraphic());
        }
        return m;
    }

    /**
     * Runs {@code proceed} when there is nothing unsaved, or once the user chose to discard it, or after the save
     * the user asked for has succeeded (the write runs off the FX thread); Cancel runs nothing.
     */
    void confirmDiscard(Runnable proceed) {
        if (!files.hasUnsavedChanges()) {
            proceed.run();
            return;
        }
        ButtonType saveButton = new ButtonType(Messages.TEXTS.text("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.TEXTS.text("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.TEXTS.text("unsaved.question"),
                saveButton, discard, ButtonType.CANCEL);
        alert.setHeaderText(Messages.TEXTS.text("unsaved.header"));
        alert.initOwner(window);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == saveButton) {
            Path target = files.fileProperty().get() != null ? files.fileProperty().get() : chooseSaveTarget();
            if (target != null) {
                files.saveAs(target).thenAccept(ok -> {
                    showError(ok);
                    if (ok) {
                        proceed.run();
                    }
                });
            }
            return;
        }
        proceed.run();
    }

    void open() {
        confirmDiscard(() -> {
            File f = chooser(Messages.TEXTS.text("chooser.open")).showOpenDialog(window);
            if (f != null) {
                files.open(f.toPath()).thenAccept(this::showError);
            }
        });
    }

    private void save() {
        if (files.fileProperty().get() == null) {
            saveAs();
        } else {
            files.save().thenAccept(this::showError);
        }
    }

    private void saveAs() {
        Path target = chooseSaveTarget();
        if (target != null) {
            files.saveAs(target).thenAccept(this::showError);
        }
    }

    private Path chooseSaveTarget() {
        FileChooser chooser = chooser(Messages.TEXTS.text("chooser.save"));
        chooser.setInitialFileName(files.fileProperty().get() == null ? Messages.TEXTS.text("chooser.defaultName")
                : files.fileProperty().get().getFileName().toString());
        File f = chooser.showSaveDialog(window);
        return f == null ? null : f.toPath();
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.TEXTS.text("chooser.filter"), "*.json"));
        if (files.fileProperty().get() != null && files.fileProperty().get().getParent() != null) {
            c.setInitialDirectory(files.fileProperty().get().getParent().toFile());
        }
        return c;
    }

    private void showError(boolean ok) {
        if (!ok && files.errorProperty().get() != null) {
            Alert a = new Alert(Alert.AlertType.ERROR, files.errorProperty().get());
            a.setHeaderText(Messages.TEXTS.text("file.error"));
            a.initOwner(window);
            a.show();
        }
    }
}
