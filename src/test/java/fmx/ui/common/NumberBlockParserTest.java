package fmx.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberBlockParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"1\t2\t3\n4\t5\t6\n", "1,2,3\r\n4,5,6", "1 2 3\n  4   5 6  \n\n", "1;2;3\n4;5;6",
        "1, 2, 3\n4, 5, 6"})
    void readsSpreadsheetAndHandTypedBlocks(String text) throws Exception {
        assertArrayEquals(new float[][] {{1, 2, 3}, {4, 5, 6}}, NumberBlockParser.parse(text));
    }

    @Test
    void aCommaIsADecimalCommaWhenTabsOrSemicolonsSeparate() throws Exception {
        assertArrayEquals(new float[][] {{1.5f, -2f}}, NumberBlockParser.parse("1,5;-2"));
        assertArrayEquals(new float[][] {{0.25f, 3e-2f}}, NumberBlockParser.parse("0,25\t3e-2"));
    }

    @Test
    void badTokensSayWhere() {
        var e = assertThrows(NumberBlockParser.BlockParseException.class,
                () -> NumberBlockParser.parse("1\t2\n3\tabc"));
        assertEquals("Row 2, column 2: \"abc\" is not a number.", e.getMessage());
    }

    @Test
    void raggedRowsAndEmptyTextAreRefused() {
        var ragged = assertThrows(NumberBlockParser.BlockParseException.class,
                () -> NumberBlockParser.parse("1 2 3\n4 5"));
        assertTrue(ragged.getMessage().contains("Row 2 has 2 values but row 1 has 3"), ragged.getMessage());
        assertThrows(NumberBlockParser.BlockParseException.class, () -> NumberBlockParser.parse("  \n"));
        assertThrows(NumberBlockParser.BlockParseException.class, () -> NumberBlockParser.parse(null));
        var empty = assertThrows(NumberBlockParser.BlockParseException.class,
                () -> NumberBlockParser.parse("1\t\t3"));
        assertTrue(empty.getMessage().contains("column 2 is empty"), empty.getMessage());
    }

    @Test
    void singleNumbersAsTypedInACell() {
        assertEquals(-1.5f, NumberBlockParser.parseNumber(" -1.5 "));
        assertEquals(0.5f, NumberBlockParser.parseNumber(".5"));
        assertEquals(2.5f, NumberBlockParser.parseNumber("2,5"));
        assertEquals(-3f, NumberBlockParser.parseNumber("\u22123"));
        assertEquals(7f, NumberBlockParser.parseNumber("7."));
        for (String bad : new String[] {"", "-", ".", "abc", "1.2.3", "NaN", "Infinity", "0x10", "1f", "1e999"}) {
            assertNull(NumberBlockParser.parseNumber(bad), bad);
        }
    }
}
