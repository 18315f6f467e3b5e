package org.comlife.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: real Java threads for the tests that need them (a caller blocked in an STA
 * call, a deadlock). Every thread started is joined by {@link #joinAll()} or {@link #close()};
 * a failure in any of them is rethrown on the test thread, and a thread still running after
 * {@link #JOIN_TIMEOUT_MILLIS} is interrupted and reported as a failure.
 */
final class JoinedThreads implements AutoCloseable {
    /** How long all threads together may take before the test calls them hung. */
    static final long JOIN_TIMEOUT_MILLIS = 10_000;
    /** How long a hung thread gets to end after it was interrupted. */
    static final long INTERRUPT_GRACE_MILLIS = 1_000;

    /** The code a spawned thread runs. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private boolean joined;

    /** Starts the body on a new daemon thread with this name. */
    void start(String name, Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable failure) {
                synchronized (failures) {
                    failures.add(failure);
                }
            }
        }, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Joins every thread; throws the first failure (others suppressed), or a timeout failure. */
    void joinAll() throws InterruptedException {
        if (joined) {
            return;
        }
        joined = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_TIMEOUT_MILLIS);
        List<String> hung = new ArrayList<>();
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            thread.join(Math.max(1, left));
            if (thread.isAlive()) {
                hung.add(thread.getName());
                thread.interrupt();
                thread.join(INTERRUPT_GRACE_MILLIS);
            }
        }
        List<Throwable> all = new ArrayList<>();
        if (!hung.isEmpty()) {
            all.add(new AssertionError("threads " + hung + " did not finish within " + JOIN_TIMEOUT_MILLIS + " ms"));
        }
        synchronized (failures) {
            all.addAll(failures);
        }
        if (!all.isEmpty()) {
            AssertionError error = new AssertionError("a spawned thread failed: " + all.get(0), all.get(0));
            for (int i = 1; i < all.size(); i++) {
                error.addSuppressed(all.get(i));
            }
            throw error;
        }
    }

    /** Joins (if the test did not already), so no thread outlives its test. */
    @Override
    public void close() {
        try {
            joinAll();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining test threads", interrupted);
        }
    }
}
