package fmx.core.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import fmx.core.PoolLayer;
import fmx.core.PoolMode;
import fmx.core.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnimationTraceTest {
    private final RandomSettings random = new RandomSettings(2024);
    private final Tensor input = random.tensor(3, 7, 6);
    private final ConvLayer conv = new ConvLayer(new FilterBank(2, 3, 3, 3, new RandomSettings(1).tensor(2, 27, 1).data(),
            new float[] {0.25f, -0.5f}), Int2.of(1), Padding.of(1), Int2.of(1), false);
    private final ActivationLayer relu = ActivationLayer.of(ActivationFunction.RELU);
    private final PoolLayer pool = new PoolLayer(PoolMode.MAX, Int2.of(2), Int2.of(2));

    @Test
    void playsConvolutionThenActivationThenPoolingForEachFilterInTurn() {
        AnimationTrace trace = AnimationTrace.of(input, conv, relu, pool, AnimationTrace.ALL_FILTERS);
        assertEquals(7 * 6, trace.stepCount(Phase.CONVOLUTION));
        assertEquals(1, trace.stepCount(Phase.ACTIVATION));
        assertEquals(3 * 3, trace.stepCount(Phase.POOLING));
        assertEquals(2 * (42 + 1 + 9), trace.stepCount());
        assertArrayEquals(new int[] {0, 1}, trace.filters());
        assertEquals(new AnimationTrace.Position(0, 0, Phase.CONVOLUTION, 0), trace.position(0));
        assertEquals(new AnimationTrace.Position(42, 0, Phase.ACTIVATION, 0), trace.position(42));
        assertEquals(new AnimationTrace.Position(43, 0, Phase.POOLING, 0), trace.position(43));
        assertEquals(new AnimationTrace.Position(52, 1, Phase.CONVOLUTION, 0), trace.position(52));
        assertEquals(new AnimationTrace.Position(103, 1, Phase.POOLING, 8), trace.position(103));
        for (int i = 0; i < trace.stepCount(); i++) {
            AnimationTrace.Position p = trace.position(i);
            assertEquals(i, trace.indexOf(p.filter(), p.phase(), p.phaseIndex()));
            assertEquals(p.phaseIndex(), trace.step(i).index());
        }
        assertEquals(-1, trace.indexOf(2, Phase.CONVOLUTION, 0));
        assertEquals(-1, trace.indexOf(0, Phase.CONVOLUTION, 42));
    }

    @Test
    void everyStepMatchesThePipelineOutput() {
        AnimationTrace trace = AnimationTrace.of(input, List.of(conv, relu, pool), AnimationTrace.ALL_FILTERS);
        Tensor z = conv.apply(input, Parallelism.serial(), Cancellation.NONE);
        Tensor a = relu.apply(z, Parallelism.serial(), Cancellation.NONE);
        Tensor pooled = pool.apply(a, Parallelism.serial(), Cancellation.NONE);
        for (int i = 0; i < trace.stepCount(); i++) {
            switch (trace.step(i)) {
                case ConvStep s -> {
                    assertEquals(z.get(s.filter(), s.outRow(), s.outColumn()), s.z());
                    assertEquals(a.get(s.filter(), s.outRow(), s.outColumn()), s.a());
                }
                case ActivationStep s -> assertEquals(new ActivationStep(trace.position(i).filter(), relu, 7, 6), s);
                case PoolStep s -> {
                    assertEquals(pooled.get(s.channel(), s.outRow(), s.outColumn()), s.result());
                    for (PoolCell cell : s.cells()) {
                        assertEquals(a.get(s.channel(), cell.row(), cell.column()), cell.value());
                    }
                }
            }
        }
    }

    @Test
    void oneFilterWithoutActivationOrPoolingIsJustItsConvolution() {
        AnimationTrace trace = AnimationTrace.of(input, conv, null, null, 1);
        assertEquals(42, trace.stepCount());
        assertArrayEquals(new int[] {1}, trace.filters());
        assertEquals(1, ((ConvStep) trace.step(0)).filter());
        assertEquals(-1, trace.indexOf(0, Phase.CONVOLUTION, 0));
        assertEquals(-1, trace.indexOf(1, Phase.ACTIVATION, 0));
        assertNull(trace.poolTrace(1));
        assertEquals(5, trace.convTrace(1).stepAt(0, 5));
    }

    @Test
    void poolingWithoutActivationReadsZ() {
        AnimationTrace trace = AnimationTrace.of(input, List.of(conv, pool), 0);
        Tensor pooled = pool.apply(conv.apply(input, Parallelism.serial(), Cancellation.NONE), Parallelism.serial(),
                Cancellation.NONE);
        PoolStep step = assertInstanceOf(PoolStep.class, trace.step(42));
        assertEquals(pooled.get(0, 0, 0), step.result());
    }

    @Test
    void rejectsLayoutsItCannotPlayWithAMessage() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> AnimationTrace.of(input, List.of(relu, conv), 0));
        assertEquals("layers: the animation plays a convolution, optionally followed by an activation and a pooling; "
                + "got activation, conv", e.getMessage());
        InvalidSettingException tooBig = assertThrows(InvalidSettingException.class, () -> AnimationTrace.of(input,
                List.of(conv, new PoolLayer(PoolMode.MAX, Int2.of(8), Int2.of(1))), 0));
        assertTrue(tooBig.getMessage().startsWith("layers: the window (8x8) is larger"), tooBig.getMessage());
        InvalidSettingException filter = assertThrows(InvalidSettingException.class,
                () -> AnimationTrace.of(input, List.of(conv), 2));
        assertTrue(filter.getMessage().startsWith("layers.filter: index 2 is out of range"), filter.getMessage());
    }
}
