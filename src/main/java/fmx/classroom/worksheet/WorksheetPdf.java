package fmx.classroom.worksheet;

import fmx.classroom.Exercise;
import fmx.classroom.ExerciseSet;
import fmx.classroom.ValuePatch;
import fmx.core.Derivation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;

/**
 * A printable worksheet for an {@link ExerciseSet}: the exercises on the first pages (A4, with answer boxes, the
 * options of a multiple choice lettered A to D, the grids of a "next value" exercise), then the answer key starting
 * on a page of its own, so the teacher can print the two apart. Drawn with OrsonPDF through Graphics2D in the
 * standard PDF fonts, so only Latin-1 text. Stateless; not thread-safe per call (each call builds its own document).
 */
public final class WorksheetPdf {
    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;
    private static final int MARGIN = 56;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    private static final Font MONO = new Font(Font.MONOSPACED, Font.PLAIN, 9);

    private final ResourceBundle text;

    public WorksheetPdf() {
        this(Locale.getDefault());
    }

    public WorksheetPdf(Locale locale) {
        text = ResourceBundle.getBundle("fmx.classroom.worksheet.messages", locale);
    }

    /** The PDF and how its pages split: exercises first, then the answer key. */
    public record Rendered(byte[] pdf, int exercisePages, int answerPages) {}

    public Rendered render(ExerciseSet set) {
        PDFDocument document = new PDFDocument();
        document.setTitle(text.getString("title") + " (seed " + set.seed() + ")");
        document.setAuthor("Feature Map Explorer");
        Flow flow = new Flow(document);
        flow.newPage();
        flow.title(text.getString("title"));
        flow.line(BODY, format("subtitle", set.seed(), set.exercises().size()));
        flow.gap(6);
        flow.line(BODY, text.getString("name"));
        flow.gap(12);
        for (Exercise e : set.exercises()) {
            exercise(flow, e);
        }
        int exercisePages = flow.pages.size();
        flow.newPage();
        flow.title(text.getString("answerKey"));
        flow.line(BODY, format("answerKeySubtitle", set.seed()));
        flow.gap(12);
        for (Exercise e : set.exercises()) {
            answer(flow, e);
        }
        int total = flow.pages.size();
        for (int i = 0; i < total; i++) {
            PDFGraphics2D g = flow.pages.get(i);
            g.setFont(SMALL);
            g.setColor(Color.GRAY);
            draw(g, format("footer", set.seed(), set.exercises().size()), MARGIN, HEIGHT - 28);
            String page = format("page", i + 1, total);
            draw(g, page, WIDTH - MARGIN - g.getFontMetrics().stringWidth(page), HEIGHT - 28);
        }
        return new Rendered(document.getPDFBytes(), exercisePages, total - exercisePages);
    }

    private String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]); // no locale grouping in seeds and counts
        }
        return MessageFormat.format(text.getString(key), texts);
    }

    /**
     * OrsonPDF 2.0.1 writes a string into the PDF's literal {@code (...)} without escaping: a line with an unbalanced
     * parenthesis (a wrapped derivation) would end the string early and break the page. So every drawn text is
     * escaped here.
     */
    static String escaped(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void draw(PDFGraphics2D g, String s, int x, int y) {
        g.drawString(escaped(s), x, y);
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private void exercise(Flow flow, Exercise e) {
        List<String> prompt = flow.wrap(BODY, e.number() + ".  " + e.prompt(), WIDTH - 2 * MARGIN);
        int gridHeight = e.patch() == null ? 0 : e.patch().size() * 20 + 30;
        int answerHeight = e.isChoice() ? 18 * ((e.options().size() + 1) / 2) : 30;
        flow.ensure(prompt.size() * 15 + gridHeight + answerHeight + 16);
        for (String l : prompt) {
            flow.line(BODY, l);
        }
        if (e.patch() != null) {
            grids(flow, e.patch());
        }
        flow.gap(4);
        if (e.isChoice()) {
            int column = (WIDTH - 2 * MARGIN) / 2;
            for (int i = 0; i < e.options().size(); i++) {
                if (i % 2 == 0 && i > 0) {
                    flow.y += 18;
                }
                flow.g().setFont(BODY);
                draw(flow.g(), format("option", letter(i), e.options().get(i)), MARGIN + 20 + (i % 2) * column,
                        flow.y + 12);
            }
            flow.y += 18;
        } else {
            flow.g().setFont(BODY);
            draw(flow.g(), text.getString("yourAnswer"), MARGIN + 20, flow.y + 17);
            flow.g().setStroke(new BasicStroke(0.8f));
            flow.g().drawRect(MARGIN + 75, flow.y + 2, 120, 22);
            flow.y += 28;
        }
        flow.gap(14);
    }

    private void grids(Flow flow, ValuePatch p) {
        int cell = 20;
        int top = flow.y + 14;
        drawGrid(flow.g(), MARGIN + 20, top, p.size(), cell, p::patchAt, text.getString("patch"));
        drawGrid(flow.g(), MARGIN + 40 + p.size() * cell + 20, top, p.size(), cell, p::kernelAt,
                text.getString("kernel"));
        flow.g().setFont(BODY);
        draw(flow.g(), format("bias", p.bias()), MARGIN + 80 + 2 * p.size() * cell + 20, top + cell);
        flow.y = top + p.size() * cell + 8;
    }

    private interface Cells {
        int at(int row, int column);
    }

    private static void drawGrid(PDFGraphics2D g, int x, int y, int size, int cell, Cells values, String label) {
        g.setFont(SMALL);
        draw(g, label, x, y - 3);
        g.setFont(BODY);
        g.setStroke(new BasicStroke(0.6f));
        FontMetrics fm = g.getFontMetrics();
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                g.drawRect(x + c * cell, y + r * cell, cell, cell);
                String v = Integer.toString(values.at(r, c));
                draw(g, v, x + c * cell + (cell - fm.stringWidth(v)) / 2, y + r * cell + 14);
            }
        }
    }

    private void answer(Flow flow, Exercise e) {
        String value = e.isChoice() ? "(" + letter(e.correctIndex()) + ") " + e.answer() : Long.toString(e.answer());
        List<String> lines = new ArrayList<>();
        for (Derivation d : e.derivation()) {
            lines.addAll(flow.wrap(MONO, d.toString(), WIDTH - 2 * MARGIN - 20));
        }
        flow.ensure(18 + lines.size() * 12 + 10);
        flow.line(BOLD, e.number() + ".  " + format("answer", value));
        flow.g().setColor(new Color(60, 60, 60));
        for (String l : lines) {
            flow.indented(MONO, l, 20, 12);
        }
        flow.g().setColor(Color.BLACK);
        flow.gap(10);
    }

    /** A cursor over the pages: where the next line goes, and a new page when one is full. */
    private static final class Flow {
        private final PDFDocument document;
        private final List<PDFGraphics2D> pages = new ArrayList<>();
        private int y;

        Flow(PDFDocument document) {
            this.document = document;
        }

        PDFGraphics2D g() {
            return pages.getLast();
        }

        void newPage() {
            Page page = document.createPage(new Rectangle(WIDTH, HEIGHT));
            PDFGraphics2D g = page.getGraphics2D();
            g.setColor(Color.BLACK);
            pages.add(g);
            y = MARGIN;
        }

        void ensure(int height) {
            if (y + height > HEIGHT - MARGIN - 10) {
                newPage();
            }
        }

        void title(String s) {
            g().setFont(TITLE);
            draw(g(), s, MARGIN, y + 18);
            y += 28;
        }

        void line(Font font, String s) {
            indented(font, s, 0, 15);
        }

        void indented(Font font, String s, int indent, int height) {
            ensure(height);
            g().setFont(font);
            draw(g(), s, MARGIN + indent, y + height - 3);
            y += height;
        }

        void gap(int h) {
            y += h;
        }

        /** {@code s} broken at spaces into lines no wider than {@code width} points. */
        List<String> wrap(Font font, String s, int width) {
            g().setFont(font);
            FontMetrics fm = g().getFontMetrics();
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder("    " + word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
