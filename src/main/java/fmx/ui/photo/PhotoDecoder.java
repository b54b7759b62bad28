package fmx.ui.photo;

import fmx.core.Tensor;
import fmx.io.ImageLoader;
import fmx.io.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Turns a photo file or pasted pixels into a tensor on the background executor and hands the result to the FX
 * executor; only the newest request's outcome is delivered (an older decode that finishes late is dropped).
 * Methods are called on the FX thread; no scene classes.
 */
final class PhotoDecoder {
    /** A decoded photo: the file (null for pasted pixels) or its name, and the tensor at the requested colour. */
    record Decoded(Path path, String name, int[] argb, int argbWidth, Tensor tensor) {}

    private final Executor background;
    private final Executor fx;
    private final Consumer<Decoded> onDecoded;
    private final Consumer<String> onFailed;
    private long generation;

    PhotoDecoder(Executor background, Executor fx, Consumer<Decoded> onDecoded, Consumer<String> onFailed) {
        this.background = background;
        this.fx = fx;
        this.onDecoded = onDecoded;
        this.onFailed = onFailed;
    }

    /** Decodes {@code file} (shown as {@code name}), grey or RGB, refusing more than {@code maxPixels} pixels. */
    void decode(Path file, String name, boolean gray, long maxPixels) {
        decode(() -> file, name, gray, maxPixels);
    }

    /** Copies a bundled sample out of the application, then decodes it, both off the FX thread. */
    void decodeSample(SampleImages.Sample sample, boolean gray, long maxPixels) {
        decode(() -> SampleImages.extract(sample), sample.file(), gray, maxPixels);
    }

    /** Where the file to decode is: found on the background thread (a sample is copied out first). */
    private interface FileSource {
        Path get() throws IOException;
    }

    private void decode(FileSource source, String name, boolean gray, long maxPixels) {
        long gen = ++generation;
        background.execute(() -> {
            Path file = null;
            try {
                file = source.get();
                Path decoded = file;
                Tensor t = new ImageLoader(maxPixels).load(file, gray, false);
                deliver(gen, () -> onDecoded.accept(new Decoded(decoded, name, null, 0, t)));
            } catch (IOException | InputException e) {
                deliver(gen, () -> onFailed.accept(e.getMessage()));
            } catch (OutOfMemoryError e) {
                String where = String.valueOf(file);
                deliver(gen, () -> onFailed.accept(Messages.TEXTS.text("status.tooLarge", where)));
            } catch (RuntimeException e) {
                // A decoder bug or an odd file: else the task dies unseen and the tab says "Opening..." for ever.
                deliver(gen, () -> onFailed.accept(unexpected(name, e)));
            }
        });
    }

    /** Converts pasted pixels ({@code argb} row-major, {@code width} per row), grey or RGB. */
    void convert(int[] argb, int width, String name, boolean gray) {
        long gen = ++generation;
        background.execute(() -> {
            try {
                Tensor t = toTensor(argb, width, gray);
                deliver(gen, () -> onDecoded.accept(new Decoded(null, name, argb, width, t)));
            } catch (RuntimeException | OutOfMemoryError e) {
                deliver(gen, () -> onFailed.accept(unexpected(name, e)));
            }
        });
    }

    private static String unexpected(String name, Throwable e) {
        return Messages.TEXTS.text("status.unreadable", name, String.valueOf(e));
    }

    /** Drops whatever is in flight (a newer request that was refused before reaching the decoder). */
    void supersede() {
        generation++;
    }

    private void deliver(long gen, Runnable outcome) {
        fx.execute(() -> {
            if (gen == generation) {
                outcome.run();
            }
        });
    }

    /** sRGB pixels as values in [0, 1]: one channel of Rec. 601 luma when {@code gray}, else R, G, B planes. */
    static Tensor toTensor(int[] argb, int width, boolean gray) {
        int height = argb.length / width;
        int plane = width * height;
        Tensor t = Tensor.zeros(gray ? 1 : 3, height, width);
        float[] d = t.data();
        for (int i = 0; i < plane; i++) {
            int p = argb[i];
            float r = ((p >> 16) & 255) / 255f;
            float gr = ((p >> 8) & 255) / 255f;
            float b = (p & 255) / 255f;
            if (gray) {
                d[i] = 0.299f * r + 0.587f * gr + 0.114f * b;
            } else {
                d[i] = r;
                d[i + plane] = gr;
                d[i + 2 * plane] = b;
            }
        }
        return t;
    }
}
