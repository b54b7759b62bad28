package fmx.ui.app;

import fmx.io.InputException;
import fmx.io.Session;
import fmx.io.SessionReader;
import fmx.io.SessionWriter;
import fmx.ui.files.SessionFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The app's {@link SessionFiles}: the fmx.io session reader and writer (the window's view settings travel under
 * "view", see {@link fmx.ui.session.SessionMapping}). A reader's located message becomes the IOException's message,
 * which the window shows as is.
 */
final class SessionFilesAdapter {
    private SessionFilesAdapter() {}

    static SessionFiles create() {
        SessionReader reader = new SessionReader();
        SessionWriter writer = new SessionWriter();
        return new SessionFiles() {
            @Override
            public Session read(Path file) throws IOException {
                try {
                    return reader.read(file);
                } catch (InputException e) {
                    // The window prefixes the file name itself; keep a located message ("layers[0].stride: ...").
                    boolean aboutTheFile = e.where().equals(file.toString());
                    throw new IOException(aboutTheFile ? e.what() : e.getMessage(), e);
                }
            }

            @Override
            public void write(Path file, Session session) throws IOException {
                writer.write(session, file);
            }
        };
    }
}
