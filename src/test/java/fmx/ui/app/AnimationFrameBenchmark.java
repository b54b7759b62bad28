package fmx.ui.app;

import fmx.compute.BackgroundComputeService;
import fmx.core.FilterBank;
import fmx.core.Tensor;
import fmx.ui.session.SessionModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Frame times of the sliding-window animation in the real window (not a timed test: it prints figures and asserts
 * only that the animation ran). A 64x64x3 input, 8 filters of 3x3x3, all filters in turn, one step per frame,
 * looping. Every pulse is timestamped when it starts (pre-layout) and when its layout pass ends (post-layout: the
 * grids repaint their canvases during layout); the pulse-to-pulse interval is the frame time. A frame counts as
 * dropped when its interval exceeds 16.7 ms + {@link #SLACK_MS} (half a frame of scheduling jitter).
 *
 * <p>Run: {@code ./mvnw -q -B test -Dtest.excludedGroups=none -Dgroups=benchmark -Dtest=AnimationFrameBenchmark}
 */
@Tag("benchmark")
class AnimationFrameBenchmark {
    private static final int WARMUP = 300;
    private static final int FRAMES = 3000;
    private static final double FRAME_MS = 1000.0 / 60;
    private static final double SLACK_MS = FRAME_MS / 2;

    @Test
    void framesWhileAnimatingAtFullSpeed() throws Exception {
        measure(true);
    }

    /** The same window with the animation paused and an empty timer asking for every pulse: the machine's floor. */
    @Test
    void idlePulsesForComparison() throws Exception {
        measure(false);
    }

    private void measure(boolean animate) throws Exception {
        String loadBefore = load();
        FxToolkit.registerPrimaryStage();
        BackgroundComputeService compute = new BackgroundComputeService(Platform::runLater);
        SessionModel session = new SessionModel();
        Random random = new Random(42);
        Tensor input = Tensor.zeros(3, 64, 64);
        for (int i = 0; i < input.data().length; i++) {
            input.data()[i] = random.nextInt(10);
        }
        float[] weights = new float[8 * 27];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(-2, 3);
        }
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            session.replaceAll(() -> {
                session.inputProperty().set(input);
                session.filtersProperty().set(new FilterBank(8, 3, 3, 3, weights, new float[8]));
            });
            ExplorerApp.Explorer explorer = new ExplorerApp.Explorer(session, compute, new InMemorySessionFiles(),
                    Runnable::run, Platform::runLater);
            scene[0] = explorer.createScene();
            stage.setScene(scene[0]);
            stage.setWidth(1280); // the headless screen is 1280 x 800
            stage.setHeight(800);
            stage.show();
            ((TabPane) scene[0].lookup("#center-tabs")).getSelectionModel().select(1);
        });
        waitUntil(() -> !((Label) scene[0].lookup("#anim-equation")).getText().isEmpty());

        long[] starts = new long[WARMUP + FRAMES + 1];
        long[] ends = new long[WARMUP + FRAMES + 1];
        long[] fxCpu = new long[WARMUP + FRAMES + 1];
        long[] renderCpu = new long[WARMUP + FRAMES + 1];
        ThreadCpu fx = onFx(() -> ThreadCpu.named(Thread.currentThread().getName()));
        ThreadCpu renderer = ThreadCpu.named("QuantumRenderer-0");
        int[] count = {0};
        CountDownLatch done = new CountDownLatch(1);
        javafx.animation.AnimationTimer idle = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
            }
        };
        Runnable pre = () -> {
            if (count[0] < starts.length) {
                starts[count[0]] = System.nanoTime();
                fxCpu[count[0]] = fx.nanos();
                renderCpu[count[0]] = renderer.nanos();
            }
        };
        Runnable post = () -> {
            if (count[0] < ends.length) {
                ends[count[0]++] = System.nanoTime();
                if (count[0] == ends.length) {
                    done.countDown();
                }
            }
        };
        Platform.runLater(() -> {
            ((ComboBox<Integer>) scene[0].lookup("#anim-filter")).setValue(-1);
            ((Slider) scene[0].lookup("#anim-speed")).setValue(1);
            ((CheckBox) scene[0].lookup("#anim-loop")).setSelected(true);
            scene[0].addPreLayoutPulseListener(pre);
            scene[0].addPostLayoutPulseListener(post);
            if (animate) {
                ((Button) scene[0].lookup("#anim-play")).fire();
            } else {
                idle.start();
            }
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new AssertionError("the animation did not run: " + count[0] + " frames");
        }
        String status = onFx(() -> ((Label) scene[0].lookup("#anim-status")).getText());
        Platform.runLater(() -> {
            idle.stop();
            if (animate) {
                ((Button) scene[0].lookup("#anim-play")).fire();
            }
        });
        compute.close();
        FxToolkit.cleanupStages();

        double[] intervals = new double[FRAMES];
        double[] work = new double[FRAMES];
        long[] fxPerFrame = new long[FRAMES];
        long[] renderPerFrame = new long[FRAMES];
        int dropped = 0;
        for (int i = 0; i < FRAMES; i++) {
            int k = WARMUP + i + 1;
            intervals[i] = (starts[k] - starts[k - 1]) / 1e6;
            work[i] = (ends[k] - starts[k]) / 1e6;
            fxPerFrame[i] = fxCpu[k] - fxCpu[k - 1];
            renderPerFrame[i] = renderCpu[k] - renderCpu[k - 1];
            if (intervals[i] > FRAME_MS + SLACK_MS) {
                dropped++;
            }
        }
        Arrays.sort(intervals);
        Arrays.sort(work);
        System.out.printf("%n%s: 64x64x3 input, 8 filters 3x3x3, all filters, one step per frame, %d frames after %d "
                + "warm-up%n", animate ? "Animation frame benchmark" : "Idle pulses (animation paused)", FRAMES, WARMUP);
        System.out.printf("  pulse to pulse: median %.2f ms, p99 %.2f ms, max %.2f ms%n", intervals[FRAMES / 2],
                intervals[(int) Math.ceil(FRAMES * 0.99) - 1], intervals[FRAMES - 1]);
        System.out.printf("  FX work per pulse (animation, CSS, layout, canvas drawing): median %.2f ms, p99 %.2f ms%n",
                work[FRAMES / 2], work[(int) Math.ceil(FRAMES * 0.99) - 1]);
        System.out.printf("  %s%n", ThreadCpu.describe("FX-thread CPU per frame (pulse start to pulse start)",
                fxPerFrame));
        System.out.printf("  %s%n", ThreadCpu.describe("render-thread CPU per frame (QuantumRenderer-0)",
                renderPerFrame));
        System.out.printf("  dropped frames (interval > %.1f ms): %d in %d = %.1f per 1000%n", FRAME_MS + SLACK_MS,
                dropped, FRAMES, dropped * 1000.0 / FRAMES);
        System.out.printf("  last status: %s%n", status);
        System.out.printf("  load average before: %s, after: %s (%d cores)%n%n", loadBefore, load(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }
}
