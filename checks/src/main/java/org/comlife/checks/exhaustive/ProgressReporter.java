package org.comlife.checks.exhaustive;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands an exploration's progress to a listener at a fixed interval, from a thread of its own,
 * until stopped. A listener that throws ends the exploration with an error that names it: its
 * failure is not lost, and the exploration does not go on unwatched.
 */
final class ProgressReporter {
    private final Thread thread;

    private ProgressReporter(Thread thread) {
        this.thread = thread;
    }

    static ProgressReporter start(SharedSearch shared, long startNanos, long everyMillis,
                                  Consumer<ExplorationProgress> listener) {
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    TimeUnit.MILLISECONDS.sleep(everyMillis);
                    listener.accept(new ExplorationProgress(
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), shared.distinctStates(),
                            shared.statesVisited.sum(), shared.transitions.sum(), shared.runs.sum()));
                }
            } catch (InterruptedException stopped) {
                // The exploration is over.
            } catch (RuntimeException failure) {
                shared.fail("the progress listener failed: " + failure);
            }
        }, "exhaustive-progress");
        thread.setDaemon(true);
        thread.start();
        return new ProgressReporter(thread);
    }

    /** Stops the reports and waits until the last one has been handed over. */
    void stop() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
