package fmx.classroom;

import fmx.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons shipped with the app: the files named, in order, one per line, in {@code /fmx/assets/lessons/index.txt}
 * (the build copies {@code assets/} to {@code fmx/assets} in the module). Shipped lessons use grids only, so no file
 * path needs resolving inside the module.
 */
public final class LessonCatalog {
    static final String FOLDER = "/fmx/assets/lessons/";

    private LessonCatalog() {}

    /** The file names of the shipped lessons, in teaching order. */
    public static List<String> names() throws InputException {
        String index = resource("index.txt");
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Reads the shipped lesson {@code name} (one of {@link #names()}). */
    public static Lesson load(String name) throws InputException {
        return new LessonReader().read(resource(name), null, name);
    }

    /** Every shipped lesson, in order. */
    public static List<Lesson> loadAll() throws InputException {
        List<Lesson> lessons = new ArrayList<>();
        for (String name : names()) {
            lessons.add(load(name));
        }
        return lessons;
    }

    private static String resource(String name) throws InputException {
        try (InputStream in = LessonCatalog.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new InputException(FOLDER + name, "missing from the application (a packaging error)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(FOLDER + name, "cannot read: " + e.getMessage());
        }
    }
}
