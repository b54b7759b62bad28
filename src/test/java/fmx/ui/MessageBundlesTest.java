package fmx.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key a package's sources ask its bundle for with a literal ({@code Messages.TEXTS.text("key"...)}) is in that
 * package's {@code messages.properties}, and every text with arguments is a valid MessageFormat pattern: a missing
 * key would otherwise fail only when the user reaches that text.
 */
class MessageBundlesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.TEXTS\\.text\\(\"([^\"]+)\"(\\s*\\+)?");

    @ParameterizedTest
    @ValueSource(strings = {"animation", "app", "common", "export", "files", "formulas", "input", "kernel", "layer",
            "maps", "photo", "session", "status"})
    void everyLiteralKeyIsInTheBundleAndEveryPatternParses(String pkg) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/fmx/ui/" + pkg + "/messages.properties")) {
            assertTrue(in != null, "fmx/ui/" + pkg + "/messages.properties is missing");
            bundle.load(in);
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/fmx/ui", pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefix = m.group(2) != null; // "stage." + s: some key must start with it
                    if (prefix ? bundle.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key))
                            : !bundle.containsKey(key)) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from fmx/ui/" + pkg + "/messages.properties: " + missing);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (text.contains("{")) {
                assertDoesNotThrow(() -> new MessageFormat(text), pkg + " " + key);
            }
        }
    }

    @Test
    void everyChoiceOfTheLayerSettingsHasItsName() {
        for (Object choice : List.of(fmx.ui.session.PaddingMode.values(), fmx.ui.session.PoolChoice.values())
                .stream().flatMap(Stream::of).toList()) {
            assertDoesNotThrow(choice::toString, choice.getClass().getSimpleName());
        }
        assertEquals("Same", fmx.ui.session.PaddingMode.SAME.toString());
        assertEquals("Average", fmx.ui.session.PoolChoice.AVG.toString());
    }

    @Test
    void everyChoiceOfThePhotoDisplayHasItsName() {
        for (Object choice : List.of(fmx.ui.photo.SignedDisplay.values(), fmx.ui.photo.Normalisation.values())
                .stream().flatMap(Stream::of).toList()) {
            assertDoesNotThrow(choice::toString, choice.getClass().getSimpleName());
        }
        assertEquals("Diverging (blue - white - red)", fmx.ui.photo.SignedDisplay.DIVERGING.toString());
        assertEquals("Percentiles 1-99", fmx.ui.photo.Normalisation.PERCENTILES.toString());
    }

    @Test
    void theStatusLineCountsInTheSingularAndThePlural() {
        String pattern = ResourceBundle.getBundle("fmx.ui.status.messages").getString("computed");
        assertEquals("1 filter, 1 stage computed in 0.42 ms",
                MessageFormat.format(pattern, 1, 1, "0.42"));
        assertEquals("8 filters, 3 stages computed in 0.42 ms",
                MessageFormat.format(pattern, 8, 3, "0.42"));
    }
}
