package fmx.ui.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decode that fails in a way nobody foresaw still ends with a message, never a silently dead task. */
class PhotoDecoderTest {
    @Test
    void anUnexpectedFailureReachesTheUserAsAMessage() {
        List<String> failures = new ArrayList<>();
        List<PhotoDecoder.Decoded> decoded = new ArrayList<>();
        PhotoDecoder decoder = new PhotoDecoder(Runnable::run, Runnable::run, decoded::add, failures::add);
        decoder.convert(new int[3], 0, "pasted image", true); // no width: the conversion cannot proceed
        assertEquals(List.of(), decoded);
        assertEquals(1, failures.size());
        assertTrue(failures.getFirst().startsWith("pasted image: "), failures.getFirst());
    }
}
