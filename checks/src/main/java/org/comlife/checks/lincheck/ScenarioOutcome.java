package org.comlife.checks.lincheck;

/**
 * What Lincheck's model checker found over one scenario: passed, or its report (the
 * interleaving, the broken invariant), with how many interleavings really ran and the time.
 */
public record ScenarioOutcome(ExampleScenario scenario, String implementation, boolean passed, String failure,
                              int invocations, long millis) {
}
