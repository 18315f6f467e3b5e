package org.comlife.checks.jpf;

/**
 * JPF's counts for one run: distinct states reached ({@code newStates}), states matched again
 * ({@code visitedStates}), complete executions ({@code endStates}), the deepest search path
 * and the bytecode instructions executed.
 */
public record JpfStatistics(long newStates, long visitedStates, long endStates, int maxDepth, long instructions) {

    /** Nothing explored, as for a run whose JPF JVM failed before reporting. */
    public static final JpfStatistics NONE = new JpfStatistics(0, 0, 0, 0, 0);
}
