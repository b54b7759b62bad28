package fmx.ui.files;

import fmx.core.InvalidSettingException;
import fmx.io.Session;
import fmx.ui.session.SessionMapping;
import fmx.ui.session.SessionModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Open, Save and Save As: the file of the session, the window title with the unsaved mark, and the reads and writes
 * run on {@code background} (never on the FX thread) with their outcome applied through {@code fx}. Whether to ask
 * before discarding changes is {@link #hasUnsavedChanges()}; the asking is the view's. FX-thread only.
 */
public final class FilesViewModel {
    public static final String APP_TITLE = Messages.TEXTS.text("app.title");

    private final SessionModel session;
    private final SessionFiles files;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final StringBinding title;

    public FilesViewModel(SessionModel session, SessionFiles files, Executor background, Executor fx) {
        this.session = session;
        this.files = files;
        this.background = background;
        this.fx = fx;
        title = Bindings.createStringBinding(() -> {
            String mark = session.undoStack().dirtyProperty().get() ? Messages.TEXTS.text("unsaved") : "";
            return file.get() == null ? Messages.TEXTS.text("title.noFile", APP_TITLE, mark)
                    : Messages.TEXTS.text("title.file", APP_TITLE, file.get().getFileName().toString(), mark);
        }, file, session.undoStack().dirtyProperty());
    }

    /** "Feature Map Explorer — name.json *". */
    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last failure of a read or write, for the user; null after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean hasUnsavedChanges() {
        return session.undoStack().dirtyProperty().get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return session.undoStack().dirtyProperty();
    }

    /** Reads {@code path} off the FX thread, then loads it; completes with true on success. */
    public CompletableFuture<Boolean> open(Path path) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            try {
                Session s = files.read(path);
                fx.execute(() -> {
                    try {
                        SessionMapping.load(s, session);
                        file.set(path);
                        error.set(null);
                        done.complete(true);
                    } catch (InvalidSettingException e) {
                        fail(path, e, done);
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> fail(path, e, done));
            }
        });
        return done;
    }

    /** Saves to the current file; false (and nothing written) when there is none yet: use {@link #saveAs}. */
    public CompletableFuture<Boolean> save() {
        return file.get() == null ? CompletableFuture.completedFuture(false) : saveAs(file.get());
    }

    /** Snapshots the session on the FX thread, writes it off it, then marks it saved. */
    public CompletableFuture<Boolean> saveAs(Path path) {
        Session snapshot = SessionMapping.toSession(session);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            try {
                files.write(path, snapshot);
                fx.execute(() -> {
                    file.set(path);
                    session.undoStack().markSaved();
                    error.set(null);
                    done.complete(true);
                });
            } catch (Exception e) {
                fx.execute(() -> fail(path, e, done));
            }
        });
        return done;
    }

    private void fail(Path path, Exception e, CompletableFuture<Boolean> done) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        error.set(Messages.TEXTS.text("error", String.valueOf(path.getFileName()), what));
        done.complete(false);
    }
}
