package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tier catches real bugs: each seeded runtime fault (split-release, a non-atomic
 * unmarshal-once test, a GIT whose revoke races get) makes its helper check fail, under the
 * model checker with the interleaving that leads to the error, and under stress with the
 * results that have no sequential explanation. The reference passing the same checks is
 * {@link HelperLinearizabilityTest}.
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

    /** The stress strategy fails on the fault too, with the non-linearizable results. */
    @ParameterizedTest
    @EnumSource(RuntimeFaults.class)
    void stressCatchesFault(RuntimeFaults fault) {
        LincheckOutcome outcome = LincheckRunner.check(fault.check, LincheckStrategy.STRESS, fault.implementation,
                LincheckTierBudgets.HELPER_STRESS);

        assertThat(outcome.passed()).as(fault + " escaped the stress strategy").isFalse();
        assertThat(outcome.failure()).contains("Invalid execution results");
    }
}
