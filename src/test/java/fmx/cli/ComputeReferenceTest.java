package fmx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fmx compute} against a naive reference written here from the definitions, on random session files
 * (fixed seed): convolutions with every option (per-axis stride, padding as a number, a pair, "same" and "valid",
 * dilation, flip, biases, several filters and channels), every activation, max and average pooling, several layers.
 */
class ComputeReferenceTest {
    private static final int SESSIONS = 150;

    @TempDir
    Path dir;

    @Test
    void computeMatchesTheNaiveReferenceOnRandomSessions() throws Exception {
        Random random = new Random(20261122);
        ObjectMapper mapper = new ObjectMapper();
        int layersSeen = 0;
        for (int n = 0; n < SESSIONS; n++) {
            RandomSession session = RandomSession.make(random);
            Path file = dir.resolve("s" + n + ".json");
            Files.writeString(file, session.json());
            Path out = dir.resolve("out" + n + ".json");
            CliRun run = CliRun.of("compute", file.toString(), "-o", out.toString());
            assertEquals(0, run.status(), run.err() + " in " + session.json());
            JsonNode stages = mapper.readTree(out.toFile()).get("stages");
            assertEquals(session.expected().size(), stages.size());
            for (int i = 0; i < stages.size(); i++) {
                float[][][] want = session.expected().get(i);
                JsonNode got = stages.get(i);
                assertEquals(i, got.get("layer").intValue());
                assertEquals(session.types().get(i), got.get("type").textValue());
                assertEquals(List.of(want.length, want[0].length, want[0][0].length),
                        List.of(got.get("shape").get(0).intValue(), got.get("shape").get(1).intValue(),
                                got.get("shape").get(2).intValue()), session.json());
                JsonNode data = got.get("data");
                for (int c = 0; c < want.length; c++) {
                    for (int y = 0; y < want[0].length; y++) {
                        for (int x = 0; x < want[0][0].length; x++) {
                            float w = want[c][y][x];
                            float g = data.get(c).get(y).get(x).floatValue();
                            assertEquals(w, g, 1e-4f * Math.max(1f, Math.abs(w)),
                                    "session " + n + " layer " + i + " at " + c + "," + y + "," + x + ": "
                                            + session.json());
                        }
                    }
                }
                layersSeen++;
            }
        }
        assertEquals(true, layersSeen > SESSIONS, "several layers per session on average");
    }

    /** A random valid session as JSON text, the naive outputs of its layers, and their types. */
    record RandomSession(String json, List<float[][][]> expected, List<String> types) {
        static RandomSession make(Random r) {
            float[][][] input = randomTensor(r, 1 + r.nextInt(3), 4 + r.nextInt(9), 4 + r.nextInt(9));
            StringBuilder layers = new StringBuilder();
            List<float[][][]> expected = new ArrayList<>();
            List<String> types = new ArrayList<>();
            float[][][] current = input;
            int count = 1 + r.nextInt(4);
            for (int i = 0; i < count; i++) {
                String layer = null;
                float[][][] next = null;
                for (int attempt = 0; attempt < 20 && next == null; attempt++) {
                    int kind = i == 0 ? 0 : r.nextInt(3);
                    StringBuilder json = new StringBuilder();
                    next = switch (kind) {
                        case 0 -> conv(r, current, json);
                        case 1 -> activation(r, current, json);
                        default -> pool(r, current, json);
                    };
                    layer = json.toString();
                }
                if (next == null) {
                    break;
                }
                layers.append(layers.isEmpty() ? "" : ",\n").append(layer);
                types.add(layer.substring(10, layer.indexOf('"', 10)));
                expected.add(next);
                current = next;
            }
            String json = "{\"version\": 1, \"input\": {\"grid\": " + text(input) + "},\n\"layers\": [" + layers + "]}";
            return new RandomSession(json, expected, types);
        }

        private static float[][][] conv(Random r, float[][][] in, StringBuilder json) {
            int channels = in.length;
            int count = 1 + r.nextInt(3);
            int kh = 1 + r.nextInt(4);
            int kw = 1 + r.nextInt(4);
            int sy = 1 + r.nextInt(2);
            int sx = 1 + r.nextInt(2);
            int dy = 1 + r.nextInt(2);
            int dx = 1 + r.nextInt(2);
            boolean flip = r.nextBoolean();
            int padKind = r.nextInt(4);
            if (padKind == 2 && (sy != 1 || sx != 1)) {
                padKind = 3;
            }
            int pt;
            int pb;
            int pl;
            int pr;
            String padding;
            switch (padKind) {
                case 0 -> {
                    int p = r.nextInt(3);
                    pt = pb = pl = pr = p;
                    padding = Integer.toString(p);
                }
                case 1 -> {
                    pt = pb = r.nextInt(3);
                    pl = pr = r.nextInt(3);
                    padding = "[" + pt + ", " + pl + "]";
                }
                case 2 -> {
                    pt = dy * (kh - 1) / 2;
                    pb = dy * (kh - 1) - pt;
                    pl = dx * (kw - 1) / 2;
                    pr = dx * (kw - 1) - pl;
                    padding = "\"same\"";
                }
                default -> {
                    pt = pb = pl = pr = 0;
                    padding = "\"valid\"";
                }
            }
            int h = in[0].length;
            int w = in[0][0].length;
            int ey = dy * (kh - 1) + 1;
            int ex = dx * (kw - 1) + 1;
            if (ey > h + pt + pb || ex > w + pl + pr) {
                return null;
            }
            float[][][][] weights = new float[count][][][];
            float[] bias = new float[count];
            json.append("{\"type\": \"conv\", \"filters\": [");
            for (int n = 0; n < count; n++) {
                weights[n] = randomTensor(r, channels, kh, kw);
                bias[n] = r.nextInt(3) == 0 ? 0 : round(r.nextFloat() * 2 - 1);
                json.append(n == 0 ? "" : ", ").append("{\"weights\": ").append(text(weights[n]));
                if (bias[n] != 0 || r.nextBoolean()) {
                    json.append(", \"bias\": ").append(bias[n]);
                }
                json.append('}');
            }
            json.append("], \"stride\": ").append(sy == sx && r.nextBoolean() ? "" + sy : "[" + sy + ", " + sx + "]");
            json.append(", \"padding\": ").append(padding);
            json.append(", \"dilation\": ").append(dy == dx && r.nextBoolean() ? "" + dy : "[" + dy + ", " + dx + "]");
            json.append(", \"flip\": ").append(flip).append('}');
            int oh = (h + pt + pb - ey) / sy + 1;
            int ow = (w + pl + pr - ex) / sx + 1;
            float[][][] out = new float[count][oh][ow];
            for (int n = 0; n < count; n++) {
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++) {
                        double sum = bias[n];
                        for (int c = 0; c < channels; c++) {
                            for (int ky = 0; ky < kh; ky++) {
                                for (int kx = 0; kx < kw; kx++) {
                                    int iy = oy * sy + ky * dy - pt;
                                    int ix = ox * sx + kx * dx - pl;
                                    if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                                        continue;
                                    }
                                    float weight = flip ? weights[n][c][kh - 1 - ky][kw - 1 - kx] : weights[n][c][ky][kx];
                                    sum += (double) weight * in[c][iy][ix];
                                }
                            }
                        }
                        out[n][oy][ox] = (float) sum;
                    }
                }
            }
            return out;
        }

        private static float[][][] activation(Random r, float[][][] in, StringBuilder json) {
            String[] names = {"identity", "relu", "leaky_relu", "sigmoid", "tanh"};
            String name = names[r.nextInt(names.length)];
            boolean withSlope = name.equals("leaky_relu") && r.nextBoolean();
            float slope = withSlope ? round(r.nextFloat() * 0.5f) : 0.01f;
            json.append("{\"type\": \"activation\", \"function\": \"").append(name).append('"');
            if (withSlope) {
                json.append(", \"slope\": ").append(slope);
            }
            json.append('}');
            float[][][] out = new float[in.length][in[0].length][in[0][0].length];
            for (int c = 0; c < in.length; c++) {
                for (int y = 0; y < in[0].length; y++) {
                    for (int x = 0; x < in[0][0].length; x++) {
                        double z = in[c][y][x];
                        out[c][y][x] = (float) switch (name) {
                            case "identity" -> z;
                            case "relu" -> Math.max(0, z);
                            case "leaky_relu" -> z > 0 ? z : slope * z;
                            case "sigmoid" -> 1 / (1 + Math.exp(-z));
                            default -> Math.tanh(z);
                        };
                    }
                }
            }
            return out;
        }

        private static float[][][] pool(Random r, float[][][] in, StringBuilder json) {
            int h = in[0].length;
            int w = in[0][0].length;
            int kh = 1 + r.nextInt(3);
            int kw = 1 + r.nextInt(3);
            if (kh > h || kw > w) {
                return null;
            }
            boolean max = r.nextBoolean();
            boolean defaultStride = r.nextBoolean();
            int sy = defaultStride ? kh : 1 + r.nextInt(3);
            int sx = defaultStride ? kw : 1 + r.nextInt(3);
            json.append("{\"type\": \"pool\", \"mode\": \"").append(max ? "max" : "avg").append("\", \"size\": [")
                    .append(kh).append(", ").append(kw).append(']');
            if (!defaultStride) {
                json.append(", \"stride\": [").append(sy).append(", ").append(sx).append(']');
            }
            json.append('}');
            int oh = (h - kh) / sy + 1;
            int ow = (w - kw) / sx + 1;
            float[][][] out = new float[in.length][oh][ow];
            for (int c = 0; c < in.length; c++) {
                for (int oy = 0; oy < oh; oy++) {
                    for (int ox = 0; ox < ow; ox++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        for (int ky = 0; ky < kh; ky++) {
                            for (int kx = 0; kx < kw; kx++) {
                                float v = in[c][oy * sy + ky][ox * sx + kx];
                                acc = max ? Math.max(acc, v) : acc + v;
                            }
                        }
                        out[c][oy][ox] = (float) (max ? acc : acc / (kh * kw));
                    }
                }
            }
            return out;
        }

        private static float round(float v) {
            return Math.round(v * 1000) / 1000f;
        }

        private static float[][][] randomTensor(Random r, int c, int h, int w) {
            float[][][] t = new float[c][h][w];
            for (float[][] plane : t) {
                for (float[] row : plane) {
                    for (int x = 0; x < w; x++) {
                        row[x] = round(r.nextFloat() * 2 - 1);
                    }
                }
            }
            return t;
        }

        private static String text(float[][][] t) {
            StringBuilder sb = new StringBuilder("[");
            for (int c = 0; c < t.length; c++) {
                sb.append(c == 0 ? "[" : ", [");
                for (int y = 0; y < t[c].length; y++) {
                    sb.append(y == 0 ? "[" : ", [");
                    for (int x = 0; x < t[c][y].length; x++) {
                        sb.append(x == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s", t[c][y][x]));
                    }
                    sb.append(']');
                }
                sb.append(']');
            }
            return sb.append(']').toString();
        }
    }
}
