package fmx.ui.photo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The photos shipped with the app (the project's sample-images/, in the resources under {@value #FOLDER}), listed
 * with their licence lines from the LICENSES.md table beside them. Thread-safe (immutable after construction).
 */
public final class SampleImages {
    public static final String FOLDER = "/fmx/sample-images/";

    /** One photo: its file name, "512x512 gray", what it shows, and its licence as its source states it. */
    public record Sample(String file, String size, String content, String licence) {
        /** The resource path, for loading a thumbnail. */
        public String resource() {
            return FOLDER + file;
        }

        /** One line for the gallery: "CC0, photographer Lav Varshney". */
        public String caption() {
            return content + " (" + size + "): " + licence;
        }
    }

    private final List<Sample> samples;

    private SampleImages(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** Reads the licence table shipped with the photos. */
    public static SampleImages bundled() {
        try (InputStream in = SampleImages.class.getResourceAsStream(FOLDER + "LICENSES.md")) {
            if (in == null) {
                return new SampleImages(List.of());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the markdown table {@code | file | size | content | licence |} (header and rule skipped). */
    static SampleImages parse(String markdown) {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(markdown))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.startsWith("|")) {
                    continue;
                }
                String[] cells = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length()).split("\\|");
                if (cells.length < 4 || cells[0].isBlank() || cells[0].strip().equals("file")
                        || cells[0].strip().startsWith("---")) {
                    continue;
                }
                out.add(new Sample(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new SampleImages(out);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The sample copied to a temporary file (decoders read files; the runtime image keeps resources inside). */
    public static Path extract(Sample sample) throws IOException {
        try (InputStream in = SampleImages.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IOException(Messages.TEXTS.text("status.sampleMissing", sample.file()));
            }
            String name = sample.file();
            int dot = name.lastIndexOf('.');
            Path tmp = Files.createTempFile("fmx-sample-", dot < 0 ? "" : name.substring(dot));
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        }
    }
}
