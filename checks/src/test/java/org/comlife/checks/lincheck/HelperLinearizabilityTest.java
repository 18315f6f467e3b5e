package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.impl.ImplementationUnderCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each reference helper is linearizable against its sequential specification, under
 * Lincheck's model checker and under its stress strategy. What each check claims, and what it
 * leaves out, is stated on the operation classes ({@link ServerProcessCountOperations},
 * {@link ClassTableOperations}, {@link GlobalInterfaceTableOperations},
 * {@link UnmarshalOncePacketOperations}).
 */
class HelperLinearizabilityTest {

    /** The reference helper passes the model checker, which really ran its whole budget. */
    @ParameterizedTest
    @EnumSource(HelperCheck.class)
    void referenceIsLinearizableUnderModelChecking(HelperCheck check) {
        assertPassesWithFullBudget(check, LincheckStrategy.MODEL_CHECKING, check.modelCheckingBudget());
    }

    /** The reference helper passes the stress strategy, which really ran its whole budget. */
    @ParameterizedTest
    @EnumSource(HelperCheck.class)
    void referenceIsLinearizableUnderStress(HelperCheck check) {
        assertPassesWithFullBudget(check, LincheckStrategy.STRESS, LincheckTierBudgets.HELPER_STRESS);
    }

    private static void assertPassesWithFullBudget(HelperCheck check, LincheckStrategy strategy, LincheckBudget budget) {
        LincheckOutcome outcome = LincheckRunner.check(check, strategy, ImplementationUnderCheck.get(), budget);

        assertThat(outcome.failure()).as(check.id() + " under " + strategy).isNull();
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.invocations()).as("invocations that really ran")
                .isGreaterThanOrEqualTo((int) budget.totalInvocations());
    }
}
