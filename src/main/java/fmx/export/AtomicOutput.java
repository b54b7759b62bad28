package fmx.export;

import fmx.io.AtomicReplace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * All-or-nothing output of bytes or of a folder of files: written under a hidden temporary name in the target's
 * folder, then moved into place (atomically where the file system can), so a failure or a cancel leaves nothing
 * behind and a reader never sees half a file. A folder target must not exist or be empty: an export never deletes
 * files it did not write. The temporary name and the move are {@link AtomicReplace}'s. Stateless.
 */
public final class AtomicOutput {
    /** Writes the stream's bytes. */
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    /** Fills a folder. */
    public interface FolderBody {
        void write(Path folder) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Checks that {@code target} can be written (its folder exists, it is not a folder) before any work. */
    public static void checkFile(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(target + " is a folder");
        }
        requireFolder(abs.getParent());
    }

    /** Checks that {@code target} can become a folder of files: missing or empty, in an existing folder. */
    public static void checkFolder(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isRegularFile(abs)) {
            throw new IOException(target + " is a file; the numbered PNG files go into a folder");
        }
        if (Files.isDirectory(abs)) {
            try (Stream<Path> s = Files.list(abs)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("the folder " + target + " is not empty");
                }
            }
        }
        requireFolder(abs.getParent());
    }

    private static void requireFolder(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("not allowed to write in the folder " + folder);
        }
    }

    public static void writeFile(Path target, StreamBody body) throws IOException {
        checkFile(target);
        Path abs = target.toAbsolutePath();
        Path temp = AtomicReplace.createTemp(abs);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.write(out);
            }
            AtomicReplace.syncAndMoveIntoPlace(temp, abs);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void writeFolder(Path target, FolderBody body) throws IOException {
        checkFolder(target);
        Path abs = target.toAbsolutePath();
        Path temp = AtomicReplace.tempName(abs);
        try {
            Files.createDirectory(temp);
            body.write(temp);
            if (Files.isDirectory(abs)) {
                Files.delete(abs); // empty, checked above
            }
            AtomicReplace.moveIntoPlace(temp, abs);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("the folder " + target + " is not empty", e);
        } finally {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
