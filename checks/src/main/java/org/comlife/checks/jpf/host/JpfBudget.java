package org.comlife.checks.jpf.host;

/**
 * The bound of one JPF run: the search stops when it has run {@code maxMillis} or met
 * {@code maxStates} distinct states (JPF's BudgetChecker), and the JPF JVM gets
 * {@code heapMegabytes} of heap. A run stopped by its bound is BOUND_REACHED, never passed.
 */
public record JpfBudget(long maxMillis, long maxStates, int heapMegabytes) {

    public JpfBudget {
        if (maxMillis < 1 || maxStates < 1 || heapMegabytes < 64) {
            throw new IllegalArgumentException("a JPF budget needs time >= 1 ms, states >= 1 and heap >= 64 MB, got "
                    + maxMillis + " ms, " + maxStates + " states, " + heapMegabytes + " MB");
        }
    }

    /** The same bound with another number of states. */
    public JpfBudget withMaxStates(long states) {
        return new JpfBudget(maxMillis, states, heapMegabytes);
    }
}
