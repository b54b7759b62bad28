package fmx.ui.app;

import fmx.io.Session;
import fmx.ui.files.SessionFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Session files kept in memory, for UI tests that must not depend on the file format. */
final class InMemorySessionFiles implements SessionFiles {
    final Map<Path, Session> stored = new ConcurrentHashMap<>();

    @Override
    public Session read(Path file) throws IOException {
        Session s = stored.get(file);
        if (s == null) {
            throw new NoSuchFileException(file.toString());
        }
        return s;
    }

    @Override
    public void write(Path file, Session session) {
        stored.put(file, session);
    }
}
