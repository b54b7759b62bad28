package fmx.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file written all or nothing: the text goes to a temporary file in the target's folder, and {@link #commit()}
 * moves it into place (an atomic rename where the file system has one), so a reader never sees half a file and a
 * failure leaves no file behind. {@link #close()} without a commit deletes the temporary file. Opening creates the
 * temporary file at once, so an unwritable target fails before any work is done. Not thread-safe.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.open(target)) {
 *     file.writer().write(text);
 *     file.commit();
 * }
 * }</pre>
 */
public final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;
    private boolean done;

    private AtomicFile(Path target, Path temp, BufferedWriter writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /** Creates the temporary file next to {@code target}; fails if the folder is missing or not writable. */
    public static AtomicFile open(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(target + " is a folder");
        }
        Path folder = abs.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temp;
        try {
            temp = AtomicReplace.createTemp(abs);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IOException("not allowed to write in the folder " + folder, e);
        }
        try {
            return new AtomicFile(abs, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Writes {@code text} to {@code target} all or nothing. */
    public static void write(Path target, String text) throws IOException {
        try (AtomicFile file = open(target)) {
            file.writer().write(text);
            file.commit();
        }
    }

    /** Where the text goes until {@link #commit()} (UTF-8, buffered). */
    public Writer writer() {
        return writer;
    }

    /** Flushes, syncs and moves the file into place, replacing what was there. */
    public void commit() throws IOException {
        writer.close();
        AtomicReplace.syncAndMoveIntoPlace(temp, target);
        done = true;
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
