package org.veripack.loadtests.open;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The generator's own cost at one instant: CPU time of the whole JVM (every thread, JIT and GC included, user and
 * kernel), CPU time of the generator's I/O thread, GC and JIT time. Two snapshots give the cost of the phase between them.
 *
 * @param wallNanos {@link System#nanoTime()}
 * @param processCpuNanos CPU time of the JVM process, -1 when the JVM cannot tell
 * @param threadCpuNanos CPU time of the I/O thread, -1 when the JVM cannot tell
 * @param gcMillis time spent in collections, summed over the collectors
 * @param gcCount collections
 * @param jitMillis time spent compiling, -1 when the JVM cannot tell
 */
record ProcessCpu(long wallNanos, long processCpuNanos, long threadCpuNanos, long gcMillis, long gcCount,
        long jitMillis) {

    /**
     * @param ioThread the id of the thread whose CPU time goes into threadCpuNanos
     * @return the costs so far; a few microseconds, so once per phase
     */
    static ProcessCpu now(long ioThread) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long process = os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long thread = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(ioThread) : -1;
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        return new ProcessCpu(System.nanoTime(), process, thread, gcMillis, gcCount, jitMillis);
    }

    /**
     * Takes a snapshot at a given time, from a daemon thread of its own, so that the caller's loop need not look at
     * the clock for it.
     *
     * @param nanoTime when, in {@link System#nanoTime()}
     * @param ioThread as for {@link #now}
     * @return where the snapshot will be, null until then
     */
    static AtomicReference<ProcessCpu> at(long nanoTime, long ioThread) {
        AtomicReference<ProcessCpu> snapshot = new AtomicReference<>();
        Thread clock = new Thread(() -> {
            long wait;
            while ((wait = nanoTime - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            snapshot.set(now(ioThread));
        }, "open-load-snapshot");
        clock.setDaemon(true);
        clock.start();
        return snapshot;
    }

    /** @return the costs from {@code earlier} to this snapshot */
    ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(wallNanos - earlier.wallNanos, minus(processCpuNanos, earlier.processCpuNanos),
                minus(threadCpuNanos, earlier.threadCpuNanos), gcMillis - earlier.gcMillis, gcCount - earlier.gcCount,
                minus(jitMillis, earlier.jitMillis));
    }

    private static long minus(long later, long earlier) {
        return later < 0 || earlier < 0 ? -1 : later - earlier;
    }
}
