package org.comlife.checks.lincheck;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Which runtime the Lincheck operation classes build their helpers from. Lincheck creates
 * those classes itself, with no arguments, so the choice is held here for the length of one
 * check; checks never overlap (Lincheck runs one at a time, and {@link #with} is exclusive).
 * It also counts the invocations that really ran, so a check that explored nothing is caught.
 */
public final class ImplementationUnderTest {
    private static final Object EXCLUSIVE = new Object();
    private static volatile RuntimeHelpers current = RuntimeHelpers.reference();
    private static final AtomicInteger invocations = new AtomicInteger();

    private ImplementationUnderTest() {
    }

    /** The runtime of the check in progress. */
    public static RuntimeHelpers current() {
        return current;
    }

    static void noteInvocation() {
        invocations.incrementAndGet();
    }

    /** Runs a check against the given runtime; returns its value and how many invocations it made. */
    public static <T> Counted<T> with(RuntimeHelpers helpers, Supplier<T> check) {
        synchronized (EXCLUSIVE) {
            RuntimeHelpers previous = current;
            current = helpers;
            invocations.set(0);
            try {
                T value = check.get();
                return new Counted<>(value, invocations.get());
            } finally {
                current = previous;
            }
        }
    }

    /** A check's result and the number of test instances Lincheck created for it. */
    public record Counted<T>(T value, int invocations) {
    }
}
