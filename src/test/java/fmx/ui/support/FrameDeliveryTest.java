package fmx.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks run once each, oldest first, whether the event queue or a frame's start drains them first. */
class FrameDeliveryTest {
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final FrameDelivery delivery = new FrameDelivery(fxQueue::add);
    private final List<String> ran = new ArrayList<>();

    @Test
    void theEventQueueRunsTheTasksInOrder() {
        delivery.execute(() -> ran.add("a"));
        delivery.execute(() -> ran.add("b"));
        assertEquals(List.of(), ran, "nothing runs on the caller's thread");
        List.copyOf(fxQueue).forEach(Runnable::run);
        assertEquals(List.of("a", "b"), ran);
    }

    @Test
    void aFrameThatStartsFirstRunsThemAndTheQueuedDrainsFindNothingLeft() {
        delivery.execute(() -> ran.add("a"));
        delivery.execute(() -> ran.add("b"));
        delivery.drain(); // the start of a frame, before the event queue got to its drains
        assertEquals(List.of("a", "b"), ran);
        List.copyOf(fxQueue).forEach(Runnable::run);
        assertEquals(List.of("a", "b"), ran, "each task runs once");
    }

    @Test
    void aTaskHandedOverWhileOthersRunRunsAfterThem() {
        delivery.execute(() -> {
            ran.add("a");
            delivery.execute(() -> ran.add("c"));
        });
        delivery.execute(() -> ran.add("b"));
        delivery.drain();
        assertEquals(List.of("a", "b", "c"), ran);
    }
}
