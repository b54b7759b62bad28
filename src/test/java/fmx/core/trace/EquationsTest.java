package fmx.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fmx.core.ActivationFunction;
import fmx.core.ActivationLayer;
import fmx.core.ConvLayer;
import fmx.core.FilterBank;
import fmx.core.Int2;
import fmx.core.Padding;
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Tensor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquationsTest {

    /** A 3 x 3 x 3 input, one 3 x 3 x 3 filter with bias -4.5, padding 1, stride 2, ReLU: a 2 x 2 output. */
    @Nested
    class PaddingOneStrideTwoThreeChannels {
        private final Tensor input = Tensor.of(new float[][][] {
                {{1, 2, 0}, {0, 1, -1}, {2, 0, 1}},
                {{0, 1, 1}, {-2, 0, 1}, {1, 1, 0}},
                {{1, 0, 2}, {1, 1, 0}, {0, -1, 1}}});
        private final FilterBank filter = FilterBank.of(new float[][][][] {{
                {{1, 0, -1}, {0, 1, 0}, {-1, 0, 1}},
                {{0, 1, 0}, {1, -1, 1}, {0, 1, 0}},
                {{-1, 0, 0}, {0, 2, 0}, {0, 0, 1}}}}, new float[] {-4.5f});
        private final ConvTrace trace = ConvTrace.of(input,
                new ConvLayer(filter, Int2.of(2), Padding.of(1), Int2.of(1), false), 0,
                ActivationLayer.of(ActivationFunction.RELU));

        @Test
        void firstStepTraceHasTheHandComputedValues() {
            assertEquals(4, trace.stepCount());
            ConvStep step = trace.step(0);
            assertEquals(-1, step.top());
            assertEquals(0, step.paddedTop());
            assertEquals(2f, step.partialSums()[0]);
            assertEquals(-1f, step.partialSums()[1]);
            assertEquals(3f, step.partialSums()[2]);
            assertEquals(4f, step.channelSum());
            assertEquals(-0.5f, step.z());
            assertEquals(0f, step.a());
            assertEquals(5, step.taps(0).stream().filter(Tap::padding).count());
        }

        @Test
        void plainTextOfTheFirstStep() {
            assertEquals("ch0: 1·0 + 0·0 + (-1)·0 + 0·0 + 1·1 + 0·2 + (-1)·0 + 0·0 + 1·1 = 2"
                    + " | ch1: 0·0 + 1·0 + 0·0 + 1·0 + (-1)·0 + 1·1 + 0·0 + 1·(-2) + 0·0 = -1"
                    + " | ch2: (-1)·0 + 0·0 + 0·0 + 0·0 + 2·1 + 0·0 + 0·0 + 0·1 + 1·1 = 3"
                    + "; z = 2 + (-1) + 3 + b = 4 + (-4.5) = -0.5; a = ReLU(-0.5) = 0",
                    Equations.plain(trace.step(0), EquationStyle.FULL));
        }

        @Test
        void plainTextOfTheLastStepWhoseWindowHangsOverTheBottomRightPadding() {
            assertEquals("ch0: 1·1 + 0·(-1) + (-1)·0 + 0·0 + 1·1 + 0·0 + (-1)·0 + 0·0 + 1·0 = 2"
                    + " | ch1: 0·0 + 1·1 + 0·0 + 1·1 + (-1)·0 + 1·0 + 0·0 + 1·0 + 0·0 = 2"
                    + " | ch2: (-1)·1 + 0·0 + 0·0 + 0·(-1) + 2·1 + 0·0 + 0·0 + 0·0 + 1·0 = 1"
                    + "; z = 2 + 2 + 1 + b = 5 + (-4.5) = 0.5; a = ReLU(0.5) = 0.5",
                    Equations.plain(trace.step(3), EquationStyle.COMPACT));
        }

        @Test
        void latexOfTheFirstStep() {
            assertEquals("z = \\underbrace{1 \\cdot 0 + 0 \\cdot 0 + (-1) \\cdot 0 + 0 \\cdot 0 + 1 \\cdot 1"
                    + " + 0 \\cdot 2 + (-1) \\cdot 0 + 0 \\cdot 0 + 1 \\cdot 1}_{\\text{ch 0} = 2}"
                    + " + \\underbrace{0 \\cdot 0 + 1 \\cdot 0 + 0 \\cdot 0 + 1 \\cdot 0 + (-1) \\cdot 0"
                    + " + 1 \\cdot 1 + 0 \\cdot 0 + 1 \\cdot (-2) + 0 \\cdot 0}_{\\text{ch 1} = -1}"
                    + " + \\underbrace{(-1) \\cdot 0 + 0 \\cdot 0 + 0 \\cdot 0 + 0 \\cdot 0 + 2 \\cdot 1"
                    + " + 0 \\cdot 0 + 0 \\cdot 0 + 0 \\cdot 1 + 1 \\cdot 1}_{\\text{ch 2} = 3}"
                    + " + b = 4 + (-4.5) = -0.5,\\quad a = \\mathrm{ReLU}(-0.5) = 0",
                    Equations.latex(trace.step(0), EquationStyle.FULL));
        }

        @Test
        void compactFormElidesTheMiddleOfLongSums() {
            EquationStyle tight = new EquationStyle(4, 2, 4);
            assertEquals("ch0: 1·0 + 0·0 + … + 0·0 + 1·1 = 2 | … | ch2: (-1)·0 + 0·0 + … + 0·1 + 1·1 = 3"
                    + "; z = 2 + … + 3 + b = 4 + (-4.5) = -0.5; a = ReLU(-0.5) = 0",
                    Equations.plain(trace.step(0), tight));
            assertEquals("z = \\underbrace{1 \\cdot 0 + 0 \\cdot 0 + \\dots + 0 \\cdot 0 + 1 \\cdot 1}_{\\text{ch 0} = 2}"
                    + " + \\dots + \\underbrace{(-1) \\cdot 0 + 0 \\cdot 0 + \\dots + 0 \\cdot 1 + 1 \\cdot 1}"
                    + "_{\\text{ch 2} = 3} + b = 4 + (-4.5) = -0.5,\\quad a = \\mathrm{ReLU}(-0.5) = 0",
                    Equations.latex(trace.step(0), tight));
        }
    }

    @Test
    void oneChannelWithoutActivationIsASingleSum() {
        Tensor input = Tensor.of(new float[][] {{0.5f, -2}});
        ConvTrace trace = ConvTrace.of(input, ConvLayer.of(FilterBank.of(new float[][][][] {{{{2, 0.25f}}}},
                new float[] {1})), 0, null);
        assertEquals("z = 2·0.5 + 0.25·(-2) + b = 0.5 + 1 = 1.5", Equations.plain(trace.step(0), EquationStyle.COMPACT));
        assertEquals("z = 2 \\cdot 0.5 + 0.25 \\cdot (-2) + b = 0.5 + 1 = 1.5",
                Equations.latex(trace.step(0), EquationStyle.COMPACT));
    }

    @Test
    void poolingEquations() {
        Tensor map = Tensor.of(new float[][] {{0, 3}, {-1, 3}});
        PoolStep max = PoolTrace.of(ValueGrid.channel(map, 0), 0, PoolLayer.of(PoolMode.MAX, Int2.of(2))).step(0);
        assertEquals("max(0, 3, -1, 3) = 3", Equations.plain(max, EquationStyle.COMPACT));
        assertEquals("\\max(0, \\mathbf{3}, -1, 3) = 3", Equations.latex(max, EquationStyle.COMPACT));
        PoolStep avg = PoolTrace.of(ValueGrid.channel(map, 0), 0, PoolLayer.of(PoolMode.AVG, Int2.of(2))).step(0);
        assertEquals("avg(0, 3, -1, 3) = 5 / 4 = 1.25", Equations.plain(avg, EquationStyle.COMPACT));
        assertEquals("\\frac{0 + 3 + (-1) + 3}{4} = 1.25", Equations.latex(avg, EquationStyle.COMPACT));
    }

    @Test
    void activationStep() {
        ActivationStep step = new ActivationStep(2, ActivationLayer.of(ActivationFunction.SIGMOID), 4, 5);
        assertEquals("a = σ(z) for each of the 4x5 cells of map 2", Equations.plain(step, EquationStyle.COMPACT));
        assertEquals("a = \\sigma(z)", Equations.latex(step, EquationStyle.COMPACT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3.0         | 4  | 3           | 3",
            "-0.0        | 4  | 0           | 0",
            "-1.5        | 4  | -1.5        | -1.5",
            "0.1         | 4  | 0.1         | 0.1",
            "0.33333334  | 4  | 0.3333      | 0.3333",
            "0.33333334  | -1 | 0.33333334  | 0.33333334",
            "0.000012345 | 4  | 1.23e-5     | 1.23\\times 10^{-5}",
            "-0.000012345| 4  | -1.23e-5    | -1.23\\times 10^{-5}",
            "123456789   | 4  | 1.2346e8    | 1.2346\\times 10^{8}",
            "12345.678   | 2  | 12345.68    | 12345.68"})
    void numbersAreCompact(float value, int decimals, String plain, String latex) {
        assertEquals(plain, NumberText.plain(value, decimals));
        assertEquals(latex, NumberText.latex(value, decimals));
    }

    @Test
    void negativeOperandsGoInParentheses() {
        assertEquals("(-2)", NumberText.operand(-2f, 4));
        assertEquals("(-1.23\\times 10^{-5})", NumberText.latexOperand(-0.000012345f, 4));
        assertEquals("0", NumberText.operand(-0f, 4));
    }
}
