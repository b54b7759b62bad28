package fmx.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fmx.compute.BackgroundComputeService;
import fmx.ui.support.FrameDelivery;
import fmx.ui.animation.AnimationView;
import fmx.ui.animation.AnimationViewModel;
import fmx.ui.files.FilesViewModel;
import fmx.ui.files.SessionFiles;
import fmx.ui.formulas.FormulasView;
import fmx.ui.formulas.FormulasViewModel;
import fmx.ui.input.InputView;
import fmx.ui.input.InputViewModel;
import fmx.ui.kernel.KernelView;
import fmx.ui.kernel.KernelViewModel;
import fmx.ui.layer.LayerView;
import fmx.ui.layer.LayerViewModel;
import fmx.ui.maps.MapsView;
import fmx.ui.maps.MapsViewModel;
import fmx.ui.session.LiveComputation;
import fmx.ui.session.SessionModel;
import fmx.ui.status.StatusView;
import fmx.ui.status.StatusViewModel;
import fmx.compute.PhotoComputeService;
import fmx.ui.photo.PhotoView;
import fmx.ui.photo.PhotoViewModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: builds the explorer window. The one place where objects are wired together. */
public final class ExplorerApp extends Application {
    public static final String TITLE = FilesViewModel.APP_TITLE;
    static final String STYLESHEET = "/fmx/assets/styles/explorer.css";

    private BackgroundComputeService compute;
    private ExecutorService fileThread;
    private Explorer explorer;

    /** Starts the toolkit and opens the window; returns when the window closes. */
    public static void launchWindow(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FrameDelivery delivery = new FrameDelivery();
        compute = new BackgroundComputeService(delivery);
        fileThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fmx-files");
            t.setDaemon(true);
            return t;
        });
        explorer = new Explorer(new SessionModel(), compute, SessionFilesAdapter.create(), fileThread,
                Platform::runLater);
        Scene scene = explorer.createScene();
        delivery.attach(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(explorer.files().titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            explorer.mainView().confirmDiscard(stage::hide);
        });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1600, screen.getWidth()));
        stage.setHeight(Math.min(1000, screen.getHeight()));
        stage.show();
    }

    @Override
    public void stop() {
        if (compute != null) {
            compute.close();
        }
        if (fileThread != null) {
            fileThread.shutdownNow();
        }
        if (explorer != null) {
            explorer.close();
        }
    }

    /** The window's object graph, built once; also used by the UI tests and the latency benchmark. */
    public static final class Explorer {
        private final SessionModel session;
        private final LiveComputation live;
        private final FilesViewModel files;
        private final fmx.ui.export.ExportView export;
        private final PhotoComputeService photoCompute;
        private final ExecutorService photoThreads;
        private final PhotoViewModel photo;
        private MainView mainView;

        public Explorer(SessionModel session, fmx.compute.ComputeService compute, SessionFiles sessionFiles,
                        java.util.concurrent.Executor background, java.util.concurrent.Executor fx) {
            this.session = session;
            this.live = new LiveComputation(session, compute);
            this.files = new FilesViewModel(session, sessionFiles, background, fx);
            this.export = new fmx.ui.export.ExportView(new fmx.ui.export.ExportViewModel(
                    () -> fmx.ui.session.SessionMapping.toSession(session), () -> session.inputProperty().get(),
                    background, fx, fmx.ui.export.ExportPreferences.of(
                            java.util.prefs.Preferences.userRoot().node("fmx/export"))));
            this.photoCompute = new PhotoComputeService(fx);
            // Photo decoding and viewport rendering: daemon threads, so that they never hold the JVM open.
            this.photoThreads = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fmx-photo");
                t.setDaemon(true);
                return t;
            });
            this.photo = new PhotoViewModel(session, photoCompute, photoThreads, fx);
        }

        /** Stops the photo threads. */
        public void close() {
            photoCompute.close();
            photoThreads.shutdownNow();
        }

        public PhotoViewModel photo() {
            return photo;
        }

        public Scene createScene() {
            mainView = new MainView(session, files,
                    new InputView(new InputViewModel(session, live)).createView(),
                    new KernelView(new KernelViewModel(session)).createView(),
                    new MapsView(new MapsViewModel(session, live)).createView(),
                    new LayerView(new LayerViewModel(session, live)).createView(),
                    new FormulasView(new FormulasViewModel(live)).createView(),
                    new StatusView(new StatusViewModel(live, files.errorProperty())).createView(),
                    new AnimationView(new AnimationViewModel(session, live)).createView());
            mainView.setExport(export);
            Scene scene = new Scene(mainView.createView(), 1280, 800);
            PhotoView photoView = new PhotoView(photo);
            mainView.addFeature(photoView.createTab(), photoView.fileMenuItems(), List.of(photoView.pasteMenuItem()));
            photoView.acceptDrops(scene);
            scene.getStylesheets().add(stylesheet());
            applyTheme(session.darkThemeProperty().get());
            session.darkThemeProperty().addListener((o, a, dark) -> applyTheme(dark));
            return scene;
        }

        /** The app's stylesheet, from assets/styles (put on the module's resources under /fmx/assets by the build). */
        static String stylesheet() {
            var url = ExplorerApp.class.getResource(STYLESHEET);
            if (url == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the build: assets/ must be on the "
                        + "module's resources (see the <resources> of pom.xml)");
            }
            return url.toExternalForm();
        }

        private static void applyTheme(boolean dark) {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
        }

        public SessionModel session() {
            return session;
        }

        public LiveComputation live() {
            return live;
        }

        public FilesViewModel files() {
            return files;
        }

        MainView mainView() {
            return mainView;
        }
    }
}
