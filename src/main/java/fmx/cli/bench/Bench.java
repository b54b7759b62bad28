package fmx.cli.bench;

import fmx.core.ConvolutionEngine;
import fmx.core.Parallelism;
import fmx.core.Tensor;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import jdk.incubator.vector.FloatVector;

/**
 * {@code fmx bench}: times the convolution engine on the workloads of issue 5, in process, after warm-up, and
 * prints per workload the median and minimum time, GMAC/s (at the median), the share of this machine's FMA peak
 * (measured first with {@link FmaPeak} on the same number of threads) and the peak heap in use while it ran.
 * Two more columns make the figures readable on a shared, loaded machine: the median CPU time the run took on all
 * threads together (the pool's workers and the caller), and the share of the FMA peak per CPU-second that it
 * reached (multiply-adds per CPU-second over the peak of one thread per CPU-second), which time-slicing with other
 * processes does not dilute (idle time in a badly balanced split is not counted either). The last column is the
 * floor set by memory: the minimum time to write the workload's output buffers once ({@link WriteFloor}); the very
 * last, the share of the FMA peak measured again right after the workload (and that peak, GMAC/s).
 * Options: {@code --threads N} (default: all cores), {@code --reps N} (default 15), {@code --warmup N}
 * (default 5, and runs go on until {@link #WARMUP_NANOS} have passed: five runs left strided's last compilation
 * unfinished, median 6.7 ms against 5.2 ms after 200), {@code --workload NAME} (repeatable; default all).
 * The CPU time includes the engine's helper threads spinning for the next job between the jobs of a run
 * ({@link Parallelism}), so the share of peak per CPU-second understates the loops' own rate. The engine path is chosen at start-up
 * ({@code -Dfmx.engine=vector|scalar}).
 */
public final class Bench {
    /** Minimum warm-up time per workload: long enough for the JIT's last (C2) compilations on a 2-core machine. */
    private static final long WARMUP_NANOS = 2_000_000_000L;

    private Bench() {}

    /** Test-scope convenience until the {@code fmx} dispatcher wires {@code bench} in. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        int threads = Runtime.getRuntime().availableProcessors();
        int reps = 15;
        int warmup = 5;
        List<Workload> selected = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--threads" -> threads = positive(args, ++i);
                    case "--reps" -> reps = positive(args, ++i);
                    case "--warmup" -> warmup = Math.max(0, number(args, ++i));
                    case "--workload" -> selected.add(workload(args, ++i));
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option \"" + args[i] + "\"");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("fmx bench: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        if (selected.isEmpty()) {
            selected.addAll(Workload.ALL);
        }
        List<Thread> workers = new CopyOnWriteArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            workers.add(t);
            return t;
        }, null, false);
        try {
            FmaPeak.Peak fma = FmaPeak.measure(threads, 5);
            double peak = fma.wall();
            ConvolutionEngine engine = ConvolutionEngine.selected();
            out.printf(Locale.ROOT, "fmx bench, %s, engine %s, %d lanes, %d thread%s, FMA peak measured %.1f GMAC/s%n",
                    LocalDate.now(), ConvolutionEngine.selection(), FloatVector.SPECIES_PREFERRED.length(), threads,
                    threads == 1 ? "" : "s", peak / 1e9);
            out.printf(Locale.ROOT, "  (per CPU-second of one thread: %.1f GMAC/s; load average %.2f)%n",
                    fma.perCpuSecond() / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(Locale.ROOT, "%-16s %-62s %10s %10s %9s %7s %12s %7s %12s %14s %13s%n", "workload", "shape",
                    "median ms", "min ms", "GMAC/s", "% peak", "peak heap MB", "cpu ms", "% peak/cpu",
                    "write floor ms", "% peak after");
            Parallelism parallelism = Parallelism.of(pool);
            for (Workload w : selected) {
                Result r = measure(w, engine, parallelism, warmup, reps, workers);
                // Measured again right after the workload: a shared host's peak moves within a run (114 to 221
                // GMAC/s on this project's machine in minutes), and the share of it is then the fairer figure.
                double peakAfter = FmaPeak.measure(threads, 3).wall();
                double gmacs = w.multiplyAdds() / (r.medianNanos / 1e9) / 1e9;
                double perCpu = w.multiplyAdds() / (r.medianCpuNanos / 1e9);
                out.printf(Locale.ROOT, "%-16s %-62s %10.2f %10.2f %9.1f %6.1f%% %12.0f %7.1f %11.1f%% %14.2f "
                                + "%5.1f%% of %3.0f%n",
                        w.name(), w.describe(), r.medianNanos / 1e6, r.minNanos / 1e6, gmacs,
                        100 * gmacs * 1e9 / peak, r.peakHeapBytes / 1e6, r.medianCpuNanos / 1e6,
                        100 * perCpu / fma.perCpuSecond(), r.writeFloorNanos / 1e6, 100 * gmacs * 1e9 / peakAfter,
                        peakAfter / 1e9);
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("fmx bench: interrupted");
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("fmx bench: out of memory; give the JVM more heap (-Xmx) or pick smaller workloads");
            return 1;
        } finally {
            pool.shutdown();
        }
    }

    private record Result(long medianNanos, long minNanos, long peakHeapBytes, long medianCpuNanos,
                          long writeFloorNanos) {}

    private static Result measure(Workload w, ConvolutionEngine engine, Parallelism parallelism, int warmup,
                                  int reps, List<Thread> workers) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Tensor in = w.randomInput();
        float[][] buffers = w.buffers();
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - warmStart < WARMUP_NANOS; i++) {
            w.run(engine, in, buffers, parallelism);
        }
        long[] times = new long[reps];
        long[] cpu = new long[reps];
        for (int i = 0; i < reps; i++) {
            long c0 = cpuNanos(workers);
            long t0 = System.nanoTime();
            w.run(engine, in, buffers, parallelism);
            times[i] = System.nanoTime() - t0;
            cpu[i] = cpuNanos(workers) - c0;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long floor = WriteFloor.measure(buffers, parallelism, Math.max(3, reps / 2));
        return new Result(median(times), min(times), peak, median(cpu), floor);
    }

    /** CPU time used so far by the pool's workers and the calling thread (which may run tasks while it waits). */
    private static long cpuNanos(List<Thread> workers) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = mx.getCurrentThreadCpuTime();
        for (Thread t : workers) {
            long c = mx.getThreadCpuTime(t.threadId());
            sum += Math.max(0, c); // -1 once a worker has ended
        }
        return sum;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static String usage() {
        return "usage: fmx bench [--threads N] [--reps N] [--warmup N] [--workload NAME]...\n"
                + "  workloads: " + String.join(", ", Workload.ALL.stream().map(Workload::name).toList());
    }

    private static Workload workload(String[] args, int i) {
        String name = value(args, i);
        return Workload.ALL.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--workload: unknown workload \"" + name + "\""));
    }

    private static int positive(String[] args, int i) {
        int n = number(args, i);
        if (n < 1) {
            throw new IllegalArgumentException(args[i - 1] + ": must be 1 or more, got " + n);
        }
        return n;
    }

    private static int number(String[] args, int i) {
        String v = value(args, i);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + ": not a whole number: \"" + v + "\"");
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + ": a value is missing");
        }
        return args[i];
    }
}
