package fmx.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a rectangular block of numbers from text as copied from a spreadsheet or typed by hand: rows on lines;
 * values separated by tabs, semicolons, commas or spaces. With tabs or semicolons present a comma is read as a
 * decimal comma ({@code 1,5;2} is 1.5 and 2). Blank lines are skipped. A bad token or ragged rows give a
 * {@link BlockParseException} whose message says what and where (row and column counted from 1).
 * Pure Java, thread-safe.
 */
public final class NumberBlockParser {
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private NumberBlockParser() {
    }

    /** Thrown for text that is not a block of numbers; the message is meant for the user. */
    public static final class BlockParseException extends Exception {
        BlockParseException(String message) {
            super(message);
        }
    }

    /** The block as rows of equal length; at least one value. */
    public static float[][] parse(String text) throws BlockParseException {
        if (text == null || text.isBlank()) {
            throw new BlockParseException(Messages.TEXTS.text("paste.empty"));
        }
        boolean decimalComma = text.indexOf('\t') >= 0 || text.indexOf(';') >= 0;
        String separators = decimalComma ? "[\\t;]" : "[,\\s]+";
        List<float[]> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int line = 0; line < lines.length; line++) {
            String trimmed = lines[line].strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] tokens = trimmed.split(separators, -1);
            float[] row = new float[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                row[i] = parseToken(tokens[i], rows.size() + 1, i + 1);
            }
            if (!rows.isEmpty() && row.length != rows.getFirst().length) {
                throw new BlockParseException(Messages.TEXTS.text("paste.ragged", String.valueOf(rows.size() + 1),
                        String.valueOf(row.length), String.valueOf(rows.getFirst().length)));
            }
            rows.add(row);
        }
        return rows.toArray(new float[0][]);
    }

    /** One number as typed in a cell ("1.5", "-2", "1,5", ".5", "3e-2", "\u22121"); null when it is not one. */
    public static Float parseNumber(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        float v = Float.parseFloat(t.replace(',', '.'));
        return Float.isFinite(v) ? v : null;
    }

    private static float parseToken(String token, int row, int column) throws BlockParseException {
        String t = token.strip();
        if (t.isEmpty()) {
            throw new BlockParseException(
                    Messages.TEXTS.text("paste.emptyCell", String.valueOf(row), String.valueOf(column)));
        }
        Float v = parseNumber(t);
        if (v == null) {
            String shown = t.length() > 20 ? t.substring(0, 20) + "\u2026" : t;
            throw new BlockParseException(
                    Messages.TEXTS.text("paste.notANumber", String.valueOf(row), String.valueOf(column), shown));
        }
        return v;
    }
}
