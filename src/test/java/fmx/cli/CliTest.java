package fmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {
    static final String EXAMPLE_GRID = "[[[1,2,3,0,1],[0,1,2,3,1],[3,1,0,2,2],[2,3,1,0,0],[0,2,1,3,1]]]";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String gridSession(String layers) {
        return "{\"version\": 1, \"input\": {\"grid\": " + EXAMPLE_GRID + "}, \"layers\": [" + layers + "]}";
    }

    /** The 5 x 5 example with the kernel rows (1, 0, -1), flip, valid: scipy's convolve2d(image, kernel, 'valid'). */
    @Test
    void computeGivesScipysConvolutionOnTheWorkedExample() throws IOException {
        Path s = write("edge.json", gridSession("{\"type\": \"conv\", \"filters\": [{\"weights\": "
                + "[[[1,0,-1],[1,0,-1],[1,0,-1]]]}], \"padding\": \"valid\", \"flip\": true}"));
        CliRun run = CliRun.of("compute", s.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        // By hand: flipping turns the kernel into columns (-1, 0, 1), so each output is the sum over the 3 rows
        // of the window of (right column - left column).
        assertEquals("""
                {
                  "version": 1,
                  "stages": [
                    {
                      "layer": 0,
                      "type": "conv",
                      "shape": [1, 3, 3],
                      "data": [
                        [
                          [1, 1, -1],
                          [-2, 0, 0],
                          [-3, -1, 1]
                        ]
                      ]
                    }
                  ]
                }
                """, run.out());
    }

    @Test
    void computeWritesToAFileWithDashO() throws IOException {
        Path s = write("s.json", gridSession("{\"type\": \"activation\", \"function\": \"relu\"}"));
        Path out = dir.resolve("out.json");
        CliRun run = CliRun.of("compute", s.toString(), "-o", out.toString());
        assertEquals(new CliRun(0, "", ""), run);
        assertTrue(Files.readString(out).contains("\"shape\": [1, 5, 5]"));
        CliRun again = CliRun.of("compute", "--output=" + out, s.toString());
        assertEquals(0, again.status());
    }

    @Test
    void infoPrintsTheShapeArithmetic() throws IOException {
        Path s = write("s.json", gridSession("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,0],[0,1]]]},"
                + " {\"weights\": [[[1,1],[1,1]]]}], \"padding\": 1, \"stride\": 2},"
                + " {\"type\": \"pool\", \"mode\": \"max\", \"size\": 2}"));
        CliRun run = CliRun.of("info", s.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                {
                  "input": [1, 5, 5],
                  "layers": [
                    {
                      "layer": 0,
                      "type": "conv",
                      "output": [2, 3, 3],
                      "parameters": 10,
                      "macs": 72,
                      "receptiveField": [2, 2],
                      "jump": [2, 2]
                    },
                    {
                      "layer": 1,
                      "type": "pool",
                      "output": [2, 1, 1],
                      "parameters": 0,
                      "macs": 0,
                      "receptiveField": [4, 4],
                      "jump": [4, 4]
                    }
                  ],
                  "parameters": 10,
                  "macs": 72
                }
                """, run.out());
    }

    @Nested
    class HelpAndVersion {
        @Test
        void helpListsTheCommands() {
            CliRun run = CliRun.of("--help");
            assertEquals(0, run.status());
            assertTrue(run.out().contains("  compute     run a session's layers"), run.out());
            assertTrue(run.out().contains("  info        print a session's shape arithmetic"), run.out());
            assertTrue(run.out().contains("  bench       time the convolution engine"), run.out());
            assertTrue(run.out().contains("  worksheet   write a printable PDF of practice exercises"), run.out());
        }

        @Test
        void eachCommandHasItsHelp() {
            assertTrue(CliRun.of("compute", "--help").out().startsWith("Usage: fmx compute SESSION.json"));
            assertTrue(CliRun.of("info", "x.json", "-h").out().startsWith("Usage: fmx info SESSION.json"));
            assertTrue(CliRun.of("bench", "--help").out().startsWith("usage: fmx bench"));
        }

        @Test
        void versionComesFromTheBuild() {
            CliRun run = CliRun.of("--version");
            assertEquals(0, run.status());
            assertTrue(run.out().matches("fmx \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
        }
    }

    static Stream<Arguments> badSessions() {
        String conv1 = "{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], ";
        return Stream.of(
                Arguments.of("{\"version\": 1, oops}", "error: %s: not valid JSON at line 1, column 16: Unexpected"
                        + " character ('o' (code 111)): was expecting double-quote to start field name"),
                Arguments.of(gridSession(conv1 + "\"stride\": 0}"), "error: layers[0].stride: must be a positive integer, got 0"),
                Arguments.of(gridSession(conv1 + "\"stride\": 1.5}"), "error: layers[0].stride: must be a positive integer, got 1.5"),
                Arguments.of(gridSession("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,1,1,1,1,1]]]}], \"padding\": [0, 0]}"),
                        "error: layers[0]: the window (1x6) is larger than the input (5x5)"),
                Arguments.of(gridSession("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,1,1,1,1,1,1,1]]]}], \"padding\": 1}"),
                        "error: layers[0]: the window (1x8) is larger than the padded input (7x7, from 5x5 with padding)"),
                Arguments.of(gridSession("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,2]]]}, {\"weights\": [[[1,2,3]]]}]}"),
                        "error: layers[0].filters[1].weights: shape 1 x 1 x 3 differs from filters[0]'s 1 x 1 x 2;"
                                + " all filters of a layer have one shape"),
                Arguments.of(gridSession("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]],[[1]]]}]}"),
                        "error: layers[0].filters: each filter has 2 channels, the input to this layer has 1"),
                Arguments.of(gridSession("{\"type\": \"dense\"}"),
                        "error: layers[0].type: unknown layer type \"dense\" (known: conv, activation, pool)"),
                Arguments.of("{\"version\": 1, \"input\": {\"grid\": [[[1,2],[3]]]}, \"layers\": []}",
                        "error: input.grid[0][1]: row has 1 number, expected 2"));
    }

    @ParameterizedTest
    @MethodSource("badSessions")
    void badInputGivesOneErrorLineExitTwoAndNoFile(String json, String expected) throws IOException {
        Path s = write("bad.json", json);
        Path out = dir.resolve("out.json");
        CliRun run = CliRun.of("compute", s.toString(), "-o", out.toString());
        assertEquals(new CliRun(2, "", expected.formatted(s) + System.lineSeparator()), run);
        assertOnlyFiles(s);
        CliRun info = CliRun.of("info", s.toString());
        assertEquals(2, info.status());
        assertEquals("", info.out());
    }

    @Test
    void aMissingOrCorruptImageIsReportedAtInputImage() throws IOException {
        Path s = write("photo.json", "{\"version\": 1, \"input\": {\"image\": \"cat.png\"}, \"layers\": []}");
        CliRun missing = CliRun.of("compute", s.toString());
        assertEquals(new CliRun(2, "", "error: input.image: " + dir.resolve("cat.png") + ": no such file"
                + System.lineSeparator()), missing);
        Files.write(dir.resolve("cat.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        CliRun corrupt = CliRun.of("compute", s.toString());
        assertEquals(2, corrupt.status());
        assertTrue(corrupt.err().startsWith("error: input.image: " + dir.resolve("cat.png") + ": the image is damaged"),
                corrupt.err());
        assertEquals("", corrupt.out());
    }

    @Test
    void anImageOverThePixelLimitIsRefused() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(20, 10,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("cat.png").toFile());
        Path s = write("photo.json", "{\"version\": 1, \"input\": {\"image\": \"cat.png\", \"color\": \"gray\"},"
                + " \"layers\": [{\"type\": \"pool\", \"mode\": \"max\", \"size\": 2}]}");
        Path out = dir.resolve("out.json");
        CliRun over = CliRun.of("compute", s.toString(), "--max-pixels", "199", "-o", out.toString());
        assertEquals(new CliRun(2, "", "error: input.image: " + dir.resolve("cat.png") + ": the image is 20 x 10 = 200"
                + " pixels, over the limit of 199 pixels" + System.lineSeparator()), over);
        assertOnlyFiles(s, dir.resolve("cat.png"));
        CliRun ok = CliRun.of("compute", s.toString(), "--max-pixels", "200", "-o", out.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(Files.readString(out).contains("\"shape\": [1, 5, 10]"));
        assertTrue(CliRun.of("info", s.toString()).out().contains("\"input\": [1, 10, 20]"));
    }

    @Test
    void anUnwritableOutputIsReportedAndLeavesNothing() throws IOException {
        Path s = write("s.json", gridSession(""));
        Path out = dir.resolve("no-such-folder/out.json");
        CliRun run = CliRun.of("compute", s.toString(), "-o", out.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals("error: " + out + ": cannot write: the folder " + out.getParent() + " does not exist"
                + System.lineSeparator(), run.err());
        CliRun folder = CliRun.of("compute", s.toString(), "-o", dir.toString());
        assertEquals(2, folder.status());
        assertOnlyFiles(s);
    }

    @Test
    void nonFiniteResultsAreAnErrorNotInvalidJson() throws IOException {
        Path s = write("s.json", "{\"version\": 1, \"input\": {\"grid\": [[[3e38, 3e38]]]}, \"layers\": ["
                + "{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1, 1]]]}]}]}");
        CliRun run = CliRun.of("compute", s.toString());
        assertEquals(new CliRun(2, "", "error: layers[0]: the output at channel 0, row 0, column 0 is Infinity (the"
                + " numbers overflow a 32-bit float); JSON cannot hold it" + System.lineSeparator()), run);
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(List.of("frobnicate"), "error: frobnicate: unknown command (known: compute, info, export, worksheet, bench; see fmx --help)"),
                Arguments.of(List.of("--frob"), "error: --frob: unknown option (see fmx --help)"),
                Arguments.of(List.of("compute", "s.json", "--frob"), "error: --frob: unknown option of fmx compute (see fmx compute --help)"),
                Arguments.of(List.of("compute"), "error: fmx compute: missing SESSION.json (see fmx compute --help)"),
                Arguments.of(List.of("compute", "a.json", "b.json"), "error: b.json: unexpected argument (see fmx compute --help)"),
                Arguments.of(List.of("compute", "a.json", "-o"), "error: -o: needs a value (see fmx compute --help)"),
                Arguments.of(List.of("info", "a.json", "--max-pixels", "many"), "error: --max-pixels: must be a positive integer, got many"),
                Arguments.of(List.of("info", "missing.json"), "error: missing.json: no such file"),
                Arguments.of(List.of("bench", "--workload", "nope"), "error: --workload: unknown workload \"nope\""),
                Arguments.of(List.of("compute", ""), "error: SESSION.json: the file name is empty"),
                Arguments.of(List.of("compute", "a.json", "-o", ""), "error: -o: needs a value, got an empty one"),
                Arguments.of(List.of("compute", "a.json", "--output="), "error: --output: needs a value, got an empty one"),
                Arguments.of(List.of("export", "a.json", "--figure", "maps", "-o", "/"),
                        "error: --format: missing, and / has no known extension; --figure maps allows png, svg, pdf, csv, npy"));
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageGivesOneErrorLineAndExitTwo(List<String> args, String expected) {
        assertEquals(new CliRun(2, "", expected + System.lineSeparator()), CliRun.of(args.toArray(String[]::new)));
    }

    private void assertOnlyFiles(Path... expected) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.Set.of(expected), java.util.Set.copyOf(files.toList()));
        }
        assertFalse(Files.exists(dir.resolve("out.json")));
    }
}
