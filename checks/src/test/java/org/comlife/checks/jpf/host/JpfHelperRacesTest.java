package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.impl.sample.CountThatForgetsToSuspend;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.jpf.race.HelperRace;
import org.comlife.checks.jpf.race.JpfHelperRaceDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a real jpf-core (skipped without one), the helper races: the reference is linearizable in
 * every interleaving of each race, and each runtime fault whose window lies inside one helper
 * call is caught on its race at bytecode granularity as an outcome no sequential order gives.
 */
class JpfHelperRacesTest {
    /** The largest race measured (the server-process count with the reference) needs about 3,600 states. */
    static final JpfBudget BUDGET = new JpfBudget(120_000, 30_000, 1024);

    /** The reference passes the race: JPF explored every interleaving and each outcome is some sequential order's. */
    @ParameterizedTest
    @EnumSource(HelperRace.class)
    void referenceIsLinearizableInEveryInterleaving(HelperRace race) {
        JpfResult result = JpfTier.runnerOrSkip().run(JpfTarget.helperRace(race, JpfImplementations.REFERENCE),
                BUDGET, JpfGranularity.BYTECODE);

        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.PASSED);
        assertThat(result.statistics().newStates()).as(result.summary()).isPositive();
        assertThat(result.statistics().endStates()).as(result.summary()).isPositive();
    }

    /** JPF catches the fault on its helper race with an AssertionError that names the non-linearizable outcome it observed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "split-release             | release() = 0, lockForActivation() = true",
            "non-atomic-unmarshal-once | unmarshal() = S_OK, unmarshal() = S_OK",
            "git-revoke-races-get      | get(0) = CO_E_OBJNOTCONNECTED, revoke(0) = S_OK"})
    void jpfCatchesTheFaultOnItsHelperRace(String faultId, String observed) {
        JpfTarget hunted = JpfTarget.hunt(FaultId.of(faultId));
        JpfResult result = JpfTier.runnerOrSkip().run(hunted, BUDGET, JpfGranularity.BYTECODE);

        assertThat(hunted.isHelperRace()).as(hunted.program()).isTrue();
        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.ERROR_FOUND);
        assertThat(result.statistics().newStates()).as(result.summary()).isPositive();
        JpfCounterexample counterexample = result.counterexample();
        assertThat(counterexample.property()).isEqualTo("NoUncaughtExceptionsProperty");
        assertThat(counterexample.description()).as(counterexample.render())
                .startsWith("java.lang.AssertionError: " + hunted.id() + " race with " + hunted.implementation())
                .contains(JpfHelperRaceDriver.NOT_LINEARIZABLE, "observed " + observed);
    }

    /** A user's implementation, named by its class, is loaded inside JPF from the user's class path and caught like a seeded fault. */
    @Test
    void userImplementationIsLoadedByClassAndChecked() {
        JpfRunner runner = new JpfRunner(JpfTier.installationOrSkip(),
                java.util.List.of(CodeLocations.of(CountThatForgetsToSuspend.class)));
        String implementation = JpfImplementations.ofClass(CountThatForgetsToSuspend.class.getName());

        JpfResult result = runner.run(JpfTarget.helperRace(HelperRace.SERVER_PROCESS_COUNT, implementation), BUDGET,
                JpfGranularity.BYTECODE);

        assertThat(result.verdict()).as(result.summary() + " " + result.failure()).isEqualTo(JpfVerdict.ERROR_FOUND);
        assertThat(result.counterexample().description()).as(result.counterexample().render())
                .contains(JpfHelperRaceDriver.NOT_LINEARIZABLE, "CountThatForgetsToSuspend");
    }

    /**
     * Switching threads only at synchronization still catches the faults whose window lies
     * between two critical sections, but not the check-then-act on a volatile field.
     */
    @ParameterizedTest
    @ValueSource(strings = {"split-release", "git-revoke-races-get", "non-atomic-unmarshal-once"})
    void synchronizationGranularitySeesOnlyTheWindowsBetweenLocks(String faultId) {
        JpfResult result = JpfTier.runnerOrSkip().run(JpfTarget.hunt(FaultId.of(faultId)), BUDGET,
                JpfGranularity.SYNCHRONIZATION);

        assertThat(result.verdict()).as(result.summary()).isEqualTo(
                "non-atomic-unmarshal-once".equals(faultId) ? JpfVerdict.PASSED : JpfVerdict.ERROR_FOUND);
    }
}
