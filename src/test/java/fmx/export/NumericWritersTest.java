package fmx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fmx.core.Tensor;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** CSV of maps whose numbers overflowed a float: written in the words NumPy and pandas read back. */
class NumericWritersTest {
    private static final Tensor OVERFLOWED = Tensor.of(new float[][][] {
            {{Float.POSITIVE_INFINITY, 1.5f}}, {{Float.NEGATIVE_INFINITY, Float.NaN}}});

    @Test
    void oneMapWithInfinityIsWrittenAsInf() throws IOException {
        StringWriter out = new StringWriter();
        NumericWriters.csv(OVERFLOWED, 0, 1, out);
        assertEquals("inf,1.5\n", out.toString());
    }

    @Test
    void longFormWritesMinusInfAndNan() throws IOException {
        StringWriter out = new StringWriter();
        NumericWriters.csv(OVERFLOWED, 0, 2, out);
        assertEquals("filter,row,column,value\n1,0,0,inf\n1,0,1,1.5\n2,0,0,-inf\n2,0,1,nan\n", out.toString());
    }
}
