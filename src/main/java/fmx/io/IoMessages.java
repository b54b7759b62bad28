package fmx.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words a file-system failure for a person ("folder /x does not exist"), without exception class names. */
public final class IoMessages {
    private IoMessages() {}

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NotDirectoryException n) {
            return "not a folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            return (reason == null ? "cannot use the file" : lowerFirst(reason)) + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
