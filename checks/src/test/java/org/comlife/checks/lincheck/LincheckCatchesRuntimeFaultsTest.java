package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tier catches real bugs: each seeded runtime fault (split-release, a non-atomic
 * unmarshal-once test, a GIT whose revoke races get) makes its helper check fail under the
 * model checker, with the interleaving that leads to the error. The model checker's search is
 * deterministic, so it catches them on every run; the stress strategy depends on the machine's
 * timing (it caught split-release in 2 of 10 tries on a loaded 2-core machine), so its catch
 * rates are measured by {@link LincheckCatchMeasurement}, not asserted. The reference passing
 * the same checks is {@link HelperLinearizabilityTest}.
 */
class LincheckCatchesRuntimeFaultsTest {

    /** The model checker fails on the fault and prints the interleaving that leads to the error. */
    @ParameterizedTest
    @EnumSource(RuntimeFaults.class)
    void modelCheckerCatchesFaultWithItsInterleaving(RuntimeFaults fault) {
        LincheckOutcome outcome = LincheckRunner.check(fault.check, LincheckStrategy.MODEL_CHECKING,
                fault.implementation, LincheckTierBudgets.HELPER_MODEL_CHECKING);

        assertThat(outcome.passed()).as(fault + " escaped the model checker").isFalse();
        assertThat(outcome.failure()).contains("Invalid execution results");
        assertThat(outcome.showsInterleaving()).as(outcome.failure()).isTrue();
        assertThat(outcome.invocations()).isPositive();
    }
}
