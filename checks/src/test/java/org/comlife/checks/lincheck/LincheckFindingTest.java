package org.comlife.checks.lincheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.model.Invariant;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's failures are read into findings with real steps: a program's broken invariant comes
 * with the journal of the run that broke it (the program's threads and API calls), a helper's
 * non-linearizable results with each thread's operations, results and the switch point.
 */
class LincheckFindingTest {

    /** double-unmarshal under the model checker: invariant 4, and the COM calls of devenv/main and devenv/background. */
    @Test
    void aProgramsFindingIsItsJournal() {
        Fault fault = FaultCatalogue.named("double-unmarshal");
        // Every run of this program breaks the invariant: two interleavings are plenty.
        ProgramOutcome outcome = ScenarioModelCheck.check(fault.id().toString(), fault.program(), fault.helpers(), 2);

        LincheckFinding found = outcome.finding();
        assertThat(found.kind()).isEqualTo(LincheckFinding.Kind.CONTRACT_BROKEN);
        assertThat(found.invariant()).isEqualTo(Invariant.STREAM_LIFETIME);
        assertThat(found.journal()).extracting(entry -> entry.process() + "/" + entry.thread())
                .contains("devenv/main", "devenv/background");
        assertThat(found.journal()).extracting(entry -> entry.operation())
                .contains("CoGetInterfaceAndReleaseStream");
    }

    /**
     * A run that broke the contract is checked after Lincheck's runs, and the runs left are not
     * spent: double-unmarshal breaks on the first run, so five allowed runs run the program once.
     */
    @Test
    void runsAfterABreachAreNotSpent() {
        Fault fault = FaultCatalogue.named("double-unmarshal");
        ProgramOutcome outcome = ScenarioModelCheck.check(fault.id().toString(), fault.program(), fault.helpers(), 5);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.invocations()).isEqualTo(1);
        assertThat(outcome.failure()).contains("run 1 of 1 under Lincheck's model checker")
                .contains("CoGetInterfaceAndReleaseStream");
    }

    /** split-release's helper check: two threads, the release, the switch inside its suspend, the activation that slips in. */
    @Test
    void aHelpersFindingIsItsInterleaving() {
        Fault fault = FaultCatalogue.named("split-release");
        LincheckOutcome outcome = LincheckRunner.check(fault.lincheckCheck(), LincheckStrategy.MODEL_CHECKING,
                fault.helpers(), fault.lincheckCheck().modelCheckingBudget());

        LincheckFinding found = outcome.finding();
        assertThat(found.kind()).isEqualTo(LincheckFinding.Kind.NOT_LINEARIZABLE);
        assertThat(found.headline()).startsWith("linearizability: no order of the operations").contains("release(): 0",
                "lockForActivation(): true");
        assertThat(found.threads()).containsExactly("Thread 1", "Thread 2");
        assertThat(found.steps()).extracting(LincheckFinding.Step::operation)
                .containsSubsequence("release()", "decrement()", "suspend()", "(switch)", "lockForActivation()");
    }
}
