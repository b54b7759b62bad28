package fmx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fmx.export.ExportFixtures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** fmx export: the numbers round-trip to fmx compute's, figures are written, errors follow fmx compute's rules. */
class ExportCommandTest {
    /** 2 channels, 2 filters, padding 1, stride 2, then leaky ReLU: fractions that must survive bit for bit. */
    private static final String SESSION = ExportFixtures.twoFilters(
            ", {\"type\": \"activation\", \"function\": \"leaky_relu\", \"slope\": 0.1}");

    @TempDir
    Path dir;
    private Path session;
    /** fmx compute's stages: [layer][filter][row][column]. */
    private float[][][][] computed;

    @BeforeEach
    void compute() throws IOException {
        session = dir.resolve("s.json");
        Files.writeString(session, SESSION);
        CliRun run = CliRun.of("compute", session.toString());
        assertEquals(0, run.status(), run.err());
        JsonNode stages = new ObjectMapper().readTree(run.out()).get("stages");
        computed = new float[stages.size()][][][];
        for (int s = 0; s < stages.size(); s++) {
            computed[s] = new ObjectMapper().convertValue(stages.get(s).get("data"), float[][][].class);
        }
    }

    @Test
    void npyOfAllMapsIsTheLastStageBitForBit() throws IOException {
        Path npy = dir.resolve("maps.npy");
        CliRun run = CliRun.of("export", session.toString(), "--figure", "maps", "-o", npy.toString());
        assertEquals(0, run.status(), run.err());
        Npy parsed = Npy.read(Files.readAllBytes(npy));
        assertEquals("<f4", parsed.descr);
        assertEquals(List.of(2, 2, 2), parsed.shape);
        float[][][] last = computed[1];
        int i = 0;
        for (float[][] map : last) {
            for (float[] row : map) {
                for (float v : row) {
                    assertEquals(Float.floatToIntBits(v), Float.floatToIntBits(parsed.data[i++]));
                }
            }
        }
    }

    @Test
    void npyOfOneFilterAndStageHasShapeHW() throws IOException {
        Path npy = dir.resolve("z2.npy");
        CliRun run = CliRun.of("export", session.toString(), "--figure", "maps", "--stage", "conv", "--filter", "2",
                "-o", npy.toString());
        assertEquals(0, run.status(), run.err());
        Npy parsed = Npy.read(Files.readAllBytes(npy));
        assertEquals(List.of(2, 2), parsed.shape);
        float[][] z2 = computed[0][1];
        assertArrayEquals(new float[] {z2[0][0], z2[0][1], z2[1][0], z2[1][1]}, parsed.data);
    }

    @Test
    void csvOfOneMapIsItsGridAndOfAllMapsTheLongForm() throws IOException {
        Path one = dir.resolve("a1.csv");
        assertEquals(0, CliRun.of("export", session.toString(), "--figure", "maps", "--filter", "1", "-o",
                one.toString()).status());
        List<String> lines = Files.readAllLines(one);
        assertEquals(2, lines.size());
        for (int y = 0; y < 2; y++) {
            String[] cells = lines.get(y).split(",");
            for (int x = 0; x < 2; x++) {
                assertEquals(computed[1][0][y][x], Float.parseFloat(cells[x]), "row " + y + ", column " + x);
            }
        }
        Path all = dir.resolve("z.csv");
        assertEquals(0, CliRun.of("export", session.toString(), "--figure", "maps", "--stage", "conv", "-o",
                all.toString()).status());
        List<String> rows = Files.readAllLines(all);
        assertEquals("filter,row,column,value", rows.getFirst());
        assertEquals(1 + 2 * 2 * 2, rows.size());
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            assertEquals(computed[0][Integer.parseInt(f[0]) - 1][Integer.parseInt(f[1])][Integer.parseInt(f[2])],
                    Float.parseFloat(f[3]));
        }
    }

    @Test
    void theFormatComesFromTheExtensionAndPngScales() throws IOException {
        Path png1 = dir.resolve("k1.png");
        Path png2 = dir.resolve("k2.png");
        assertEquals(0, CliRun.of("export", session.toString(), "--figure", "kernels", "-o", png1.toString()).status());
        assertEquals(0, CliRun.of("export", session.toString(), "--figure", "kernels", "-o", png2.toString(),
                "--scale", "2").status());
        assertEquals(2 * ImageIO.read(png1.toFile()).getWidth(), ImageIO.read(png2.toFile()).getWidth());
    }

    @Test
    void theSessionFigureRewritesTheSession() throws IOException {
        Path out = dir.resolve("copy.json");
        assertEquals(0, CliRun.of("export", session.toString(), "--figure", "session", "-o", out.toString()).status());
        CliRun again = CliRun.of("compute", out.toString());
        assertEquals(CliRun.of("compute", session.toString()).out(), again.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--figure maps --format gif -o X.gif|error: fmx export: --format gif is for --figure animation only; "
                + "--figure maps allows png, svg, pdf, csv, npy",
        "--figure sheet -o X.csv|error: fmx export: --format csv is for --figure maps only; --figure sheet allows "
                + "png, svg, pdf",
        "--figure map -o X.png|error: --figure: unknown figure map (known: input, kernels, maps, step, sheet, "
                + "animation, session)",
        "--figure sheet -o X.tiff|error: --format: missing, and X.tiff has no known extension; --figure sheet "
                + "allows png, svg, pdf",
        "--figure maps --filter 3 -o X.npy|error: fmx export: --filter must be 1 to 2 (the session has 2 filters), "
                + "got 3",
        "--figure maps --stage pool -o X.npy|error: fmx export: --stage pool: the session has no pooling layer "
                + "(stages: conv, activation)",
        "--figure sheet --scale 9 -o X.png|error: fmx export: --scale must be 1 to 4, got 9",
        "--figure step --step 99 -o X.svg|error: fmx export: --step must be 1 to 10, got 99",
        "--figure sheet -o X.png --stage z|error: --stage: unknown stage z (known: conv, activation, pool)",
        "--format png -o X.png|error: --figure: missing: one of input, kernels, maps, step, sheet, animation, session"})
    void badUsageGivesOneLineExitTwoAndNoFile(String options, String expected) throws IOException {
        String[] opts = options.replace("X.", dir.resolve("X.").toString()).split(" ");
        String[] args = Stream.concat(Stream.of("export", session.toString()), Stream.of(opts)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run.err());
        assertEquals(expected.replace("X.", dir.resolve("X.").toString()).replace(dir + "/X.tiff", "X.tiff"),
                run.err().strip());
        assertEquals("", run.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("s.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aMissingOutputFolderIsReportedBeforeAnyWork() {
        CliRun run = CliRun.of("export", session.toString(), "--figure", "sheet", "-o",
                dir.resolve("no/such/x.png").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: " + dir.resolve("no/such/x.png") + ": cannot write: the folder "),
                run.err());
    }

    @Test
    void anAnimationAsPngGoesIntoAFolderThatMustBeEmpty() throws IOException {
        Path folder = dir.resolve("frames");
        assertEquals(0, CliRun.of("export", session.toString(), "--figure", "animation", "--format", "png",
                "--filter", "1", "-o", folder.toString()).status());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(5, files.count(), "4 convolution steps and the activation step");
        }
        CliRun again = CliRun.of("export", session.toString(), "--figure", "animation", "--format", "png", "-o",
                folder.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    /** A minimal .npy reader for the test: NPY format 1.0, little-endian float32, C order. */
    record Npy(String descr, List<Integer> shape, float[] data) {
        static Npy read(byte[] b) {
            assertEquals((byte) 0x93, b[0]);
            assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
            assertEquals(1, b[6], "major version");
            assertEquals(0, b[7], "minor version");
            int headerLength = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
            assertEquals(0, (10 + headerLength) % 64, "data aligned to 64 bytes");
            String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
            assertTrue(header.endsWith("\n"));
            assertTrue(header.contains("'fortran_order': False"), header);
            Matcher descr = Pattern.compile("'descr': '([^']+)'").matcher(header);
            Matcher shape = Pattern.compile("'shape': \\(([^)]*)\\)").matcher(header);
            assertTrue(descr.find() && shape.find(), header);
            List<Integer> dims = Stream.of(shape.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::parseInt).toList();
            int n = dims.stream().reduce(1, (x, y) -> x * y);
            assertEquals(10 + headerLength + 4L * n, b.length, "no bytes beyond the data");
            float[] data = new float[n];
            ByteBuffer.wrap(b, 10 + headerLength, 4 * n).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
            return new Npy(descr.group(1), dims, data);
        }
    }
}
