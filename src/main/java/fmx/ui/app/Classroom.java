package fmx.ui.app;

import fmx.classroom.ExerciseGenerator;
import fmx.classroom.Lesson;
import fmx.classroom.LessonCatalog;
import fmx.classroom.LessonReader;
import fmx.io.InputException;
import fmx.ui.lesson.LessonPlayerView;
import fmx.ui.lesson.LessonPlayerViewModel;
import fmx.ui.lesson.PracticeView;
import fmx.ui.lesson.PracticeViewModel;
import fmx.ui.presentation.PresentationMode;
import fmx.ui.session.SessionModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The classroom features wired into the window: the Lessons menu (shipped lessons, "Open lesson file...",
 * "Practice..."), the lesson band docked along the bottom and the practice panel on the right, and the
 * presentation-mode switch (View menu, F5, and a button). Kept apart from MainView so the window's layout class stays small.
 */
final class Classroom {
    private final ResourceBundle text = ResourceBundle.getBundle("fmx.ui.lesson.messages");
    private final ResourceBundle presentationText = ResourceBundle.getBundle("fmx.ui.presentation.messages");
    private final LessonPlayerViewModel player;
    private final PracticeViewModel practice;
    private final PresentationMode presentation;
    private final Consumer<Node> lessonDock;
    private final Consumer<Node> practiceDock;
    private final Consumer<Runnable> confirmDiscard;
    private Node playerView;
    private Node practiceView;
    private Window window;

    /**
     * {@code lessonDock} shows the lesson band along the bottom, {@code practiceDock} the practice panel on the
     * right (null hides either); {@code confirmDiscard} guards unsaved work.
     */
    Classroom(SessionModel session, PresentationMode presentation, Consumer<Node> lessonDock,
              Consumer<Node> practiceDock, Consumer<Runnable> confirmDiscard) {
        this.player = new LessonPlayerViewModel(session, text);
        this.practice = new PracticeViewModel(new ExerciseGenerator(), text);
        this.presentation = presentation;
        this.lessonDock = lessonDock;
        this.practiceDock = practiceDock;
        this.confirmDiscard = confirmDiscard;
    }

    void setWindow(Window window) {
        this.window = window;
    }

    LessonPlayerViewModel player() {
        return player;
    }

    Menu lessonsMenu() {
        List<MenuItem> items = new ArrayList<>();
        try {
            List<String> names = LessonCatalog.names();
            for (int i = 0; i < names.size(); i++) {
                // The shipped lessons are small resources inside the application: read at once.
                Lesson lesson = LessonCatalog.load(names.get(i));
                MenuItem item = new MenuItem((i + 1) + ". " + lesson.title());
                item.setId("menu-lesson-" + i);
                item.setOnAction(e -> confirmDiscard.accept(() -> play(lesson)));
                items.add(item);
            }
        } catch (InputException e) {
            MenuItem broken = new MenuItem(e.getMessage());
            broken.setDisable(true);
            items.add(broken);
        }
        MenuItem open = new MenuItem(text.getString("menu.openLesson"));
        open.setId("menu-open-lesson");
        open.setOnAction(e -> confirmDiscard.accept(this::openFile));
        MenuItem practiceItem = new MenuItem(text.getString("menu.practice"));
        practiceItem.setId("menu-practice");
        practiceItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        practiceItem.setOnAction(e -> showPractice());
        Menu menu = new Menu(text.getString("menu.lessons"));
        menu.setId("menu-lessons");
        menu.getItems().addAll(items);
        menu.getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem(), practiceItem);
        return menu;
    }

    /** "Presentation mode" for the View menu, with F5. */
    CheckMenuItem presentationItem() {
        CheckMenuItem item = new CheckMenuItem(presentationText.getString("presentation.menu"));
        item.setId("menu-presentation");
        item.setAccelerator(KeyCombination.keyCombination("F5"));
        item.selectedProperty().bindBidirectional(presentation.activeProperty());
        return item;
    }

    /** The toolbar button that switches presentation mode. */
    Button presentationButton() {
        Button b = new Button(presentationText.getString("presentation.button"));
        b.setId("presentation-button");
        b.setTooltip(new Tooltip(presentationText.getString("presentation.button.help")));
        b.setAccessibleText(presentationText.getString("presentation.menu"));
        b.setFocusTraversable(true);
        b.setOnAction(e -> presentation.toggle());
        return b;
    }

    void play(Lesson lesson) {
        player.open(lesson);
        if (playerView == null) {
            playerView = new LessonPlayerView(player, text, () -> lessonDock.accept(null)).createView();
        }
        practiceDock.accept(null);
        lessonDock.accept(playerView);
    }

    void showPractice() {
        if (practiceView == null) {
            practiceView = new PracticeView(practice, text, () -> practiceDock.accept(null)).createView();
        }
        lessonDock.accept(null);
        practiceDock.accept(practiceView);
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("menu.openLesson"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("lesson.fileFilter"), "*.json"));
        File f = chooser.showOpenDialog(window);
        if (f == null) {
            return;
        }
        Path path = f.toPath();
        CompletableFuture.supplyAsync(() -> {
            try {
                return new LessonReader().read(path);
            } catch (InputException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((lesson, error) -> Platform.runLater(() -> {
            if (error == null) {
                play(lesson);
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                Alert a = new Alert(Alert.AlertType.ERROR, cause.getMessage());
                a.setHeaderText(text.getString("lesson.open.error"));
                a.initOwner(window);
                a.show();
            }
        }));
    }
}
