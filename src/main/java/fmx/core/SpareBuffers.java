package fmx.core;

import java.lang.ref.SoftReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few large float buffers that finished plans hand back for the next plans: the scalar kernel's phase-split copy
 * of the input (12.6 MB on strided). Buffers of that size allocated per call are humongous objects, and each can set
 * off a concurrent G1 marking cycle: the photo's zero-padded edge copies (2.4 MB each, since replaced) did on every
 * call, taking a core for 10 to 15 ms of each 25 to 30 ms convolution on 2 cores. Held through soft references, so
 * an idle engine never keeps memory the heap needs. Thread-safe: a buffer is handed to one taker at a time.
 */
final class SpareBuffers {
    private final AtomicReferenceArray<SoftReference<float[]>> slots;

    SpareBuffers(int slots) {
        this.slots = new AtomicReferenceArray<>(slots);
    }

    /** The smallest held buffer of at least {@code length} floats, taken out of the pool, or a new one. */
    float[] take(int length) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int best = -1;
            float[] bestBuffer = null;
            SoftReference<float[]> bestRef = null;
            for (int i = 0; i < slots.length(); i++) {
                SoftReference<float[]> ref = slots.get(i);
                float[] b = ref == null ? null : ref.get();
                if (b != null && b.length >= length && (bestBuffer == null || b.length < bestBuffer.length)) {
                    best = i;
                    bestBuffer = b;
                    bestRef = ref;
                }
            }
            if (best < 0) {
                break;
            }
            if (slots.compareAndSet(best, bestRef, null)) {
                return bestBuffer;
            }
        }
        return new float[length];
    }

    /**
     * Hands {@code buffer} back: into an empty or cleared slot, else in place of the smallest held buffer when that
     * is smaller (the one dropped is left to the collector).
     */
    void give(float[] buffer) {
        int smallest = -1;
        int smallestLength = Integer.MAX_VALUE;
        for (int i = 0; i < slots.length(); i++) {
            SoftReference<float[]> ref = slots.get(i);
            float[] b = ref == null ? null : ref.get();
            if (b == buffer) {
                return;
            }
            if (b == null) {
                if (slots.compareAndSet(i, ref, new SoftReference<>(buffer))) {
                    return;
                }
            } else if (b.length < smallestLength) {
                smallest = i;
                smallestLength = b.length;
            }
        }
        if (smallest >= 0 && smallestLength < buffer.length) {
            slots.set(smallest, new SoftReference<>(buffer));
        }
    }
}
