package fmx.core;

import static fmx.core.RandomData.between;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.NaiveReference.Pad;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ConvLayer} and {@link Pipeline} against {@link NaiveReference} on a few hundred random settings. */
class ConvolutionAgainstReferenceTest {
    private static final int CASES = 500;
    private static final long SEED = 0x5EED_C0DEL;

    /** One random convolution, kept as plain arrays for the reference and turned into core types on demand. */
    record Case(int index, float[][][] input, float[][][][] weights, float[] bias, NaiveReference.Conv conv) {
        static Case random(int index, Random r) {
            int c = between(r, 1, 4);
            int n = between(r, 1, 5);
            int h = between(r, 1, 20);
            int w = between(r, 1, 20);
            int kh = between(r, 1, 6);
            int kw = between(r, 1, 6);
            int sy = between(r, 1, 3);
            int sx = between(r, 1, 3);
            Pad pad;
            int kind = r.nextInt(10);
            if (kind < 2) {
                pad = new Pad.Valid();
            } else if (kind < 4) {
                pad = new Pad.Same();
                if (r.nextInt(5) != 0) { // mostly stride 1, which "same" needs; sometimes not, to see it rejected
                    sy = 1;
                    sx = 1;
                }
            } else {
                pad = new Pad.Explicit(between(r, 0, 3), between(r, 0, 3));
            }
            NaiveReference.Conv conv = new NaiveReference.Conv(sy, sx, pad, between(r, 1, 3), between(r, 1, 3),
                    r.nextBoolean());
            return new Case(index, RandomData.values(r, c, h, w), RandomData.weights(r, n, c, kh, kw),
                    RandomData.floats(r, n), conv);
        }

        int kh() {
            return weights[0][0].length;
        }

        int kw() {
            return weights[0][0][0].length;
        }

        boolean valid() {
            return NaiveReference.isValid(input[0].length, input[0][0].length, kh(), kw(), conv);
        }

        Tensor tensor() {
            return Tensor.of(input);
        }

        ConvLayer layer() {
            Padding padding = switch (conv.pad()) {
                case Pad.Valid v -> Padding.VALID;
                case Pad.Same s -> Padding.SAME;
                case Pad.Explicit e -> Padding.of(e.y(), e.x());
            };
            return new ConvLayer(FilterBank.of(weights, bias), Int2.of(conv.sy(), conv.sx()), padding,
                    Int2.of(conv.dy(), conv.dx()), conv.flip());
        }

        int[] sidesY() {
            return NaiveReference.sides(conv.pad(), kh(), conv.dy(), true);
        }

        int[] sidesX() {
            return NaiveReference.sides(conv.pad(), kw(), conv.dx(), false);
        }

        @Override
        public String toString() {
            return "case " + index + ": input " + input.length + "x" + input[0].length + "x" + input[0][0].length
                    + ", " + weights.length + " filters " + kh() + "x" + kw() + ", stride " + conv.sy() + "x"
                    + conv.sx() + ", padding " + conv.pad() + ", dilation " + conv.dy() + "x" + conv.dx()
                    + (conv.flip() ? ", flip" : "");
        }
    }

    @Test
    void matchesTheReferenceOnRandomShapesStridesPaddingsAndDilations() {
        Random random = new Random(SEED);
        int compared = 0;
        int rejected = 0;
        int flipped = 0;
        int same = 0;
        for (int i = 0; i < CASES; i++) {
            Case k = Case.random(i, random);
            ConvLayer layer = k.layer();
            Tensor input = k.tensor();
            if (!k.valid()) {
                assertThrows(InvalidSettingException.class,
                        () -> layer.apply(input, Parallelism.serial(), Cancellation.NONE),
                        () -> k + ": the reference finds no window position, the core must refuse");
                rejected++;
                continue;
            }
            Tensor before = input.copy();
            Tensor out = layer.apply(input, Parallelism.serial(), Cancellation.NONE);
            RandomData.assertClose(NaiveReference.convolve(k.input(), k.weights(), k.bias(), k.conv()), out,
                    k.toString());
            assertEquals(before, input, () -> k + ": the input must not change");
            assertEquals(out, new Pipeline(List.of(layer)).run(input).getFirst(), () -> k + ": through a pipeline");
            compared++;
            flipped += k.conv().flip() ? 1 : 0;
            same += k.conv().pad() instanceof Pad.Same ? 1 : 0;
        }
        assertEquals(CASES, compared + rejected);
        assertTrue(compared >= CASES / 2, "too few valid cases to mean anything: " + compared);
        assertTrue(rejected >= 20, "too few invalid cases to test the rejection: " + rejected);
        assertTrue(flipped >= 50 && same >= 30, "flip " + flipped + " and same " + same + " need coverage");
    }

    @Test
    void rejectsExactlyTheSettingsTheReferenceFindsInvalidAndSaysWhere() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            Case k = Case.random(i, random);
            Shape3 shape = k.tensor().shape();
            Pipeline pipeline = new Pipeline(List.of(k.layer()));
            if (k.valid()) {
                List<Shape3> shapes = pipeline.shapes(shape);
                int[] py = k.sidesY();
                int[] px = k.sidesX();
                Shape3 expected = new Shape3(k.weights().length,
                        NaiveReference.outputSize(shape.height(), py[0], py[1], k.kh(), k.conv().sy(), k.conv().dy()),
                        NaiveReference.outputSize(shape.width(), px[0], px[1], k.kw(), k.conv().sx(), k.conv().dx()));
                assertEquals(List.of(expected), shapes, k::toString);
                continue;
            }
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> pipeline.shapes(shape),
                    k::toString);
            boolean sameWithStride = k.conv().pad() instanceof Pad.Same
                    && (k.conv().sy() != 1 || k.conv().sx() != 1);
            if (sameWithStride) {
                assertEquals("layers[0].padding", e.field(), k::toString);
            } else {
                assertEquals("layers[0]", e.field(), k::toString);
                assertTrue(e.getMessage().contains("is larger than the"), e.getMessage());
            }
        }
    }

    @Test
    void reportsTheSameGeometryFiguresAsTheReference() {
        Random random = new Random(SEED + 2);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            Case k = Case.random(i, random);
            if (!k.valid()) {
                continue;
            }
            Shape3 shape = k.tensor().shape();
            ConvLayer layer = k.layer();
            WindowGeometry g = layer.geometry(shape);
            int[] py = k.sidesY();
            int[] px = k.sidesX();
            assertArrayEquals(new int[] {py[0], py[1], px[0], px[1]},
                    new int[] {g.padTop(), g.padBottom(), g.padLeft(), g.padRight()}, k::toString);
            assertArrayEquals(NaiveReference.unvisited(shape.height(), py[0], py[1], k.kh(), k.conv().sy(),
                    k.conv().dy()), g.unvisitedRows(), () -> k + ": unvisited rows");
            assertArrayEquals(NaiveReference.unvisited(shape.width(), px[0], px[1], k.kw(), k.conv().sx(),
                    k.conv().dx()), g.unvisitedColumns(), () -> k + ": unvisited columns");
            Shape3 out = layer.outputShape(shape);
            long macs = (long) out.height() * out.width() * k.weights().length * shape.channels() * k.kh() * k.kw();
            assertEquals(macs, layer.multiplyAdds(shape), k::toString);
            assertEquals(((long) k.kh() * k.kw() * shape.channels() + 1) * k.weights().length, layer.parameters(),
                    k::toString);
            checked++;
        }
        assertTrue(checked >= CASES / 2, "valid cases: " + checked);
    }
}
