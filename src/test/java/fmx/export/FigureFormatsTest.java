package fmx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ColorMap;
import fmx.core.ColorScale;
import fmx.io.Session;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Each format is written, then parsed back: what a reader of the file gets is what the figure shows. */
class FigureFormatsTest {
    @TempDir
    Path dir;
    private Session session;
    private FigureData data;

    @BeforeEach
    void load() throws Exception {
        session = ExportFixtures.session(dir, ExportFixtures.DEFAULT_EXAMPLE);
        data = ExportFixtures.data(session);
    }

    private Path export(ExportRequest r, String name) throws IOException {
        Path target = dir.resolve(name);
        Exporter.write(r, data, session, target, ExportProgress.NONE);
        return target;
    }

    @Test
    void pngHasTheFiguresSizeTimesTheScaleAndTheCellColours() throws IOException {
        Figure f = Figures.input(data);
        for (int scale : new int[] {1, 3}) {
            BufferedImage png = ImageIO.read(export(ExportRequest.of(FigureKind.INPUT, ExportFormat.PNG)
                    .withScale(scale), "input" + scale + ".png").toFile());
            assertEquals(f.width() * scale, png.getWidth());
            assertEquals(f.height() * scale, png.getHeight());
            // The grid starts under the title (one line and the gap): cell (r, c) is 40 points square.
            double top = Figure.MARGIN + Figures.TITLE * 1.35 + 6;
            ColorScale grey = ColorScale.fit(ColorMap.GRAY, 0, 3);
            float[][] five = {{1, 2, 3, 0, 1}, {0, 1, 2, 3, 1}, {3, 1, 0, 2, 2}, {2, 3, 1, 0, 0}, {0, 2, 1, 3, 1}};
            for (int[] rc : new int[][] {{0, 0}, {0, 2}, {1, 0}, {4, 3}}) {
                // Near the cell's corner: away from its number and from the grid lines.
                int x = (int) ((Figure.MARGIN + rc[1] * 40 + 5) * scale);
                int y = (int) ((top + rc[0] * 40 + 5) * scale);
                assertEquals(grey.argb(five[rc[0]][rc[1]]) & 0xFFFFFF, png.getRGB(x, y) & 0xFFFFFF,
                        "cell " + rc[0] + "," + rc[1] + " at scale " + scale);
            }
        }
    }

    @Test
    void svgIsXmlWithOneTextPerNumberedCell() throws Exception {
        Document svg = parseXml(export(ExportRequest.of(FigureKind.SHEET, ExportFormat.SVG), "sheet.svg"));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        // input 5x5, kernel 3x3, z 3x3, a 3x3, pooled 2x2
        assertEquals(List.of("1", "2", "3", "0", "1"), texts(svg, "input-0-numbers").subList(0, 5));
        assertEquals(25, texts(svg, "input-0-numbers").size());
        assertEquals(9, texts(svg, "kernel-0-0-numbers").size());
        assertEquals(List.of("-1", "-1", "1", "2", "0", "0", "3", "1", "-1"), texts(svg, "map-conv-0-numbers"));
        assertEquals(List.of("0", "0", "1", "2", "0", "0", "3", "1", "0"), texts(svg, "map-activation-0-numbers"));
        assertEquals(List.of("2", "1", "3", "1"), texts(svg, "map-pool-0-numbers"));
        assertTrue(svg.getElementsByTagName("image").getLength() == 0, "a grid is vector, not an image");
    }

    @Test
    void pdfHasOnePagePerStepAndTheNumbersAsText() throws IOException {
        Path pdf = export(ExportRequest.of(FigureKind.ANIMATION, ExportFormat.PDF), "steps.pdf");
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"));
        assertEquals(14, count(raw, "/Type /Page(?!s)"), "9 convolution steps, 1 activation, 4 pooling");

        Path sheet = export(ExportRequest.of(FigureKind.SHEET, ExportFormat.PDF), "sheet.pdf");
        String content = inflatedStreams(Files.readAllBytes(sheet));
        assertEquals(1, count(new String(Files.readAllBytes(sheet), StandardCharsets.ISO_8859_1),
                "/Type /Page(?!s)"));
        // Text is text (a Tj operator per string), not outlines: the 25 + 9 + 9 + 9 + 4 cell numbers and labels.
        assertTrue(count(content, "\\((-?\\d+)\\) Tj") >= 56, content.length() + " bytes of content");
        assertTrue(content.contains("(Input 5x5) Tj"), "the title, with an ASCII times sign");
    }

    @Test
    void gifHasOneFramePerStepThatLoops() throws IOException {
        Path gif = export(ExportRequest.of(FigureKind.ANIMATION, ExportFormat.GIF), "steps.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(14, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            Element control = (Element) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals(String.valueOf(Exporter.FRAME_DELAY), control.getAttribute("delayTime"));
            Element app = (Element) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertEquals(0, ((byte[]) ((IIOMetadataNode) app).getUserObject())[1], "loop count 0: forever");
            int w = reader.getWidth(0);
            for (int k = 1; k < 14; k++) {
                assertEquals(w, reader.getWidth(k), "every frame has the canvas size");
            }
        }
    }

    @Test
    void aPngSequenceIsAFolderOfNumberedFiles() throws IOException {
        Path folder = export(ExportRequest.of(FigureKind.ANIMATION, ExportFormat.PNG), "frames");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(14, names.size());
            assertEquals("step-001.png", names.getFirst());
            assertEquals("step-014.png", names.getLast());
        }
        assertTrue(ImageIO.read(folder.resolve("step-001.png").toFile()).getWidth() > 100);
    }

    @Test
    void aCancelledAnimationLeavesNothing() throws IOException {
        ExportProgress cancelAtThird = new ExportProgress() {
            int calls;

            @Override
            public void update(int done, int total) {
                calls++;
            }

            @Override
            public boolean cancelled() {
                return calls >= 3;
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class, () -> Exporter.write(
                ExportRequest.of(FigureKind.ANIMATION, ExportFormat.GIF), data, session, dir.resolve("a.gif"),
                cancelAtThird));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("s.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void combinationsAreCheckedWithTheAllowedFormatsNamed() {
        assertEquals("--format gif is for --figure animation only; --figure maps allows png, svg, pdf, csv, npy",
                ExportRequest.of(FigureKind.MAPS, ExportFormat.GIF).problem(data));
        assertEquals("--format csv is for --figure maps only; --figure sheet allows png, svg, pdf",
                ExportRequest.of(FigureKind.SHEET, ExportFormat.CSV).problem(data));
        assertEquals("--scale must be 1 to 4, got 5",
                ExportRequest.of(FigureKind.SHEET, ExportFormat.PNG).withScale(5).problem(data));
        assertEquals("--step must be 1 to 14, got 15", Exporter.problem(
                ExportRequest.of(FigureKind.STEP, ExportFormat.PNG).withStep(14), data));
        assertNull(ExportRequest.of(FigureKind.MAPS, ExportFormat.NPY).problem(data));
    }

    @Test
    void everyFigureDrawsInEveryFormatItAllows() throws IOException {
        for (FigureKind k : FigureKind.values()) {
            for (ExportFormat f : k.formats()) {
                Path out = export(ExportRequest.of(k, f), k.id() + "." + f.id());
                assertTrue(Files.exists(out), out.toString());
            }
        }
    }

    // ---- parsing helpers ----

    static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(file))));
        assertFalse(doc.getDocumentElement().getTagName().isEmpty());
        return doc;
    }

    /** The texts of the {@code <text>} elements inside the group with {@code id}, in document order. */
    static List<String> texts(Document doc, String id) {
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (id.equals(g.getAttribute("id"))) {
                NodeList t = g.getElementsByTagName("text");
                List<String> out = new ArrayList<>();
                for (int k = 0; k < t.getLength(); k++) {
                    out.add(t.item(k).getTextContent());
                }
                return out;
            }
        }
        throw new AssertionError("no group " + id);
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Every Flate stream of a PDF, inflated and joined (JFreePDF compresses page content). */
    static String inflatedStreams(byte[] pdf) throws IOException {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?<!end)stream\r?\n").matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int start = m.end();
            int end = raw.indexOf("endstream", start);
            Inflater inf = new Inflater();
            inf.setInput(pdf, start, end - start);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            try {
                while (!inf.finished() && !inf.needsInput()) {
                    int n = inf.inflate(chunk);
                    if (n == 0 && inf.needsDictionary()) {
                        break;
                    }
                    buf.write(chunk, 0, n);
                }
            } catch (java.util.zip.DataFormatException notFlate) {
                continue; // an image stream in another encoding
            } finally {
                inf.end();
            }
            out.append(buf.toString(StandardCharsets.ISO_8859_1)).append('\n');
        }
        return out.toString();
    }
}
