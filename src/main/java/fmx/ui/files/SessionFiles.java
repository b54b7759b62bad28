package fmx.ui.files;

import fmx.io.Session;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes session files (the JSON format of the README); called off the FX thread. */
public interface SessionFiles {
    Session read(Path file) throws IOException;

    void write(Path file, Session session) throws IOException;
}
