package org.comlife.checks.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.LaunchedTests;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * {@link CheckProgram} methods are tests: one passes when the verdict is the one expected (and
 * gets the result), one fails with the counterexample when it is not.
 */
class CheckProgramExtensionTest {
    /** The expected verdicts pass, the method receiving the result; the unexpected one fails with the counterexample. */
    @Test
    void verdictsAreAssertedAndResultsHandedOver() {
        SampleChecks.RECEIVED.set(null);

        TestExecutionSummary summary = LaunchedTests.launch(SampleChecks.class);

        assertThat(summary.getTestsStartedCount()).isEqualTo(3);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(summary.getFailures().get(0).getException())
                .hasMessageContaining("breaks the contract").hasMessageContaining("Breaks invariant 2");
        assertThat(SampleChecks.RECEIVED.get()).isNotNull();
        assertThat(SampleChecks.RECEIVED.get().violatingEngines()).isNotEmpty();
    }
}
