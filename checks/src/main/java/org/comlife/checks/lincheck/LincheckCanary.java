package org.comlife.checks.lincheck;

import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;

/**
 * A check Lincheck's model checker must fail: two threads increment a counter without a lock,
 * and one interleaving loses an update. Run once when the instrumentation is kept installed for
 * the process ({@link LincheckInstallation}), to prove it instruments what the checks run.
 */
final class LincheckCanary {
    /** Enough for the one interleaving that loses the update: Lincheck finds it in the first few. */
    private static final int INVOCATIONS = 100;

    /** The counter the two threads share; a class of comlife's own, instrumented like the model. */
    static final class Counter {
        int value;
    }

    private LincheckCanary() {
    }

    /** Whether Lincheck reported the lost update. */
    static boolean caught() {
        try {
            Lincheck.runConcurrentTest(INVOCATIONS, () -> {
                Counter counter = new Counter();
                Thread other = new Thread(() -> counter.value++);
                other.start();
                counter.value++;
                try {
                    other.join();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while joining the canary's thread", interrupted);
                }
                if (counter.value != 2) {
                    throw new AssertionError("lost update: " + counter.value);
                }
            });
            return false;
        } catch (LincheckAssertionError found) {
            return true;
        }
    }
}
