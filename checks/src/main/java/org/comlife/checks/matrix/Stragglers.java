package org.comlife.checks.matrix;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Ends the threads of a {@link BoundedRun} that are still alive: names each (where it was),
 * interrupts them all, waits {@link BoundedRun#STOP_GRACE}, then lowers and stops the rest, as
 * often as needed for threads started meanwhile, and says which ended.
 *
 * <table>
 *   <caption>What each step does to a straggler</caption>
 *   <tr><th>step</th><th>effect</th><th>why</th></tr>
 *   <tr><td>interrupt</td><td>a thread in a wait, sleep or park that checks it unwinds</td>
 *       <td>the polite way; comlife's schedulers end on it</td></tr>
 *   <tr><td>lowest priority</td><td>a spinning thread yields to the rest of the run</td>
 *       <td>kept if it cannot be stopped</td></tr>
 *   <tr><td>{@code Thread.stop}</td><td>{@code ThreadDeath} at its next safepoint, also in a
 *       wait; monitors released while it unwinds</td><td>user code that loops checks nothing</td></tr>
 * </table>
 */
final class Stragglers {
    /** Rounds of stopping: a thread started while the others unwind is stopped in the next round. */
    private static final int ROUNDS = 5;
    private static final Method STOP = stopMethod();

    private Stragglers() {
    }

    static List<BoundedRun.Straggler> end(ThreadGroup group, Predicate<StackTraceElement> interesting) {
        Map<Thread, BoundedRun.Straggler> seen = new LinkedHashMap<>();
        for (Thread thread : alive(group)) {
            seen.put(thread, straggler(thread, interesting));
            thread.interrupt();
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        joinAll(alive(group), BoundedRun.STOP_GRACE.toMillis());
        for (int round = 0; round < ROUNDS && !alive(group).isEmpty(); round++) {
            for (Thread thread : alive(group)) {
                seen.putIfAbsent(thread, straggler(thread, interesting));
                thread.setPriority(Thread.MIN_PRIORITY);
                stop(thread);
            }
            joinAll(alive(group), BoundedRun.STOP_GRACE.toMillis());
        }
        List<BoundedRun.Straggler> result = new ArrayList<>();
        for (Map.Entry<Thread, BoundedRun.Straggler> entry : seen.entrySet()) {
            BoundedRun.Straggler straggler = entry.getValue();
            result.add(new BoundedRun.Straggler(straggler.thread(), straggler.state(), straggler.frame(),
                    straggler.interesting(), !entry.getKey().isAlive()));
        }
        return result;
    }

    private static BoundedRun.Straggler straggler(Thread thread, Predicate<StackTraceElement> interesting) {
        StackTraceElement[] stack = thread.getStackTrace();
        StackTraceElement frame = frameOf(stack, interesting);
        return new BoundedRun.Straggler(thread.getName(), thread.getState(), frame,
                frame != null && interesting.test(frame), false);
    }

    /** The first frame of interest; else the first outside the JDK; else the top frame; null for none. */
    static StackTraceElement frameOf(StackTraceElement[] stack, Predicate<StackTraceElement> interesting) {
        for (StackTraceElement frame : stack) {
            if (interesting.test(frame)) {
                return frame;
            }
        }
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return frame;
            }
        }
        return stack.length == 0 ? null : stack[0];
    }

    private static List<Thread> alive(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Arrays.asList(threads).subList(0, count)) {
            if (thread.isAlive() && thread != Thread.currentThread()) {
                alive.add(thread);
            }
        }
        return alive;
    }

    private static void joinAll(List<Thread> threads, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        for (Thread thread : threads) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            try {
                thread.join(left);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Thread.stop where the JVM still has it (JDK 19 and earlier); a no-op elsewhere (the thread is abandoned). */
    private static void stop(Thread thread) {
        if (STOP == null) {
            return;
        }
        try {
            STOP.invoke(thread);
        } catch (InvocationTargetException | IllegalAccessException unsupported) {
            // JDK 20+: UnsupportedOperationException. The thread stays a lowered daemon.
        }
    }

    private static Method stopMethod() {
        try {
            return Thread.class.getMethod("stop");
        } catch (NoSuchMethodException removed) {
            return null;
        }
    }
}
