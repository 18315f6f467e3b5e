package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.matrix.EngineId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catalogue faults that claim JPF, hunted on their own scenarios the way the matrix hunts them,
 * at synchronization granularity ({@link JpfRunner#huntGranularity}; skipped
 * without jpf-core, or while the catalogue cannot be built under JPF). On its scenario
 * split-release escapes 50,000 states at either granularity (see checks/JPF.md); JPF hunts it,
 * and non-atomic-unmarshal-once, on their helper races instead ({@link JpfHelperRacesTest}).
 */
class JpfCatalogueFaultsTest {
    /** git-revoke-races-get, the slowest caught here, needs about 37,000 states. */
    static final JpfBudget BUDGET = new JpfBudget(120_000, 60_000, 2048);

    /** The faults that claim JPF and that JPF hunts on their own program (not on a helper race). */
    static List<Fault> claimedOnTheirProgram() {
        return FaultCatalogue.claimedBy(EngineId.JPF).stream().filter(fault -> fault.jpfRace() == null).toList();
    }

    /** JPF catches the fault: its counterexample names a broken invariant or the thread that failed, with the COM calls before it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claimedOnTheirProgram")
    void jpfCatchesTheFaultOnItsScenario(Fault fault) {
        JpfTarget target = JpfTarget.hunt(fault.id());
        assertCaught(JpfTier.unlessJdkGap(JpfTier.runnerOrSkip().run(target, BUDGET,
                JpfRunner.huntGranularity(target))));
    }

    /** A window inside one helper call shows on a whole scenario too, when JPF may switch at every shared access. */
    @Test
    void gitRevokeRacesGetIsCaughtOnItsScenarioAtBytecodeGranularity() {
        assertCaught(JpfTier.unlessJdkGap(JpfTier.runnerOrSkip().run(
                JpfTarget.fault(FaultId.of("git-revoke-races-get")), BUDGET, JpfGranularity.BYTECODE)));
    }

    private static void assertCaught(JpfResult result) {
        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.ERROR_FOUND);
        JpfCounterexample counterexample = result.counterexample();
        assertThat(counterexample.brokenInvariants().isEmpty() && counterexample.failedThread() == null)
                .as(counterexample.render()).isFalse();
        assertThat(counterexample.steps()).as(counterexample.render()).isNotEmpty();
    }

    /** The twin, written right, shows no error with the reference within the bound. */
    @Test
    void twinShowsNoError() {
        JpfResult result = JpfTier.unlessJdkGap(JpfTier.runnerOrSkip().run(
                JpfTarget.twin(FaultId.of("lockserver-window"), JpfImplementations.REFERENCE), BUDGET.withMaxStates(12_000),
                JpfGranularity.BYTECODE));

        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.BOUND_REACHED);
        assertThat(result.statistics().endStates()).as(result.summary()).isPositive();
    }
}
