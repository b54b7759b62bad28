package fmx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWorksheetOfASeed() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        CliRun run = CliRun.of("worksheet", "--seed", "12", "--count", "8", "-o", pdf.toString());
        assertEquals(new CliRun(0, "", ""), run);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2);
        }
        Path again = dir.resolve("again.pdf");
        assertEquals(0, CliRun.of("worksheet", "--output=" + again, "--seed=12", "--count=8").status());
        try (PDDocument a = Loader.loadPDF(pdf.toFile()); PDDocument b = Loader.loadPDF(again.toFile())) {
            assertEquals(new org.apache.pdfbox.text.PDFTextStripper().getText(a),
                    new org.apache.pdfbox.text.PDFTextStripper().getText(b));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertArrayEquals(new String[] {"again.pdf", "sheet.pdf"},
                    files.map(p -> p.getFileName().toString()).sorted().toArray());
        }
    }

    @Test
    void badUsageIsOneLineWithStatusTwoAndNoFile() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(new CliRun(2, "", "error: --seed: missing; give the seed of the exercises (see fmx worksheet --help)\n"),
                CliRun.of("worksheet", "-o", pdf.toString()));
        assertEquals(new CliRun(2, "", "error: --seed: must be an integer, got ten\n"),
                CliRun.of("worksheet", "--seed", "ten", "-o", pdf.toString()));
        assertEquals(new CliRun(2, "", "error: --count: must be at most 100, got 500\n"),
                CliRun.of("worksheet", "--seed", "1", "--count", "500", "-o", pdf.toString()));
        assertEquals(new CliRun(2, "", "error: -o: missing; give the PDF file to write (see fmx worksheet --help)\n"),
                CliRun.of("worksheet", "--seed", "1"));
        String missingFolder = dir.resolve("no/x.pdf").toString();
        assertEquals(new CliRun(2, "", "error: " + missingFolder + ": cannot write: the folder " + dir.resolve("no")
                + " does not exist\n"), CliRun.of("worksheet", "--seed", "1", "-o", missingFolder));
        assertFalse(Files.exists(pdf));
        assertTrue(CliRun.of("worksheet", "--help").out().startsWith("Usage: fmx worksheet --seed N"));
    }
}
