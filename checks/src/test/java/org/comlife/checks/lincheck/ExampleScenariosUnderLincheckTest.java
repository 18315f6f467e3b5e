package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.impl.ImplementationUnderCheck;
import org.comlife.checks.worked.handoff.WorkerHandoff;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The source documents' three programs under Lincheck's model checker: whatever the
 * interleaving of their real threads, the reference runs them with no violation, no deadlock
 * and every invariant holding at the end.
 */
class ExampleScenariosUnderLincheckTest {
    /** The false deadlock came at the sixth or seventh interleaving. */
    private static final int WORKER_HANDOFF_INVOCATIONS = 10;

    /** The example passes every interleaving Lincheck explores, and it explored the whole budget. */
    @ParameterizedTest
    @EnumSource(value = ExampleScenario.class, names = {"VS_PACKAGE", "MANAGED_AUTO_MARSHAL", "OUT_OF_PROCESS_SERVER"})
    void referenceRunsExampleWithNoViolation(ExampleScenario scenario) {
        ScenarioOutcome outcome = ScenarioModelCheck.check(scenario, ImplementationUnderCheck.get(),
                LincheckTierBudgets.SCENARIO_INVOCATIONS);

        assertThat(outcome.failure()).as(scenario.id()).isNull();
        assertThat(outcome.invocations()).isEqualTo(LincheckTierBudgets.SCENARIO_INVOCATIONS);
    }

    /** The scenario check can fail: the foreign-pointer misuse is reported with invariant 5 and the run's API calls, on the first run. */
    @Test
    void foreignPointerMisuseFailsTheScenarioCheck() {
        ScenarioOutcome outcome = ScenarioModelCheck.check(ExampleScenario.VS_PACKAGE_FOREIGN_POINTER,
                RuntimeHelpers.reference(), LincheckTierBudgets.SCENARIO_INVOCATIONS);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.invocations()).isEqualTo(1);
        assertThat(outcome.failure()).contains("invariant 5").contains("run 1 of 1 under Lincheck's model checker")
                .contains("QueryService").contains("RPC_E_WRONG_THREAD");
    }

    /**
     * A main STA that hands a stream to a worker its program creates after it, and pumps waiting
     * for that worker, is not deadlocked in any interleaving: before the program's threads started
     * together, Lincheck let main wait before the worker existed and reported a false deadlock.
     */
    @Test
    void mainWaitingForAWorkerCreatedAfterItIsNotDeadlocked() {
        ProgramOutcome outcome = ScenarioModelCheck.check("worker-handoff",
                new WorkerHandoff(ProgramParameters.parse(List.of("workers=1"))), RuntimeHelpers.reference(),
                WORKER_HANDOFF_INVOCATIONS);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.invocations()).isEqualTo(WORKER_HANDOFF_INVOCATIONS);
    }
}
