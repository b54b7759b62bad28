package fmx.ui.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of a named thread (the FX application thread, the renderer "QuantumRenderer-0"): work done, which unlike
 * wall-clock time does not grow while the thread waits for a core on a loaded machine. Benchmarks only.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long id;

    private ThreadCpu(long id) {
        this.id = id;
    }

    /** The live thread with this name; fails when there is none. */
    static ThreadCpu named(String name) {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals(name)) {
                return new ThreadCpu(info.getThreadId());
            }
        }
        throw new IllegalStateException("no thread named " + name);
    }

    /** Nanoseconds of CPU the thread has used so far. */
    long nanos() {
        return THREADS.getThreadCpuTime(id);
    }

    static String describe(String what, long[] perItem) {
        long[] sorted = perItem.clone();
        java.util.Arrays.sort(sorted);
        long sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        int n = sorted.length;
        return String.format("%s: mean %.3f ms, median %.3f ms, p99 %.3f ms, max %.3f ms", what, sum / 1e6 / n,
                sorted[n / 2] / 1e6, sorted[(int) Math.ceil(n * 0.99) - 1] / 1e6, sorted[n - 1] / 1e6);
    }
}
