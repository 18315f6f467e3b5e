package org.comlife.checks.lincheck;

/**
 * What one Lincheck check found: passed, or the failure Lincheck reported (for model checking
 * its message holds the interleaving) and the finding read from it, with the invocations that
 * really ran and the time.
 */
public record LincheckOutcome(HelperCheck check, LincheckStrategy strategy, String implementation, boolean passed,
                              String failure, LincheckFinding finding, int invocations, long millis) {

    /** Whether the failure message shows the interleaving that leads to the error. */
    public boolean showsInterleaving() {
        return failure != null && failure.contains("The following interleaving leads to the error");
    }
}
