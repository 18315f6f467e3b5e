package org.comlife.checks.jpf.search;

import org.comlife.checks.jpf.host.JpfGranularity;

/**
 * JPF's counts for one run: distinct states reached ({@code newStates}), states matched again
 * ({@code visitedStates}), complete executions ({@code endStates}), the deepest search path,
 * the bytecode instructions executed, and with {@link JpfGranularity#PROGRAM_STATE} the distinct
 * program states among the new states (0 otherwise).
 */
public record JpfStatistics(long newStates, long visitedStates, long endStates, int maxDepth, long instructions,
                            long programStates) {

    /** Nothing explored, as for a run whose JPF JVM failed before reporting. */
    public static final JpfStatistics NONE = new JpfStatistics(0, 0, 0, 0, 0, 0);
}
