package fmx.export;

import fmx.core.Tensor;
import fmx.io.InputSource;
import fmx.io.Session;
import fmx.io.SessionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sessions the export tests draw: the worked 5x5 example, and two filters on two channels with padding. */
public final class ExportFixtures {
    /** 5x5 input, vertical-edge kernel, ReLU, 2x2 max pool at stride 1: z 3x3, pooled 2x2, 14 animation steps. */
    static final String DEFAULT_EXAMPLE = """
            {"version": 1,
             "input": {"grid": [[[1, 2, 3, 0, 1], [0, 1, 2, 3, 1], [3, 1, 0, 2, 2], [2, 3, 1, 0, 0], [0, 2, 1, 3, 1]]]},
             "layers": [
               {"type": "conv", "filters": [{"weights": [[[1, 0, -1], [1, 0, -1], [1, 0, -1]]], "bias": 0}]},
               {"type": "activation", "function": "relu"},
               {"type": "pool", "mode": "max", "size": 2, "stride": 1}]}
            """;

    /** 2 channels of 4x4, 2 filters of 2x2x3x3 (bias 0.5 and -1), padding 1, stride 2, no activation or pooling. */
    static final String TWO_FILTERS = twoFilters("");

    /**
     * The {@link #TWO_FILTERS} session with {@code moreLayers} (JSON layer objects, each led by a comma) after its
     * convolution.
     */
    public static String twoFilters(String moreLayers) {
        return """
                {"version": 1,
                 "input": {"grid": [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]],
                                    [[0.5, -1, 2, 0], [1, 1, 1, 1], [0, 0.25, 0, 3], [-2, 0, 1, 0]]]},
                 "layers": [
                   {"type": "conv", "stride": 2, "padding": 1, "filters": [
                     {"weights": [[[1, 0, -1], [2, 0, -2], [1, 0, -1]], [[0.1, 0.2, 0.3], [0, 0, 0], [-0.3, -0.2, -0.1]]],
                      "bias": 0.5},
                     {"weights": [[[0, 1, 0], [1, -4, 1], [0, 1, 0]], [[1, 1, 1], [1, 1, 1], [1, 1, 1]]], "bias": -1}]}%s]}
                """.formatted(moreLayers);
    }

    private ExportFixtures() {
    }

    static Path write(Path folder, String name, String json) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    static Session session(Path folder, String json) throws Exception {
        return new SessionReader().read(write(folder, "s.json", json));
    }

    static FigureData data(Session s) {
        Tensor input = ((InputSource.Grid) s.input()).values();
        return FigureData.compute(input, false, s.layers(), s.view());
    }
}
