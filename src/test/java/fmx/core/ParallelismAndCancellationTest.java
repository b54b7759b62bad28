package fmx.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Parallel runs give bit-for-bit the serial result; a cancelled job stops with a {@link CancellationException}. */
class ParallelismAndCancellationTest {
    private ForkJoinPool pool;
    private Parallelism parallel;

    @BeforeEach
    void startPool() {
        pool = new ForkJoinPool(2);
        parallel = Parallelism.of(pool);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    /** 3 x 320 x 360: big enough that every layer below passes {@link Parallelism#SERIAL_THRESHOLD}. */
    private static Tensor bigInput() {
        return Tensor.of(RandomData.values(new Random(42), 3, 320, 360));
    }

    private static ConvLayer conv(int channels, int filters, int kh, int kw, Int2 stride, Padding padding,
                                  Int2 dilation, boolean flip) {
        Random random = new Random(channels * 1000L + filters * 100L + kh * 10L + kw);
        return new ConvLayer(FilterBank.of(RandomData.weights(random, filters, channels, kh, kw),
                RandomData.floats(random, filters)), stride, padding, dilation, flip);
    }

    static Stream<Layer> bigLayers() {
        return Stream.of(
                conv(3, 8, 3, 3, Int2.of(1), Padding.VALID, Int2.of(1), false),
                conv(3, 6, 3, 5, Int2.of(1), Padding.SAME, Int2.of(2, 1), true),
                conv(3, 5, 4, 2, Int2.of(2, 3), Padding.of(3, 1), Int2.of(1, 2), false),
                new PoolLayer(PoolMode.MAX, Int2.of(3), Int2.of(1)),
                new PoolLayer(PoolMode.AVG, Int2.of(5, 4), Int2.of(1, 2)));
    }

    @Nested
    class ParallelEqualsSerial {
        @ParameterizedTest
        @MethodSource("fmx.core.ParallelismAndCancellationTest#bigLayers")
        void aLayerGivesTheSameBitsOnTwoThreadsAsOnOne(Layer layer) {
            Tensor input = bigInput();
            assertTrue(workOf(layer, input.shape()) > Parallelism.SERIAL_THRESHOLD, "the layer must run in parallel");
            Tensor serial = layer.apply(input, Parallelism.serial(), Cancellation.NONE);
            Tensor twoThreads = layer.apply(input, parallel, Cancellation.NONE);
            assertEquals(serial, twoThreads); // Tensor.equals compares the float bits
        }

        @Test
        void aPipelineGivesTheSameBitsOnTwoThreadsAsOnOne() {
            Pipeline pipeline = new Pipeline(List.of(
                    conv(3, 8, 3, 3, Int2.of(1), Padding.SAME, Int2.of(1), false),
                    ActivationLayer.of(ActivationFunction.LEAKY_RELU),
                    PoolLayer.of(PoolMode.MAX, Int2.of(2)),
                    conv(8, 8, 3, 3, Int2.of(1), Padding.of(1), Int2.of(1), true),
                    ActivationLayer.of(ActivationFunction.TANH),
                    PoolLayer.of(PoolMode.AVG, Int2.of(2))));
            Tensor input = bigInput();
            assertEquals(pipeline.run(input, Parallelism.serial(), Cancellation.NONE),
                    pipeline.run(input, parallel, Cancellation.NONE));
        }

        @Test
        void bigWorkRunsOnTheCallerAndThePoolsThreadsAndSmallWorkOnTheCaller() throws Exception {
            // Each task waits (up to 10 s) until two threads have taken tasks: the caller and one of the pool's.
            Set<Thread> big = ConcurrentHashMap.newKeySet();
            java.util.concurrent.CountDownLatch two = new java.util.concurrent.CountDownLatch(2);
            parallel.forEach(8, Parallelism.SERIAL_THRESHOLD, i -> {
                if (big.add(Thread.currentThread())) {
                    two.countDown();
                }
                try {
                    two.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertEquals(2, big.size(), big::toString); // the pool's parallelism: never more threads than that
            assertTrue(big.contains(Thread.currentThread()), big::toString);
            assertTrue(big.stream().anyMatch(t -> t instanceof ForkJoinWorkerThread w && w.getPool() == pool),
                    big::toString);

            Set<Thread> small = ConcurrentHashMap.newKeySet();
            parallel.forEach(8, 10, i -> small.add(Thread.currentThread()));
            assertEquals(Set.of(Thread.currentThread()), small);
        }

        @Test
        void aPoolThatIsShutDownLeavesTheWholeJobToTheCaller() {
            ForkJoinPool closed = new ForkJoinPool(2);
            closed.shutdown();
            Set<Thread> ran = ConcurrentHashMap.newKeySet();
            AtomicInteger tasks = new AtomicInteger();
            Parallelism.of(closed).forEach(8, Parallelism.SERIAL_THRESHOLD, i -> {
                ran.add(Thread.currentThread());
                tasks.incrementAndGet();
            });
            assertEquals(8, tasks.get());
            assertEquals(Set.of(Thread.currentThread()), ran);
        }

        @Test
        void everyTaskRunsExactlyOnce() {
            AtomicInteger[] runs = new AtomicInteger[37];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = new AtomicInteger();
            }
            parallel.forEach(runs.length, Parallelism.SERIAL_THRESHOLD, i -> runs[i].incrementAndGet());
            for (int i = 0; i < runs.length; i++) {
                assertEquals(1, runs[i].get(), "task " + i);
            }
        }

        /** What {@link Parallelism} weighs: multiply-adds for a convolution, window taps for a pooling. */
        private static long workOf(Layer layer, Shape3 input) {
            Shape3 out = layer.outputShape(input);
            WindowGeometry g = layer.geometry(input);
            return layer instanceof ConvLayer ? layer.multiplyAdds(input)
                    : out.volume() * g.kernel().y() * g.kernel().x();
        }
    }

    @Nested
    class Cancelling {
        private final Cancellation cancelled = () -> true;

        @ParameterizedTest
        @MethodSource("fmx.core.ParallelismAndCancellationTest#bigLayers")
        void aCancelledJobThrowsOnOneThreadAndOnTwo(Layer layer) {
            Tensor input = bigInput();
            assertThrows(CancellationException.class, () -> layer.apply(input, Parallelism.serial(), cancelled));
            assertThrows(CancellationException.class, () -> layer.apply(input, parallel, cancelled));
        }

        @Test
        void anActivationChecksPerChannel() {
            Layer layer = ActivationLayer.of(ActivationFunction.SIGMOID);
            assertThrows(CancellationException.class, () -> layer.apply(bigInput(), Parallelism.serial(), cancelled));
        }

        @Test
        void aConvolutionCancelledMidwayStopsLongBeforeItsLastRow() {
            ConvLayer layer = conv(3, 8, 3, 3, Int2.of(1), Padding.VALID, Int2.of(1), false);
            Tensor input = bigInput();
            int rows = layer.outputShape(input.shape()).height() * layer.filters().count();
            AtomicInteger polls = new AtomicInteger();
            Cancellation afterTenPolls = () -> polls.incrementAndGet() > 10;
            assertThrows(CancellationException.class, () -> layer.apply(input, Parallelism.serial(), afterTenPolls));
            assertEquals(11, polls.get(), "serial: the poll that saw the cancellation is the last");

            polls.set(0);
            assertThrows(CancellationException.class, () -> layer.apply(input, parallel, afterTenPolls));
            assertTrue(polls.get() < rows / 2, polls.get() + " polls for " + rows + " output rows");
        }

        @Test
        void aCancelledPipelineThrowsBeforeItsFirstLayer() {
            AtomicInteger polls = new AtomicInteger();
            Pipeline pipeline = new Pipeline(List.of(conv(3, 2, 3, 3, Int2.of(1), Padding.VALID, Int2.of(1), false)));
            assertThrows(CancellationException.class,
                    () -> pipeline.run(bigInput(), parallel, () -> polls.incrementAndGet() > 0));
            assertEquals(1, polls.get());
        }
    }
}
