package fmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import rules of docs/architecture.md, checked on the sources in src/main/java: every import (static and
 * wildcard ones too) and every fully-qualified name written in the code (comments and strings aside).
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."));
    private static final Path SOURCES = ROOT.resolve("src/main/java");
    /** UI packages that every feature may use; all other fmx.ui.X are features that must not use each other. */
    // session: the one session model the features share (docs/architecture.md); support: small control factories;
    private static final Set<String> SHARED_UI = Set.of("app", "common", "session", "support");

    /** One source file: where it is, its package, its top-level class name and the names it uses. */
    record Source(Path file, String packageName, String className, List<String> names) {
        private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
        private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");
        private static final Pattern QUALIFIED = Pattern.compile(
                "(?<![\\w.])((?:javafx|javax\\.imageio|java\\.awt|fmx)(?:\\.\\w+)+)");
        private static final Pattern COMMENT_OR_LITERAL = Pattern.compile(
                "\"\"\"[\\s\\S]*?\"\"\"|//[^\\n]*|/\\*[\\s\\S]*?\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'");

        static Source parse(Path file, String text) {
            String code = COMMENT_OR_LITERAL.matcher(text).replaceAll(" ");
            Matcher pkg = PACKAGE.matcher(code);
            String packageName = pkg.find() ? pkg.group(1) : "";
            List<String> names = new ArrayList<>();
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                names.add(imports.group(1));
            }
            String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll(" ")).replaceAll(" ");
            Matcher qualified = QUALIFIED.matcher(body);
            while (qualified.find()) {
                names.add(qualified.group(1));
            }
            String fileName = file.getFileName().toString();
            return new Source(file, packageName, fileName.substring(0, fileName.length() - ".java".length()), names);
        }

        static Source read(Path file) {
            try {
                return parse(file, Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean inPackage(String pkg) {
            return within(packageName, pkg);
        }

        /** The feature package ("kernel" for fmx.ui.kernel.KernelView), or null outside fmx.ui. */
        String uiPackage() {
            return inPackage("fmx.ui") && packageName.length() > "fmx.ui.".length()
                    ? packageName.substring("fmx.ui.".length()).split("\\.")[0] : null;
        }
    }

    /** {@code name} is {@code pkg} or inside it. */
    static boolean within(String name, String pkg) {
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }

    /** {@code name} (an import, maybe a wildcard) reaches into {@code forbidden} (a package or a class). */
    static boolean reaches(String name, String forbidden) {
        boolean wildcard = name.endsWith(".*");
        String base = wildcard ? name.substring(0, name.length() - 2) : name;
        return within(base, forbidden) || wildcard && within(forbidden, base);
    }

    /** A rule: which sources it governs and which names they may not use. */
    record Rule(String description, Predicate<Source> governs, BiPredicate<Source, String> forbids) {
        static Rule packageRule(String description, String pkg, String... forbidden) {
            return new Rule(description, s -> s.inPackage(pkg),
                    (s, name) -> Stream.of(forbidden).anyMatch(f -> reaches(name, f)));
        }

        /** "path imports name" for every forbidden name used by a governed source. */
        List<String> violations(List<Source> sources) {
            List<String> found = new ArrayList<>();
            for (Source s : sources) {
                if (governs.test(s)) {
                    s.names().stream().filter(n -> forbids.test(s, n)).distinct()
                            .forEach(n -> found.add(ROOT.relativize(s.file()) + " uses " + n));
                }
            }
            return found;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static List<Rule> rules() {
        return List.of(
                new Rule("fmx.core is pure Java: no JavaFX, AWT, ImageIO, and no other fmx package",
                        s -> s.inPackage("fmx.core"),
                        (s, name) -> reaches(name, "javafx") || reaches(name, "java.awt")
                                || reaches(name, "javax.imageio") || reaches(name, "fmx") && !reaches(name, "fmx.core")),
                Rule.packageRule("fmx.compute uses no JavaFX at all, nor fmx.ui, fmx.io or fmx.cli", "fmx.compute",
                        "javafx", "fmx.ui", "fmx.io", "fmx.cli"),
                Rule.packageRule("fmx.io uses no JavaFX, nor fmx.ui or fmx.cli", "fmx.io", "javafx", "fmx.ui", "fmx.cli"),
                Rule.packageRule("fmx.cli uses no JavaFX, nor fmx.ui", "fmx.cli", "javafx", "fmx.ui"),
                Rule.packageRule("fmx.export draws with java.awt only: no JavaFX, nor fmx.ui or fmx.cli", "fmx.export",
                        "javafx", "fmx.ui", "fmx.cli"),
                new Rule("fmx.classroom is toolkit-free: no JavaFX, no fmx.ui or fmx.cli, and AWT only in its worksheet package",
                        s -> s.inPackage("fmx.classroom"),
                        (s, name) -> reaches(name, "javafx") || reaches(name, "fmx.ui") || reaches(name, "fmx.cli")
                                || reaches(name, "java.awt") && !s.inPackage("fmx.classroom.worksheet")),
                new Rule("a view-model uses no javafx.scene, javafx.stage or Platform",
                        s -> s.className().endsWith("ViewModel"),
                        (s, name) -> reaches(name, "javafx.scene") || reaches(name, "javafx.stage")
                                || reaches(name, "javafx.application.Platform")),
                new Rule("a UI feature package uses no other feature package (only fmx.ui.app and fmx.ui.common)",
                        s -> s.uiPackage() != null && !SHARED_UI.contains(s.uiPackage()),
                        (s, name) -> reaches(name, "fmx.ui") && !reaches(name, "fmx.ui." + s.uiPackage())
                                && SHARED_UI.stream().noneMatch(shared -> reaches(name, "fmx.ui." + shared))
                                && !name.equals("fmx.ui.*")),
                new Rule("fmx.ui.common uses no feature package",
                        s -> "common".equals(s.uiPackage()),
                        (s, name) -> reaches(name, "fmx.ui") && !reaches(name, "fmx.ui.common")
                                && !reaches(name, "fmx.ui.app") && !name.equals("fmx.ui.*")));
    }

    private static List<Source> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                    .sorted().map(Source::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theMainSourcesKeepTheImportRule(Rule rule) {
        List<String> violations = rule.violations(mainSources());
        assertTrue(violations.isEmpty(), rule + ", but:\n  " + String.join("\n  ", violations));
    }

    @Test
    void theScanFindsTheCore() {
        assertTrue(mainSources().stream().filter(s -> s.inPackage("fmx.core")).count() >= 10,
                "no core sources under " + SOURCES.toAbsolutePath());
    }

    /** The checker itself, on made-up sources: a rule that could never fail would prove nothing. */
    @Nested
    class TheChecker {
        private List<String> violations(String path, String text) {
            Source source = Source.parse(SOURCES.resolve(path), text);
            return rules().stream().flatMap(r -> r.violations(List.of(source)).stream()).toList();
        }

        @Test
        void namesTheFileAndTheImport() {
            assertEquals(List.of("src/main/java/fmx/core/Bad.java uses javafx.scene.paint.Color"),
                    violations("fmx/core/Bad.java", "package fmx.core;\nimport javafx.scene.paint.Color;\nclass Bad {}"));
        }

        @Test
        void catchesStaticWildcardAndFullyQualifiedUses() {
            assertEquals(3, violations("fmx/io/Bad.java", """
                    package fmx.io;
                    import static fmx.ui.app.Wiring.wire;
                    import javafx.beans.property.*;
                    class Bad { Object o = new fmx.cli.Main(); }
                    """).size());
        }

        @Test
        void ignoresCommentsStringsAndTheFilesOwnPackage() {
            assertTrue(violations("fmx/core/Fine.java", """
                    package fmx.core;
                    import java.util.List;
                    /** Unlike javafx.scene.Node, see {@link fmx.io.Session}. */
                    class Fine { String s = "java.awt.Color"; // fmx.ui.app
                    }
                    """).isEmpty());
        }

        @Test
        void letsExportUseAwtButNotJavaFx() {
            assertEquals(List.of("src/main/java/fmx/export/Bad.java uses javafx.scene.image.Image"),
                    violations("fmx/export/Bad.java", """
                            package fmx.export;
                            import java.awt.Graphics2D;
                            import javax.imageio.ImageIO;
                            import javafx.scene.image.Image;
                            """));
        }

        @Test
        void letsOnlyTheWorksheetPackageOfClassroomDraw() {
            assertEquals(List.of("src/main/java/fmx/classroom/Lesson.java uses java.awt.Color"),
                    violations("fmx/classroom/Lesson.java", "package fmx.classroom;\nimport java.awt.Color;"));
            assertTrue(violations("fmx/classroom/worksheet/W.java",
                    "package fmx.classroom.worksheet;\nimport java.awt.Color;").isEmpty());
            assertEquals(1, violations("fmx/classroom/worksheet/W.java",
                    "package fmx.classroom.worksheet;\nimport javafx.scene.Node;").size());
        }

        @Test
        void catchesAViewModelWithAPlatformWildcard() {
            assertEquals(List.of("src/main/java/fmx/ui/kernel/KernelViewModel.java uses javafx.application.*"),
                    violations("fmx/ui/kernel/KernelViewModel.java",
                            "package fmx.ui.kernel;\nimport javafx.application.*;\nimport javafx.beans.property.*;"));
        }

        @Test
        void letsAFeatureUseAppAndCommonButNotAnotherFeature() {
            assertEquals(List.of("src/main/java/fmx/ui/kernel/KernelView.java uses fmx.ui.animation.Player"),
                    violations("fmx/ui/kernel/KernelView.java", """
                            package fmx.ui.kernel;
                            import fmx.ui.common.Ids;
                            import fmx.ui.app.SessionModel;
                            import fmx.ui.kernel.sub.Cell;
                            import fmx.ui.animation.Player;
                            import javafx.scene.layout.Pane;
                            """));
            assertFalse(violations("fmx/ui/common/Ids.java", "package fmx.ui.common;\nimport fmx.ui.kernel.X;")
                    .isEmpty());
        }
    }
}
