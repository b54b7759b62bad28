package fmx.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * The one mechanism behind every all-or-nothing write of the app (sessions, exports, worksheets): the content goes
 * under a hidden temporary name in the target's own folder ({@code .name.<random>.tmp}, so the final rename stays
 * on one file system), then is moved over the target, atomically where the file system can. Stateless and
 * thread-safe.
 */
public final class AtomicReplace {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicReplace() {
    }

    /** A fresh temporary name next to the absolute path {@code target}; nothing is created. */
    public static Path tempName(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
    }

    /**
     * Creates an empty temporary file next to the absolute path {@code target}. Not Files.createTempFile: that
     * makes the file readable by its owner only, and the moved file would keep those permissions; createFile
     * gives the usual ones (umask).
     */
    public static Path createTemp(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(tempName(target));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Syncs the written temporary file to the disk, then moves it into place: after a power cut the target holds
     * either the old content or the new, never a renamed but empty file.
     */
    public static void syncAndMoveIntoPlace(Path temp, Path target) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        moveIntoPlace(temp, target);
    }

    /** Moves {@code from} over {@code to}, atomically where the file system supports it. */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
