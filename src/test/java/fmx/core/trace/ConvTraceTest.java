package fmx.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.Cancellation;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.InvalidSettingException;
import fmx.core.Padding;
import fmx.core.Parallelism;
import fmx.core.Tensor;
import fmx.core.WindowGeometry;
import org.junit.jupiter.api.Test;

class ConvTraceTest {
    private static final int CASES = 300;

    @Test
    void hasOneStepPerOutputCellInRowMajorOrder() {
        RandomSettings random = new RandomSettings(11);
        for (int k = 0; k < 50; k++) {
            RandomSettings.Case c = random.next();
            ConvTrace trace = ConvTrace.of(c.input(), c.conv(), 0, c.activation());
            WindowGeometry g = trace.geometry();
            assertEquals(g.outHeight() * g.outWidth(), trace.stepCount(), c.toString());
            for (int i = 0; i < trace.stepCount(); i++) {
                ConvStep step = trace.step(i);
                assertEquals(i, step.index());
                assertEquals(i / g.outWidth(), step.outRow(), c.toString());
                assertEquals(i % g.outWidth(), step.outColumn(), c.toString());
                assertEquals(i, trace.stepAt(step.outRow(), step.outColumn()));
            }
        }
    }

    /**
     * The trace sums in the reference loop's order; the engine behind ConvLayer.apply may sum in another, so z and a
     * equal the maps within float rounding: 1e-5 of the sum of |products| plus |bias|, as for the double reference.
     */
    @Test
    void zAndAEqualTheComputedMapsOnRandomSettings() {
        RandomSettings random = new RandomSettings(42);
        int steps = 0;
        for (int k = 0; k < CASES; k++) {
            RandomSettings.Case c = random.next();
            Tensor z = c.conv().apply(c.input(), Parallelism.serial(), Cancellation.NONE);
            Tensor a = c.activation() == null ? z : c.activation().apply(z, Parallelism.serial(), Cancellation.NONE);
            for (int n = 0; n < c.conv().filters().count(); n++) {
                ConvTrace trace = ConvTrace.of(c.input(), c.conv(), n, c.activation());
                for (int i = 0; i < trace.stepCount(); i++) {
                    ConvStep step = trace.step(i);
                    int oy = step.outRow();
                    int ox = step.outColumn();
                    String where = c + ", filter " + n + ", cell (" + oy + ", " + ox + ")";
                    double[] reference = reference(c, n, oy, ox);
                    double tolerance = 1e-5 * reference[1] + 1e-6;
                    assertEquals(z.get(n, oy, ox), step.z(), tolerance, where);
                    assertEquals(a.get(n, oy, ox), step.a(), tolerance, where);
                    assertEquals(step.z(), trace.z(oy, ox), where);
                    assertEquals(reference[0], step.z(), tolerance, where);
                    steps++;
                }
            }
        }
        assertTrue(steps > 1000, "too few steps checked: " + steps);
    }

    @Test
    void tapsReadTheCellsTheGeometrySaysWithFlippedWeightsAndPaddingZeros() {
        RandomSettings random = new RandomSettings(7);
        for (int k = 0; k < 100; k++) {
            RandomSettings.Case c = random.next();
            ConvTrace trace = ConvTrace.of(c.input(), c.conv(), 0, c.activation());
            WindowGeometry g = trace.geometry();
            FilterBank f = c.conv().filters();
            ConvStep step = trace.step(trace.stepCount() - 1);
            assertEquals(f.weightsPerFilter(), step.taps().size());
            assertEquals(step.outRow() * g.stride().y(), step.paddedTop());
            assertEquals(step.paddedTop() - g.padTop(), step.top());
            assertEquals(step.paddedLeft() - g.padLeft(), step.left());
            int t = 0;
            for (int ch = 0; ch < f.channels(); ch++) {
                float channelSum = 0f;
                for (int ky = 0; ky < f.kernelHeight(); ky++) {
                    for (int kx = 0; kx < f.kernelWidth(); kx++) {
                        Tap tap = step.taps().get(t++);
                        int row = g.inputRow(step.outRow(), ky);
                        int column = g.inputColumn(step.outColumn(), kx);
                        boolean padding = row < 0 || row >= g.inHeight() || column < 0 || column >= g.inWidth();
                        int wky = c.conv().flip() ? f.kernelHeight() - 1 - ky : ky;
                        int wkx = c.conv().flip() ? f.kernelWidth() - 1 - kx : kx;
                        assertEquals(new Tap(ch, ky, kx, row, column, padding, wky, wkx, f.weight(0, ch, wky, wkx),
                                padding ? 0f : c.input().get(ch, row, column),
                                f.weight(0, ch, wky, wkx) * (padding ? 0f : c.input().get(ch, row, column))), tap);
                        if (!padding) {
                            channelSum += tap.product();
                        }
                    }
                }
                assertEquals(channelSum, step.partialSums()[ch]);
                assertEquals(step.taps(ch).get(0).channel(), ch);
            }
            assertEquals(f.bias(0), step.bias());
            assertEquals(step.channelSum() + step.bias(), step.z());
        }
    }

    @Test
    void flipIsReportedPerTap() {
        Tensor input = Tensor.of(new float[][] {{1, 2}, {3, 4}});
        FilterBank f = FilterBank.single(new float[][][] {{{10, 20}, {30, 40}}});
        ConvLayer flipped = new ConvLayer(f, Int2.of(1), Padding.VALID, Int2.of(1), true);
        ConvStep step = ConvTrace.of(input, flipped, 0, null).step(0);
        Tap first = step.taps().get(0);
        assertTrue(first.flipped());
        assertEquals(40f, first.weight());
        assertEquals(1 * 40 + 2 * 30 + 3 * 20 + 4 * 10, step.z());
        assertFalse(ConvTrace.of(input, ConvLayer.of(f), 0, null).step(0).taps().get(0).flipped());
    }

    @Test
    void kernelAsLargeAsThePaddedInputGivesOneStep() {
        Tensor input = new RandomSettings(3).tensor(2, 3, 5);
        FilterBank f = new FilterBank(1, 2, 5, 3, new float[30], new float[] {0.5f});
        ConvLayer conv = new ConvLayer(f, Int2.of(2), Padding.of(1, 0), Int2.of(1, 2), false);
        ConvTrace trace = ConvTrace.of(input, conv, 0, ActivationLayer.of(ActivationFunction.RELU));
        assertEquals(1, trace.stepCount());
        ConvStep step = trace.step(0);
        assertEquals(-1, step.top());
        assertEquals(0.5f, step.z());
        assertEquals(0.5f, conv.apply(input, Parallelism.serial(), Cancellation.NONE).get(0, 0, 0));
    }

    @Test
    void rejectsAFilterIndexOutOfRangeAndAStepOutOfRange() {
        RandomSettings.Case c = new RandomSettings(5).next();
        int count = c.conv().filters().count();
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> ConvTrace.of(c.input(), c.conv(), count, null));
        assertTrue(e.getMessage().startsWith("filter: index " + count + " is out of range"), e.getMessage());
        ConvTrace trace = ConvTrace.of(c.input(), c.conv(), 0, null);
        assertThrows(IndexOutOfBoundsException.class, () -> trace.step(trace.stepCount()));
        assertThrows(IndexOutOfBoundsException.class, () -> trace.step(-1));
    }

    /** {z, sum of |terms|} in double precision, straight from the formula in ConvLayer's javadoc. */
    private static double[] reference(RandomSettings.Case c, int n, int oy, int ox) {
        ConvLayer conv = c.conv();
        FilterBank f = conv.filters();
        WindowGeometry g = conv.geometry(c.input().shape());
        double sum = f.bias(n);
        double magnitude = Math.abs(f.bias(n));
        for (int ch = 0; ch < f.channels(); ch++) {
            for (int ky = 0; ky < f.kernelHeight(); ky++) {
                for (int kx = 0; kx < f.kernelWidth(); kx++) {
                    int y = oy * g.stride().y() + ky * g.dilation().y() - g.padTop();
                    int x = ox * g.stride().x() + kx * g.dilation().x() - g.padLeft();
                    if (y < 0 || y >= g.inHeight() || x < 0 || x >= g.inWidth()) {
                        continue;
                    }
                    int wy = conv.flip() ? f.kernelHeight() - 1 - ky : ky;
                    int wx = conv.flip() ? f.kernelWidth() - 1 - kx : kx;
                    double term = (double) f.weight(n, ch, wy, wx) * c.input().get(ch, y, x);
                    sum += term;
                    magnitude += Math.abs(term);
                }
            }
        }
        return new double[] {sum, magnitude};
    }
}
