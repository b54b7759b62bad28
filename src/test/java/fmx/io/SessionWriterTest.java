package fmx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.Padding;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionWriterTest {
    @TempDir
    Path dir;

    private static Session everything() {
        FilterBank bank = new FilterBank(2, 1, 2, 3, new float[] {0.1f, -0.25f, 1e-5f, 3, 0, -0f,
                1, 2, 3, 4, 5, 6}, new float[] {0.5f, -1f});
        Tensor grid = Tensor.of(new float[][] {{0.1f, 0.2f, 0.3f, 1f / 3f}, {1, 2, 3, 4}, {5, 6, 7, 8}});
        return new Session(new InputSource.Grid(grid), List.of(
                new ConvLayer(bank, Int2.of(1, 2), Padding.of(1, 0), Int2.of(1), true),
                new ConvLayer(FilterBank.single(new float[][][] {{{1}}, {{2}}}), Int2.of(1), Padding.SAME, Int2.of(2), false),
                new ActivationLayer(ActivationFunction.LEAKY_RELU, 0.2f),
                ActivationLayer.of(ActivationFunction.TANH),
                new PoolLayer(PoolMode.AVG, Int2.of(2, 1), Int2.of(1)),
                ActivationLayer.of(ActivationFunction.RELU)),
                Map.of("zoom", 1.5));
    }

    @Test
    void aWrittenSessionReadsBackEqual() throws Exception {
        Session s = everything();
        Path file = dir.resolve("s.json");
        new SessionWriter().write(s, file);
        assertEquals(s, new SessionReader().read(file));
    }

    @Test
    void randomWeightsRoundTripBitForBit() throws Exception {
        Random random = new Random(7);
        float[] w = new float[2 * 3 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = switch (i % 3) {
                case 0 -> random.nextFloat();
                case 1 -> (float) random.nextGaussian() * 1e-7f;
                default -> Float.intBitsToFloat(random.nextInt(0x7f000000));
            };
        }
        Session s = new Session(new InputSource.Grid(Tensor.of(new float[][][] {{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}})),
                List.of(ConvLayer.of(new FilterBank(2, 1, 3, 3, w, new float[] {Float.MIN_VALUE, Float.MAX_VALUE}))));
        Path file = dir.resolve("r.json");
        new SessionWriter().write(s, file);
        assertEquals(s, new SessionReader().read(file));
    }

    @Test
    void writesAStableReadableLayout() {
        Session s = new Session(new InputSource.Grid(Tensor.of(new float[][] {{0.1f, 2f}})),
                List.of(ConvLayer.of(FilterBank.single(new float[][][] {{{1, -0.5f}}})),
                        new PoolLayer(PoolMode.MAX, Int2.of(1, 1), Int2.of(1, 2))));
        assertEquals("""
                {
                  "version": 1,
                  "input": {
                    "grid": [
                      [
                        [0.1, 2]
                      ]
                    ]
                  },
                  "layers": [
                    {
                      "type": "conv",
                      "filters": [
                        {
                          "weights": [
                            [
                              [1, -0.5]
                            ]
                          ],
                          "bias": 0
                        }
                      ],
                      "stride": 1,
                      "padding": "valid",
                      "dilation": 1,
                      "flip": false
                    },
                    {
                      "type": "pool",
                      "mode": "max",
                      "size": 1,
                      "stride": [1, 2]
                    }
                  ]
                }
                """, new SessionWriter().toJson(s, null));
    }

    @Test
    void writesAPhotoPathRelativeToTheSessionFile() throws Exception {
        Path photo = dir.resolve("photos/cat.png");
        Session s = new Session(new InputSource.Image(photo, true, false), List.of());
        Path file = dir.resolve("s.json");
        new SessionWriter().write(s, file);
        String text = Files.readString(file);
        assertEquals(true, text.contains("\"image\": \"photos/cat.png\""), text);
        assertEquals(s, new SessionReader().read(file));
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "old");
        new SessionWriter().write(everything(), file);
        assertEquals(everything(), new SessionReader().read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void theWrittenFileHasTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path file = dir.resolve("s.json");
        new SessionWriter().write(everything(), file);
        Path plain = Files.createFile(dir.resolve("plain"));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("missing-folder/s.json");
        assertThrows(IOException.class, () -> new SessionWriter().write(everything(), file));
        assertFalse(Files.exists(file));
        try (AtomicFile f = AtomicFile.open(dir.resolve("t.json"))) {
            f.writer().write("half");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
