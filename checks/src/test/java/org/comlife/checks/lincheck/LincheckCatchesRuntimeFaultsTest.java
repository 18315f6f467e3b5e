package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tier catches real bugs: each seeded runtime fault (split-release, a non-atomic
 * unmarshal-once test, a GIT whose revoke races get, no implicit LockServer) makes the helper
 * check its catalogue entry names fail under the model checker, with the interleaving that
 * leads to the error. The model checker's search is deterministic, so it catches them on every
 * run; the stress strategy depends on the machine's timing (it caught split-release in 2 of 10
 * tries on a loaded 2-core machine), so its catch rates are measured by
 * {@link LincheckCatchMeasurement}, not asserted. The reference passing the same checks is
 * {@link HelperLinearizabilityTest}.
 */
class LincheckCatchesRuntimeFaultsTest {

    /** The catalogue's faults that name a Lincheck helper check: the runtime faults. */
    static List<Fault> runtimeFaults() {
        return FaultCatalogue.all().stream().filter(fault -> fault.lincheckCheck() != null).toList();
    }

    /** The model checker fails on the fault and prints the interleaving that leads to the error. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimeFaults")
    void modelCheckerCatchesFaultWithItsInterleaving(Fault fault) {
        LincheckOutcome outcome = LincheckRunner.check(fault.lincheckCheck(), LincheckStrategy.MODEL_CHECKING,
                fault.helpers(), fault.lincheckCheck().modelCheckingBudget());

        assertThat(outcome.passed()).as(fault + " escaped the model checker").isFalse();
        assertThat(outcome.failure()).contains("Invalid execution results");
        assertThat(outcome.showsInterleaving()).as(outcome.failure()).isTrue();
        assertThat(outcome.invocations()).isPositive();
    }
}
