package fmx.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.Int2;
import fmx.core.Padding;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionReaderTest {
    private static final Path FOLDER = Path.of("/sessions");
    private static final String GRID = "\"input\": {\"grid\": [[[1,2,3],[4,5,6],[7,8,9]]]}";
    private static final String CONV = "{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,0],[0,-1]]]}]}";

    private static Session read(String json) throws InputException {
        return new SessionReader().read(json, FOLDER, "s.json");
    }

    private static String session(String layers) {
        return "{\"version\": 1, " + GRID + ", \"layers\": [" + layers + "]}";
    }

    @Nested
    class Good {
        @Test
        void fillsDefaultsWhereFieldsAreLeftOut() throws InputException {
            Session s = read(session(CONV + ", {\"type\": \"activation\", \"function\": \"leaky_relu\"},"
                    + "{\"type\": \"pool\", \"mode\": \"max\", \"size\": 2}"));
            ConvLayer conv = assertInstanceOf(ConvLayer.class, s.layers().get(0));
            assertEquals(Int2.of(1), conv.stride());
            assertEquals(Padding.of(0), conv.padding());
            assertEquals(Int2.of(1), conv.dilation());
            assertEquals(false, conv.flip());
            assertEquals(0f, conv.filters().bias(0));
            assertEquals(new ActivationLayer(ActivationFunction.LEAKY_RELU, 0.01f), s.layers().get(1));
            assertEquals(new PoolLayer(PoolMode.MAX, Int2.of(2), Int2.of(2)), s.layers().get(2));
        }

        @Test
        void readsEveryOptionSpelledOut() throws InputException {
            Session s = new SessionReader().read("""
                    {"version": 1, "input": {"grid": [[[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]]]},
                     "layers": [{"type": "conv", "filters": [{"weights": [[[1,2],[3,4]]], "bias": 0.5},
                                                              {"weights": [[[0,0],[0,1]]], "bias": -1}],
                                 "stride": [1, 2], "padding": [1, 0], "dilation": 2.0, "flip": true},
                                {"type": "activation", "function": "sigmoid"},
                                {"type": "pool", "mode": "avg", "size": [2, 1], "stride": [1, 2]}],
                     "someday": "ignored", "view": {"zoom": 2.5, "open": [1, "a", null, true]}}
                    """, FOLDER, "s.json");
            ConvLayer conv = (ConvLayer) s.layers().get(0);
            assertEquals(Int2.of(1, 2), conv.stride());
            assertEquals(Padding.of(1, 0), conv.padding());
            assertEquals(Int2.of(2), conv.dilation());
            assertTrue(conv.flip());
            assertEquals(2, conv.filters().count());
            assertEquals(-1f, conv.filters().bias(1));
            assertEquals(new PoolLayer(PoolMode.AVG, Int2.of(2, 1), Int2.of(1, 2)), s.layers().get(2));
            assertEquals(2.5, s.view().get("zoom"));
            assertEquals(java.util.Arrays.asList(1, "a", null, true), s.view().get("open"));
        }

        @Test
        void readsAPhotoInputRelativeToTheSessionFolder() throws InputException {
            Session s = read("{\"version\": 1, \"input\": {\"image\": \"photos/cat.png\", \"color\": \"gray\","
                    + " \"scale\": \"byte\"}, \"layers\": []}");
            assertEquals(new InputSource.Image(Path.of("/sessions/photos/cat.png"), true, true), s.input());
            Session d = read("{\"version\": 1, \"input\": {\"image\": \"cat.png\"}, \"layers\": []}");
            assertEquals(new InputSource.Image(Path.of("/sessions/cat.png"), false, false), d.input());
        }

        @Test
        void readsEachNumberAsTheFloatNearestToItsDecimalText() throws InputException {
            Session s = read("{\"version\": 1, \"input\": {\"grid\": [[[0.1, 1e-5, 16777217, 3.4e38]]]},"
                    + " \"layers\": []}");
            float[] d = ((InputSource.Grid) s.input()).values().data();
            assertEquals(List.of(0.1f, 1e-5f, 16777216f, 3.4e38f), List.of(d[0], d[1], d[2], d[3]));
        }

        @Test
        void keepsTheViewInTheFilesOrder() throws InputException {
            Session s = read("{\"version\": 1, " + GRID + ", \"layers\": [], \"view\": {\"b\": 1, \"a\": 2, \"c\": 3}}");
            assertEquals(List.of("b", "a", "c"), List.copyOf(s.view().keySet()));
            assertEquals(Map.of("b", 1, "a", 2, "c", 3), s.view());
        }
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"stride\": 0}"),
                        "layers[0].stride: must be a positive integer, got 0"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"stride\": 1.5}"),
                        "layers[0].stride: must be a positive integer, got 1.5"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"stride\": [1, 0]}"),
                        "layers[0].stride[1]: must be a positive integer, got 0"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"stride\": \"2\"}"),
                        "layers[0].stride: must be a positive integer or a pair [y, x], got \"2\""),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"stride\": [1, 2, 3]}"),
                        "layers[0].stride: a pair [y, x] needs 2 numbers, got 3"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"dilation\": -1}"),
                        "layers[0].dilation: must be a positive integer, got -1"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"padding\": -1}"),
                        "layers[0].padding: must be an integer of 0 or more, got -1"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"padding\": \"full\"}"),
                        "layers[0].padding: unknown padding \"full\" (known: a number, a pair [y, x], \"same\", \"valid\")"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]]}], \"flip\": \"yes\"}"),
                        "layers[0].flip: must be true or false, got \"yes\""),
                Arguments.of(session(CONV + ", {\"type\": \"dense\"}"),
                        "layers[1].type: unknown layer type \"dense\" (known: conv, activation, pool)"),
                Arguments.of(session("{\"stride\": 1}"),
                        "layers[0].type: missing; expected one of conv, activation, pool"),
                Arguments.of(session("5"), "layers[0]: must be a layer object with a \"type\", got 5"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,2,3],[4,5,6],[7,8,9]]]},"
                                + " {\"weights\": [[[1,2],[3,4],[5,6]]]}]}"),
                        "layers[0].filters[1].weights: shape 1 x 3 x 2 differs from filters[0]'s 1 x 3 x 3;"
                                + " all filters of a layer have one shape"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[1,0,-1],[1,0,-1]]}]}"),
                        "layers[0].filters[0].weights: must be C x H x W numbers, got rows of numbers (2-D); for one"
                                + " channel, wrap the rows in one more [ ]"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": []}"),
                        "layers[0].filters: needs at least one filter"),
                Arguments.of(session("{\"type\": \"conv\"}"),
                        "layers[0].filters: missing; expected an array of filters {\"weights\": C x kh x kw numbers}"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,\"a\"]]]}]}"),
                        "layers[0].filters[0].weights[0][0][1]: must be a number, got \"a\""),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]]], \"bias\": true}]}"),
                        "layers[0].filters[0].bias: must be a number, got true"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1]],[[2]],[[3]]]}]}"),
                        "layers[0].filters: each filter has 3 channels, the input to this layer has 1"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,1,1,1]]]}]}"),
                        "layers[0]: the window (1x4) is larger than the input (3x3)"),
                Arguments.of(session("{\"type\": \"conv\", \"filters\": [{\"weights\": [[[1,1],[1,1]]]}], \"stride\": 2,"
                                + " \"padding\": \"same\"}"),
                        "layers[0].padding: \"same\" needs stride 1 on every axis, got stride 2 vertically"
                                + " (with a larger stride the output cannot keep the input's size)"),
                Arguments.of(session("{\"type\": \"activation\", \"function\": \"swish\"}"),
                        "layers[0].function: unknown activation \"swish\" (known: identity, relu, leaky_relu, sigmoid, tanh)"),
                Arguments.of(session("{\"type\": \"activation\"}"),
                        "layers[0].function: missing; expected one of identity, relu, leaky_relu, sigmoid, tanh"),
                Arguments.of(session("{\"type\": \"pool\", \"mode\": \"min\", \"size\": 2}"),
                        "layers[0].mode: unknown pooling \"min\" (known: max, avg)"),
                Arguments.of(session("{\"type\": \"pool\", \"mode\": \"max\"}"),
                        "layers[0].size: missing; expected a window size: a positive integer or a pair [h, w]"),
                Arguments.of(session("{\"type\": \"pool\", \"mode\": \"max\", \"size\": 4}"),
                        "layers[0]: the window (4x4) is larger than the input (3x3)"),
                Arguments.of("{\"version\": 1, \"input\": {\"grid\": [[[1,2,3,4,5],[1,2,3,4,5],[1,2,3,4]]]}, \"layers\": []}",
                        "input.grid[0][2]: row has 4 numbers, expected 5"),
                Arguments.of("{\"version\": 1, \"input\": {\"grid\": [[[1,2]],[[1,2],[3,4]]]}, \"layers\": []}",
                        "input.grid[1]: channel has 2 rows, expected 1"),
                Arguments.of("{\"version\": 1, \"input\": {\"grid\": [[[1e39]]]}, \"layers\": []}",
                        "input.grid[0][0][0]: 1e39 is outside the range of a 32-bit float (about -3.4e38 to 3.4e38)"),
                Arguments.of("{\"version\": 1, \"input\": {\"grid\": []}, \"layers\": []}",
                        "input.grid: the input needs at least one channel"),
                Arguments.of("{\"version\": 1, \"input\": {}, \"layers\": []}",
                        "input: needs \"grid\" (C x H x W numbers) or \"image\" (a file path)"),
                Arguments.of("{\"version\": 1, \"input\": {\"grid\": [[[1]]], \"image\": \"a.png\"}, \"layers\": []}",
                        "input: give either \"grid\" or \"image\", not both"),
                Arguments.of("{\"version\": 1, \"input\": {\"image\": \"a.png\", \"color\": \"cmyk\"}, \"layers\": []}",
                        "input.color: unknown color \"cmyk\" (known: rgb, gray)"),
                Arguments.of("{\"version\": 1, \"input\": {\"image\": 3}, \"layers\": []}",
                        "input.image: must be a file path, got 3"),
                Arguments.of("{\"version\": 2, " + GRID + ", \"layers\": []}",
                        "version: this program reads format version 1, got 2"),
                Arguments.of("{" + GRID + ", \"layers\": []}", "version: missing; expected 1"),
                Arguments.of("{\"version\": 1, " + GRID + "}", "layers: missing; expected an array of layers"),
                Arguments.of("{\"version\": 1, " + GRID + ", \"layers\": {}}",
                        "layers: must be an array of layers, got an object"),
                Arguments.of("[1, 2]", "s.json: must be a JSON object with \"version\", \"input\" and \"layers\", got an array"),
                Arguments.of("", "s.json: the file is empty; expected a JSON session"),
                Arguments.of("{\"version\": 1, \"version\": 1}",
                        "s.json: not valid JSON at line 1, column 25: Duplicate field 'version'"));
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void rejectsBadDocumentsWithALocatedMessage(String json, String message) {
        InputException e = assertThrows(InputException.class, () -> read(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void locatesJsonSyntaxErrorsByLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read("{\n  \"version\": 1,\n  }"));
        assertTrue(e.getMessage().startsWith("s.json: not valid JSON at line 3, column 3: "), e.getMessage());
    }
}
