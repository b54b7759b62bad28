package fmx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @ParameterizedTest
    @CsvSource({"0.1, 0.1", "2, 2", "-3, -3", "1e-5, 1e-5", "0.33333334, 0.33333334", "1e20, 1e20",
            "123456.79, 123456.79", "16777216, 16777216", "3.4028235e38, 3.4028235e38"})
    void writesFloatsInTheirShortestForm(float value, String text) {
        assertEquals(text, JsonText.number(value));
    }

    @Test
    void everyFloatItWritesReadsBackTheSame() {
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                String s = JsonText.number(f);
                assertEquals(Float.floatToIntBits(f), Float.floatToIntBits(Float.parseFloat(s)), s);
                assertEquals(-1, s.indexOf('E'), s);
            }
        }
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.number(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonText.number(Float.POSITIVE_INFINITY));
    }
}
