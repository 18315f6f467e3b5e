package org.comlife.checks.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Runs a piece of work (an engine's cell, a user's program) under a wall-clock budget enforced
 * from outside it, so that code that loops or blocks cannot hang the caller or burn the rest of
 * the run.
 *
 * <p>The contract:
 * <ul>
 *   <li>The work runs on a fresh daemon thread in a {@link ThreadGroup} of its own; every thread
 *       it starts (an engine's workers, a scheduler's logical threads, Lincheck's test threads)
 *       joins that group and, unless it says otherwise, is a daemon too, so none of them keeps
 *       the JVM alive. The worker inherits the caller's context class loader.</li>
 *   <li>{@link #call} returns when the work ends or when the budget is spent, whichever comes
 *       first, with an {@link Outcome}: {@link Completed} (the value), {@link Failed} (anything
 *       the work threw, errors included) or {@link TimedOut}. It never throws what the work
 *       throws, and it never waits much longer than the budget (plus {@link #STOP_GRACE}).</li>
 *   <li>On time-out, the threads of the group that are still alive are named in the outcome:
 *       each thread's name, its state, and the frame it was in, the first frame of interest
 *       (by default the first outside the JDK, comlife's engines and the libraries they use: the
 *       user's class) or else its top frame.</li>
 *   <li>Whether the work ended or timed out, threads of the group left alive are then ended:
 *       interrupted, then (after {@link #STOP_GRACE}) set to the lowest priority and stopped with
 *       {@code Thread.stop}, which unwinds them and releases the monitors they hold. Where the
 *       JVM no longer supports {@code Thread.stop} (JDK 20 and later) they are abandoned: daemon,
 *       lowest priority. The outcome says which threads were stopped or abandoned.</li>
 * </ul>
 *
 * <p>What it cannot do: a thread that catches {@code ThreadDeath} and goes on, or that is stuck
 * in native code, survives (daemon, so not beyond the JVM). Work that changes global state
 * (statics, files) may leave it half-changed when stopped; the caller decides whether to go on.
 */
public final class BoundedRun {
    /** How long stragglers get to end after an interrupt before they are stopped. */
    public static final Duration STOP_GRACE = Duration.ofMillis(500);
    /** The frames that are not the user's: the JDK, comlife's engines and harness, and their libraries. */
    public static final Predicate<StackTraceElement> OUTSIDE_HARNESS = frame -> !harness(frame.getClassName());

    private BoundedRun() {
    }

    /** What became of the work. */
    public sealed interface Outcome<T> permits Completed, Failed, TimedOut {
        /** Wall-clock time from the start of the work to this outcome. */
        long millis();

        /** Threads of the work left alive when it ended, then stopped or abandoned; empty normally. */
        List<Straggler> stragglers();
    }

    /** The work returned {@code value}. */
    public record Completed<T>(T value, long millis, List<Straggler> stragglers) implements Outcome<T> {
    }

    /** The work threw {@code failure}. */
    public record Failed<T>(Throwable failure, long millis, List<Straggler> stragglers) implements Outcome<T> {
    }

    /** The budget ran out; {@code message} names the budget and every thread still running, and where. */
    public record TimedOut<T>(String message, long millis, List<Straggler> stragglers) implements Outcome<T> {
    }

    /**
     * A thread of the work found alive: its name, state, where it was (the frame of interest, or
     * its top frame; null when it had none), and whether it then ended (stopped or unwound).
     */
    public record Straggler(String thread, Thread.State state, StackTraceElement frame, boolean interesting,
                            boolean ended) {
        @Override
        public String toString() {
            return "thread '" + thread + "' (" + state.name().toLowerCase().replace('_', ' ') + ")"
                    + (frame == null ? "" : " in " + frame.getClassName() + "." + frame.getMethodName() + "("
                    + frame.getFileName() + ":" + frame.getLineNumber() + ")") + (ended ? "" : ", abandoned");
        }
    }

    /** {@link #call(String, Duration, Predicate, Callable)} naming the first frame outside the harness. */
    public static <T> Outcome<T> call(String what, Duration budget, Callable<T> work) {
        return call(what, budget, OUTSIDE_HARNESS, work);
    }

    /**
     * Runs {@code work} (called {@code what} in messages and thread names) for at most
     * {@code budget}; {@code interesting} picks the frame named for a thread still running.
     */
    public static <T> Outcome<T> call(String what, Duration budget, Predicate<StackTraceElement> interesting,
                                      Callable<T> work) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a budget must be positive, got " + budget);
        }
        ThreadGroup group = new ThreadGroup("bounded: " + what);
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(group, () -> {
            try {
                result.set(work.call());
            } catch (Throwable failure) {
                thrown.set(failure);
            }
        }, what);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        boolean interrupted = false;
        try {
            worker.join(budget.toMillis());
        } catch (InterruptedException callerInterrupted) {
            interrupted = true;
        }
        if (worker.isAlive()) {
            List<Straggler> running = Stragglers.end(group, interesting);
            long millis = elapsed(start);
            if (interrupted) {
                Thread.currentThread().interrupt();
                return new Failed<>(new InterruptedException(what + " was interrupted"), millis, running);
            }
            return new TimedOut<>(what + " did not finish within " + seconds(budget) + "; still running: "
                    + describe(running), millis, running);
        }
        List<Straggler> left = Stragglers.end(group, interesting);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        long millis = elapsed(start);
        if (thrown.get() != null) {
            return new Failed<>(thrown.get(), millis, left);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return new Completed<>(value, millis, left);
    }

    /**
     * The threads as a sentence: "thread 'a' (runnable) in X.y(X.java:3); thread 'b' ...", those in
     * a frame of interest (the user's code) first.
     */
    public static String describe(List<Straggler> threads) {
        List<String> parts = new ArrayList<>();
        for (Straggler straggler : threads) {
            if (straggler.interesting()) {
                parts.add(straggler.toString());
            }
        }
        for (Straggler straggler : threads) {
            if (!straggler.interesting()) {
                parts.add(straggler.toString());
            }
        }
        return parts.isEmpty() ? "no thread (it ended as the budget ran out)" : String.join("; ", parts);
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static boolean harness(String className) {
        for (String prefix : new String[] {"java.", "javax.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.",
                "org.jetbrains.", "net.bytebuddy.", "org.objectweb.", "org.comlife.checks.", "org.comlife.model.",
                "org.comlife.specs."}) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
