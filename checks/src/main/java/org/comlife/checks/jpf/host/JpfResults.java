package org.comlife.checks.jpf.host;

import org.comlife.checks.jpf.program.JpfScenarioDriver;
import org.comlife.checks.jpf.search.JpfErrorReport;
import org.comlife.checks.jpf.search.JpfFacts;
import org.comlife.checks.jpf.search.JpfStatistics;

/**
 * Turns what the JPF JVM observed into a verdict and a counterexample. A run is PASSED only
 * when nothing failed, the target loaded and ran (instructions executed, states explored, at
 * least one execution completed), no error was found and no bound stopped the search. An error
 * that is JPF's, not the program's (a missing class, a JDK method JPF's library lacks), is not
 * reported as one.
 */
final class JpfResults {
    /** How the failure of a run that needed a JDK method JPF's library lacks begins. */
    static final String JDK_GAP = "JPF's Java library lacks what the program calls";
    private static final String OUT_OF_MEMORY = "gov.nasa.jpf.vm.NoOutOfMemoryErrorProperty";

    private JpfResults() {
    }

    static JpfResult of(String target, String implementation, JpfGranularity granularity, JpfFacts facts) {
        JpfStatistics statistics = facts.statistics();
        JpfErrorReport error = facts.error();
        JpfVerdict verdict;
        String failure = facts.failure();
        if (failure != null) {
            verdict = JpfVerdict.FAILED;
        } else if (!facts.vmInitialized() || statistics.instructions() == 0 || statistics.newStates() == 0) {
            verdict = JpfVerdict.TARGET_NOT_LOADED;
            failure = "JPF did not run the target (VM initialized: " + facts.vmInitialized() + ", "
                    + statistics.instructions() + " instructions, " + statistics.newStates() + " states)";
        } else if (error != null && isMissingClass(error)) {
            verdict = JpfVerdict.TARGET_NOT_LOADED;
            failure = "a class of the target is missing from JPF's class path: " + firstLine(error);
        } else if (error != null && isJdkGap(error)) {
            verdict = JpfVerdict.FAILED;
            failure = JDK_GAP + " (see checks/JPF.md, limits): " + firstLine(error);
        } else if (error != null && OUT_OF_MEMORY.equals(error.property())) {
            verdict = JpfVerdict.BOUND_REACHED;
        } else if (error != null) {
            verdict = JpfVerdict.ERROR_FOUND;
        } else if (facts.searchConstraint() != null) {
            verdict = JpfVerdict.BOUND_REACHED;
        } else if (statistics.endStates() == 0) {
            verdict = JpfVerdict.FAILED;
            failure = "the search ended without completing a single execution";
        } else {
            verdict = JpfVerdict.PASSED;
        }
        JpfCounterexample counterexample = verdict == JpfVerdict.ERROR_FOUND ? counterexample(error) : null;
        String constraint = error != null && OUT_OF_MEMORY.equals(error.property()) && facts.searchConstraint() == null
                ? "JPF out of memory" : facts.searchConstraint();
        return new JpfResult(target, implementation, granularity, verdict, statistics, facts.millis(),
                facts.peakHeapBytes(), constraint, counterexample, failure);
    }

    static JpfCounterexample counterexample(JpfErrorReport error) {
        String property = error.property().substring(error.property().lastIndexOf('.') + 1);
        return new JpfCounterexample(property, firstLine(error), JpfScenarioDriver.breachesIn(error.details()),
                JpfScenarioDriver.failedThreadIn(error.details()), error.threads(), error.steps());
    }

    private static boolean isMissingClass(JpfErrorReport error) {
        String first = firstLine(error);
        return first.startsWith("java.lang.ClassNotFoundException") || first.startsWith("java.lang.NoClassDefFoundError");
    }

    /** A JDK method JPF's model library does not have, or a native method it has no peer for. */
    private static boolean isJdkGap(JpfErrorReport error) {
        String first = firstLine(error);
        return first.startsWith("java.lang.NoSuchMethodError: java.")
                || first.startsWith("java.lang.UnsatisfiedLinkError");
    }

    /** The first line of JPF's details (the exception and its message's first line), else its description. */
    private static String firstLine(JpfErrorReport error) {
        for (String line : error.details().split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return error.description();
    }
}
