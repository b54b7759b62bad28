package fmx.export;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fonts of exported figures: a sans with Helvetica's metrics, found on every platform (Helvetica or Arial on
 * macOS and Windows, Liberation Sans or Nimbus Sans on Linux), else Java's logical SansSerif. Helvetica metrics
 * because a PDF keeps its text as text only in the 14 standard PDF fonts (OrsonPDF/JFreePDF embeds no font), and
 * Helvetica is the sans among them: the figure is laid out with the same widths that the PDF viewer draws, so
 * numbers stay centred in their cells in every format. See docs/decisions/0004-export-fonts.md.
 *
 * <p>{@link #layout} measures; {@link #draw} is the font handed to the Graphics2D, which differs only for PDF
 * ("Dialog", which the PDF writer maps to Helvetica). Immutable and thread-safe.
 */
public final class FigureFonts {
    /** In order of preference; the first one installed wins. */
    static final List<String> CANDIDATES = List.of("Helvetica", "Arial", "Liberation Sans", "Nimbus Sans",
            "Nimbus Sans L", "FreeSans");
    /** The CSS font stack an SVG names (unquoted: the attribute is single-quoted), so a viewer picks a like face. */
    public static final String CSS_STACK = "Helvetica, Arial, Liberation Sans, Nimbus Sans, sans-serif";

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String INSTALLED = pick();

    private final String drawFamily;
    private final boolean asciiOnly;

    private FigureFonts(String drawFamily, boolean asciiOnly) {
        this.drawFamily = drawFamily;
        this.asciiOnly = asciiOnly;
    }

    /** Fonts for PNG, GIF and SVG: drawn as measured. */
    public static FigureFonts standard() {
        return new FigureFonts(INSTALLED, false);
    }

    /** Fonts for PDF: measured with the installed family, named so that the PDF writer maps them to Helvetica. */
    public static FigureFonts pdf() {
        return new FigureFonts(Font.DIALOG, true);
    }

    /** The family figures are measured with, e.g. "Nimbus Sans". */
    public static String family() {
        return INSTALLED;
    }

    /**
     * {@code text} as this writer can show it: the PDF writer's standard fonts take ASCII only, so "\u00D7" becomes
     * "x", "\u00B7" between words "|" and within an equation "*", "\u2026" "...", the minus sign "-".
     */
    public String printable(String text) {
        if (!asciiOnly) {
            return text;
        }
        String t = text.replace(" \u00B7 ", " | ").replace('\u00B7', '*').replace('\u00D7', 'x')
                .replace("\u2026", "...").replace('\u2212', '-');
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(c < 128 ? c : '?');
        }
        return sb.toString();
    }

    public Font draw(boolean bold, double size) {
        return new Font(drawFamily, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    static Font layout(boolean bold, double size) {
        return new Font(INSTALLED, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    /** The advance width of {@code text} in the layout font. */
    static double width(String text, boolean bold, double size) {
        return layout(bold, size).getStringBounds(text, FRC).getWidth();
    }

    /** Ascent of digits and capitals (about 0.72 of the size for Helvetica), for centring text vertically. */
    static double capHeight(boolean bold, double size) {
        return layout(bold, size).createGlyphVector(FRC, "0").getVisualBounds().getHeight();
    }

    private static String pick() {
        try {
            Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(java.util.Locale.ROOT)).collect(Collectors.toSet());
            for (String c : CANDIDATES) {
                if (installed.contains(c)) {
                    return c;
                }
            }
        } catch (RuntimeException | Error noFontConfiguration) {
            // A system without fontconfig: the logical font still works.
        }
        return Font.SANS_SERIF;
    }
}
