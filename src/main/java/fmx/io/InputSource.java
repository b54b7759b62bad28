package fmx.io;

import fmx.core.Tensor;
import java.nio.file.Path;

/** Where a session's input comes from: numbers typed in, or a photo. */
public sealed interface InputSource {
    /** A C x H x W grid of numbers. */
    record Grid(Tensor values) implements InputSource {}

    /**
     * A photo: {@code path} to the file ({@link SessionReader} resolves the path written in the session against the
     * session file's folder, so it is absolute after reading; {@link SessionWriter} writes it relative to the folder
     * of the file it writes when it can), {@code gray} to convert with 0.299 R + 0.587 G + 0.114 B (else 3 channels
     * R, G, B), {@code byteScale} to keep 0..255 (else 0..1).
     */
    record Image(Path path, boolean gray, boolean byteScale) implements InputSource {}
}
