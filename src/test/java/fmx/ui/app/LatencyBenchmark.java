package fmx.ui.app;

import fmx.compute.BackgroundComputeService;
import fmx.compute.ComputeRequest;
import fmx.compute.ComputeResult;
import fmx.compute.ComputeService;
import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.ui.session.SessionModel;
import fmx.ui.support.FrameDelivery;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Latency of the live maps in the real window (not a timed test: it prints figures, it asserts nothing about them).
 * A 32x32x3 input and 8 filters of 3x3x3; 200 single-cell edits, one every 30 to 46 ms (at a random moment of the
 * pulse cycle, as a person's edits are); for each, the time from the edit
 * on the FX thread to the end of the layout pass of the first pulse after the new maps were applied (the frame that
 * shows them), and whether that is the first frame after the edit. An edit at a random moment waits up to one
 * frame period (16.7 ms) for the next frame whatever the app does, so the figures are also split at the start of
 * that frame; and the steps before it are timed through the app's own wiring (the compute service is wrapped to
 * note when the request is sent and when its result is handed to the FX thread, through the app's
 * {@link fmx.ui.support.FrameDelivery}). Meanwhile a watchdog thread posts a ping to the FX thread every millisecond. The longest stall is
 * the most CPU time the FX thread spent between two consecutive pings (time it was busy, which the pings could not
 * interrupt); the longest wall-clock wait of a ping is printed too, but on a loaded machine it also counts the time
 * the thread waited for a core.
 *
 * <p>Run: {@code ./mvnw -q -B test -Dtest.excludedGroups=none -Dgroups=benchmark -Dtest=LatencyBenchmark}
 */
@Tag("benchmark")
class LatencyBenchmark {
    private static final int EDITS = 200;

    @Test
    void editToScreenLatency() throws Exception {
        String loadBefore = load();
        FxToolkit.registerPrimaryStage();
        AtomicLong enqueued = new AtomicLong();
        AtomicLong submitted = new AtomicLong();
        java.util.List<Long> pulseStarts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        FrameDelivery delivery = new FrameDelivery();
        BackgroundComputeService compute = new BackgroundComputeService(r -> {
            enqueued.set(System.nanoTime());
            delivery.execute(r);
        });
        SessionModel session = new SessionModel();
        Random random = new Random(42);
        Tensor input = Tensor.zeros(3, 32, 32);
        for (int i = 0; i < input.data().length; i++) {
            input.data()[i] = random.nextInt(10);
        }
        float[] weights = new float[8 * 27];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(-2, 3);
        }
        FilterBank filters = new FilterBank(8, 3, 3, 3, weights, new float[8]);
        ExplorerApp.Explorer[] holder = new ExplorerApp.Explorer[1];
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            session.replaceAll(() -> {
                session.inputProperty().set(input);
                session.filtersProperty().set(filters);
            });
            ComputeService timed = new ComputeService() {
                @Override
                public void submit(ComputeRequest r, Consumer<ComputeResult> ok, Consumer<Throwable> err) {
                    submitted.set(System.nanoTime());
                    compute.submit(r, ok, err);
                }

                @Override
                public void close() {
                    compute.close();
                }
            };
            holder[0] = new ExplorerApp.Explorer(session, timed, new InMemorySessionFiles(), Runnable::run,
                    Platform::runLater);
            scene[0] = holder[0].createScene();
            // Counted and timed before the delivery's own listener runs: the start of each frame.
            scene[0].addPreLayoutPulseListener(() -> pulseStarts.add(System.nanoTime()));
            delivery.attach(scene[0]);
            stage.setScene(scene[0]);
            stage.setWidth(1280); // the headless screen is 1280 x 800
            stage.setHeight(800);
            stage.show();
        });
        var live = holder[0].live();

        AtomicLong maxStall = new AtomicLong();
        AtomicLong maxBusy = new AtomicLong();
        long[] lastCpu = {-1};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    maxStall.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    // CPU time the FX thread used since the previous ping ran: work, not waiting for a core.
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (lastCpu[0] >= 0) {
                        maxBusy.accumulateAndGet(cpu - lastCpu[0], Math::max);
                    }
                    lastCpu[0] = cpu;
                });
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stall-watchdog");

        long[] enqueueDelay = new long[EDITS];
        long[] submitDelay = new long[EDITS];
        long[] firstPulseDelay = new long[EDITS];
        int[] framesLate = new int[EDITS];
        long[] latencies = new long[EDITS];
        long[] arrivals = new long[EDITS];
        long[] fxCpu = new long[EDITS];
        long[] renderCpu = new long[EDITS];
        ThreadCpu fx = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> ThreadCpu.named(Thread.currentThread().getName()))
                .get(10, TimeUnit.SECONDS);
        ThreadCpu renderer = ThreadCpu.named("QuantumRenderer-0");
        int warmup = 30;
        for (int i = -warmup; i < EDITS; i++) {
            if (i == 0) {
                Platform.runLater(() -> {
                    maxStall.set(0);
                    maxBusy.set(0);
                    lastCpu[0] = -1;
                });
                watchdog.start();
            }
            CountDownLatch shown = new CountDownLatch(1);
            long[] start = new long[1];
            long[] fxCpuAt = new long[2];
            long[] arrived = new long[1];
            long[] pulseAt = new long[2];
            long renderBefore = renderer.nanos();
            int row = random.nextInt(32);
            int col = random.nextInt(32);
            float value = random.nextInt(10);
            Platform.runLater(() -> {
                var before = live.resultProperty().get();
                Runnable[] onPulse = new Runnable[1];
                onPulse[0] = () -> {
                    if (live.resultProperty().get() != before && !live.busyProperty().get()) {
                        fxCpuAt[1] = fx.nanos();
                        pulseAt[1] = pulseStarts.size();
                        scene[0].removePostLayoutPulseListener(onPulse[0]);
                        shown.countDown();
                    }
                };
                scene[0].addPostLayoutPulseListener(onPulse[0]);
                javafx.beans.value.ChangeListener<Object> onResult = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object is) {
                        arrived[0] = System.nanoTime();
                        live.resultProperty().removeListener(this);
                    }
                };
                live.resultProperty().addListener(onResult);
                start[0] = System.nanoTime();
                fxCpuAt[0] = fx.nanos();
                pulseAt[0] = pulseStarts.size();
                session.edit("Edit cell (" + row + ", " + col + ")", () -> {
                    Tensor next = session.inputProperty().get().copy();
                    next.set(0, row, col, value + (next.get(0, row, col) == value ? 1 : 0));
                    session.inputProperty().set(next);
                });
            });
            if (!shown.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("edit " + i + " never reached the screen");
            }
            if (i >= 0) {
                latencies[i] = System.nanoTime() - start[0];
                framesLate[i] = (int) (pulseAt[1] - pulseAt[0]) - 1; // 0: the first pulse after the edit shows it
            }
            // The frame that shows the maps is rendered meanwhile; the random part puts the next edit at a random
            // moment of the 60 Hz pulse cycle, as a person's key press or click is.
            Thread.sleep(30 + random.nextInt(17));
            if (i >= 0) {
                fxCpu[i] = fxCpuAt[1] - fxCpuAt[0];
                arrivals[i] = arrived[0] - start[0];
                enqueueDelay[i] = enqueued.get() - start[0];
                submitDelay[i] = submitted.get() - start[0];
                firstPulseDelay[i] = pulseStarts.get((int) pulseAt[0]) - start[0];
                renderCpu[i] = renderer.nanos() - renderBefore;
            }
        }
        watchdog.interrupt();
        watchdog.join();
        compute.close();
        FxToolkit.cleanupStages();

        long[] afterFrameStart = new long[EDITS];
        for (int i = 0; i < EDITS; i++) {
            afterFrameStart[i] = latencies[i] - firstPulseDelay[i];
        }
        int[] lateCount = new int[3];
        for (int f : framesLate) {
            lateCount[Math.min(2, f)]++;
        }
        System.out.printf("%nLatency benchmark: 32x32x3 input, 8 filters 3x3x3, %d edits%n", EDITS);
        System.out.printf("  maps in the first frame after the edit: %d of %d edits (%.1f%%); one frame later: %d; "
                + "later: %d%n", lateCount[0], EDITS, 100.0 * lateCount[0] / EDITS, lateCount[1], lateCount[2]);
        System.out.printf("  %s%n", summary("edit -> maps on screen (end of the layout pass of the frame that shows "
                + "them)", latencies));
        System.out.printf("  %s%n", summary("  edit -> start of the first frame after it (the wait for the 60 Hz "
                + "frame clock)", firstPulseDelay));
        System.out.printf("  %s%n", summary("  start of that frame -> maps on screen (one more frame when they "
                + "missed it)", afterFrameStart));
        System.out.printf("  %s%n", summary("edit -> request sent to the compute service", submitDelay));
        System.out.printf("  %s%n", summary("edit -> result handed to the FX thread", enqueueDelay));
        System.out.printf("  %s%n", summary("edit -> result applied on the FX thread", arrivals));
        System.out.printf("  longest FX-thread stall: %.2f ms busy (CPU time between two 1-ms pings), "
                + "%.2f ms wall (a ping's wait, includes waiting for a core on a loaded machine)%n",
                ms(maxBusy.get()), ms(maxStall.get()));
        System.out.printf("  %s%n", ThreadCpu.describe("FX-thread CPU per edit (edit to the layout that shows it)",
                fxCpu));
        System.out.printf("  %s%n", ThreadCpu.describe("render-thread CPU per edit (QuantumRenderer-0, 30 ms after "
                + "the edit)", renderCpu));
        System.out.printf("  load average before: %s, after: %s (%d cores)%n%n", loadBefore, load(), Runtime.getRuntime().availableProcessors());
    }

    private static String load() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** "what: median M ms, p95 P ms, max X ms" over {@code nanos} (left unsorted). */
    private static String summary(String what, long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        return String.format("%s: median %.2f ms, p95 %.2f ms, max %.2f ms", what, ms(v[v.length / 2]),
                ms(v[(int) Math.ceil(v.length * 0.95) - 1]), ms(v[v.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
