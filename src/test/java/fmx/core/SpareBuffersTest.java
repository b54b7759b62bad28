package fmx.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SpareBuffersTest {
    @Test
    void takesTheSmallestHeldBufferThatIsLongEnough() {
        SpareBuffers spares = new SpareBuffers(3);
        float[] small = new float[10];
        float[] middle = new float[100];
        float[] large = new float[1000];
        spares.give(large);
        spares.give(small);
        spares.give(middle);
        assertSame(middle, spares.take(50));
        assertSame(large, spares.take(50), "middle was taken out, so the next fit is the large one");
        assertSame(small, spares.take(10));
    }

    @Test
    void allocatesWhenNothingHeldIsLongEnough() {
        SpareBuffers spares = new SpareBuffers(2);
        float[] held = new float[8];
        spares.give(held);
        float[] fresh = spares.take(9);
        assertNotSame(held, fresh);
        assertEquals(9, fresh.length);
        assertSame(held, spares.take(8), "the short buffer stays for a later fit");
    }

    @Test
    void aBufferIsHandedOutOnceAndNotHeldTwice() {
        SpareBuffers spares = new SpareBuffers(2);
        float[] b = new float[16];
        spares.give(b);
        spares.give(b);
        assertSame(b, spares.take(16));
        assertNotSame(b, spares.take(16), "given twice but held once");
    }

    @Test
    void aFullPoolKeepsTheLargerBuffers() {
        SpareBuffers spares = new SpareBuffers(2);
        float[] a = new float[10];
        float[] b = new float[20];
        float[] c = new float[30];
        spares.give(a);
        spares.give(b);
        spares.give(c); // replaces a, the smallest
        assertSame(b, spares.take(5));
        assertSame(c, spares.take(5));
        assertEquals(5, spares.take(5).length, "a was dropped");
    }
}
