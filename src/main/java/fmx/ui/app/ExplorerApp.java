package fmx.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the explorer window. The one place where objects are wired together. */
public final class ExplorerApp extends Application {
    public static final String TITLE = "Feature Map Explorer";

    /** Starts the toolkit and opens the window; returns when the window closes. */
    public static void launchWindow(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new Label(TITLE), 1280, 800));
        stage.show();
    }
}
