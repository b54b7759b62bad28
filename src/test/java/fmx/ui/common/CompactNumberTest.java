package fmx.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | 0",
        "-0.0 | 0",
        "3 | 3",
        "-12 | -12",
        "255 | 255",
        "123456 | 123456",
        "1.5 | 1.5",
        "-1.25 | -1.25",
        "1.333333 | 1.33",
        "12.3456 | 12.3",
        "123.456 | 123",
        "0.333333 | 0.333",
        "0.1 | 0.1",
        "0.0416 | 0.042",
        "-0.004 | -0.004",
        "-0.0001 | -1e-4",
        "0.00012345 | 1.2e-4",
        "1234567.5 | 1.2e6",
        "99999.9 | 100000",
        "150000.5 | 1.5e5",
        "2.999999 | 3",
        "-0.0002 | -2e-4",
        "9.999 | 10",
    })
    void formatsCompactly(double value, String expected) {
        assertEquals(expected, CompactNumber.format(value));
    }

    @ParameterizedTest
    @CsvSource({"-0.0004", "-0.00049", "-1e-30"})
    void neverShowsMinusZero(double tiny) {
        String s = CompactNumber.format(tiny);
        assertEquals(false, s.equals("-0") || s.startsWith("-0e") || s.equals("-0.0"), s);
    }

    @org.junit.jupiter.api.Test
    void exactKeepsEveryDigitForTheEditor() {
        assertEquals("0.12345", CompactNumber.exact(0.12345f));
        assertEquals("3", CompactNumber.exact(3f));
        assertEquals("0", CompactNumber.exact(-0f));
        assertEquals("-1250000", CompactNumber.exact(-1.25e6f));
        assertEquals("0.00001", CompactNumber.exact(1e-5f));
    }

    @org.junit.jupiter.api.Test
    void floatsPrintWithoutBinaryNoise() {
        assertEquals("0.1", CompactNumber.format(0.1f));
        assertEquals("0.3", CompactNumber.format(0.1f + 0.2f));
        assertEquals("-7.1", CompactNumber.format(-7.1f));
        assertEquals("NaN", CompactNumber.format(Float.NaN));
        assertEquals("\u221E", CompactNumber.format(Float.POSITIVE_INFINITY));
    }
}
