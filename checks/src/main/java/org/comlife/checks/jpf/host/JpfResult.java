package org.comlife.checks.jpf.host;

import org.comlife.checks.jpf.search.JpfStatistics;

/**
 * What one JPF run over a target found, with its cost.
 *
 * @param target          the target's id: the example's, the fault's, or the fault's with "-twin"
 * @param implementation  the runtime implementation's name ("reference" or a fault's)
 * @param granularity     where JPF could switch threads
 * @param verdict         passed, error found, bound reached, target not loaded or failed
 * @param statistics      JPF's counts (states, depth, instructions)
 * @param millis          the search's wall time (the whole JPF JVM's when it failed)
 * @param peakHeapBytes   the JPF JVM's peak heap use, or 0 when unknown
 * @param searchConstraint the bound JPF hit, or null
 * @param counterexample  the error found, or null
 * @param failure         why the run failed or loaded nothing, or null
 */
public record JpfResult(String target, String implementation, JpfGranularity granularity, JpfVerdict verdict,
                        JpfStatistics statistics, long millis, long peakHeapBytes, String searchConstraint,
                        JpfCounterexample counterexample, String failure) {

    public boolean passed() {
        return verdict.isPass();
    }

    /** One line for logs and measurement tables. */
    public String summary() {
        return String.format("%s/%s [%s] %s: states new=%d visited=%d end=%d%s, depth %d, %d insns, %d ms, peak heap %d MB%s",
                target, implementation, granularity, verdict, statistics.newStates(), statistics.visitedStates(),
                statistics.endStates(),
                granularity.programStates() ? " program=" + statistics.programStates() : "",
                statistics.maxDepth(), statistics.instructions(), millis,
                peakHeapBytes >> 20, searchConstraint == null ? "" : " (" + searchConstraint + ")");
    }
}
