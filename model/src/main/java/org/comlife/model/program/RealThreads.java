package org.comlife.model.program;

import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComThread;

/**
 * Runs logical threads on Java threads: each body on its own thread, started at any time
 * (a server launcher starts threads mid-run), all joined at the end. A failure in any thread
 * is never lost: {@link #joinAll} throws the first one with the others attached. A thread
 * whose body ends is terminated, so the world's deadlock watchdog knows it will not act again.
 */
public final class RealThreads implements ThreadStarter {
    /** A join timeout that means: wait as long as it takes. */
    public static final long NO_TIMEOUT = 0;

    private final List<Thread> started = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    /** Threads started while {@link #startTogether} holds them back, in the order started. */
    private final List<Thread> held = new ArrayList<>();
    private boolean holding;

    /**
     * Runs {@code starting} (a program's {@code start}) holding back the threads it starts, then
     * starts them in that order once it returns, as the deterministic engines do. The world's
     * deadlock watchdog knows only the threads created so far: a first thread that ran ahead
     * and waited for one its program had not created yet would look deadlocked. Threads started
     * later, by a running thread (a server launcher), start at once.
     */
    public void startTogether(Runnable starting) {
        synchronized (started) {
            holding = true;
        }
        List<Thread> release;
        try {
            starting.run();
        } finally {
            synchronized (started) {
                holding = false;
                release = new ArrayList<>(held);
                held.clear();
            }
        }
        for (Thread thread : release) {
            thread.start();
        }
    }

    /** Starts the body as the logical thread on a new Java thread named after it. */
    @Override
    public void start(ComThread self, ThreadBody body) {
        Thread thread = new Thread(() -> {
            try {
                body.run(self);
            } catch (Throwable failure) {
                synchronized (failures) {
                    failures.add(new AssertionError("thread " + self.name() + " of " + self.process().name()
                            + " failed: " + failure, failure));
                }
            } finally {
                self.terminate();
            }
        }, self.process().name() + "/" + self.name());
        thread.setDaemon(true);
        synchronized (started) {
            started.add(thread);
            if (holding) {
                held.add(thread);
                return;
            }
        }
        thread.start();
    }

    /**
     * Joins every thread started so far and any they started, waiting at most
     * {@code timeoutMillis} in all, or without limit when it is {@link #NO_TIMEOUT} (under a
     * model checker, which finds hangs itself and would take a timed join for a possible
     * timeout); throws when a thread failed or did not finish in time.
     */
    public void joinAll(long timeoutMillis) throws InterruptedException {
        // No clock without a timeout: under a model checker the time read would be part of every
        // later state and differ between interleavings that reach the same one, so none would match.
        long deadline = timeoutMillis == NO_TIMEOUT ? 0 : System.currentTimeMillis() + timeoutMillis;
        int joined = 0;
        while (true) {
            Thread next;
            synchronized (started) {
                if (joined == started.size()) {
                    break;
                }
                next = started.get(joined);
            }
            if (timeoutMillis == NO_TIMEOUT) {
                next.join();
            } else {
                next.join(Math.max(1, deadline - System.currentTimeMillis()));
                if (next.isAlive()) {
                    throw new AssertionError("thread " + next.getName() + " did not finish within "
                            + timeoutMillis + " ms");
                }
            }
            joined++;
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                Throwable first = failures.get(0);
                AssertionError error = first instanceof AssertionError ? (AssertionError) first
                        : new AssertionError(first);
                for (int i = 1; i < failures.size(); i++) {
                    error.addSuppressed(failures.get(i));
                }
                throw error;
            }
        }
    }
}
