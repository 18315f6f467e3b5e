package org.comlife.checks.jpf.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.lincheck.ExampleScenario;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JPF matching its states on the program's state ({@link JpfGranularity#PROGRAM_STATE}), when
 * jpf-core is given (skipped otherwise): it explores the examples completely and meets exactly
 * the exhaustive explorer's states, though it runs the real bytecode on real threads and the
 * explorer runs the program under its own scheduler; and it checks the invariants in every state.
 */
class JpfProgramStateTest {
    /** Far beyond the runs measured: the VS package example in about 5 s, GIT with one call per worker in about 100 s. */
    static final JpfBudget BUDGET = new JpfBudget(600_000, 1_000_000, 2048);
    static final ExplorationBudget EXPLORER_BUDGET = new ExplorationBudget(100_000, 10_000, 120_000);

    /** The VS package example: JPF's program states are the explorer's distinct states, one for one in number. */
    @Test
    void vsPackageMeetsTheExplorersStates() {
        assertSameStatesAsTheExplorer(JpfTarget.example(ExampleScenario.VS_PACKAGE, JpfImplementations.REFERENCE),
                ExhaustiveExplorer.explore(ExampleScenario.VS_PACKAGE.program(), RuntimeHelpers.reference(),
                        EXPLORER_BUDGET));
    }

    /** The GIT wrapper example with one call per worker (over a million heap states to JPF at API_STEP) closes, at the explorer's 650 states. */
    @Test
    void managedAutoMarshalWithOneCallMeetsTheExplorersStates() {
        assertSameStatesAsTheExplorer(
                JpfTarget.example(ExampleScenario.MANAGED_AUTO_MARSHAL, JpfImplementations.REFERENCE, 1),
                ExhaustiveExplorer.explore(ExampleScenario.MANAGED_AUTO_MARSHAL.program(1),
                        RuntimeHelpers.reference(), EXPLORER_BUDGET));
    }

    /** A fault whose window lies between API steps is caught, with the broken invariant and the path to it. */
    @ParameterizedTest
    @ValueSource(strings = {"tedious-count", "lockserver-window"})
    void faultBetweenApiStepsIsCaught(String faultId) {
        JpfResult result = JpfTier.unlessJdkGap(JpfTier.runnerOrSkip().run(JpfTarget.fault(FaultId.of(faultId)), BUDGET,
                JpfGranularity.PROGRAM_STATE));

        assertThat(result.verdict()).as(result.summary()).isEqualTo(JpfVerdict.ERROR_FOUND);
        assertThat(result.counterexample().brokenInvariants()).as(result.counterexample().render()).isNotEmpty();
        assertThat(result.counterexample().steps()).as(result.counterexample().render()).isNotEmpty();
        assertThat(result.statistics().programStates()).as(result.summary()).isPositive();
    }

    private static void assertSameStatesAsTheExplorer(JpfTarget target, ExplorationResult explorer) {
        JpfResult jpf = JpfTier.runnerOrSkip().run(target, BUDGET, JpfGranularity.PROGRAM_STATE);

        assertThat(explorer.verdict()).as(explorer.toString()).isEqualTo(Verdict.PASSED);
        assertThat(jpf.verdict()).as(jpf.summary()).isEqualTo(JpfVerdict.PASSED);
        assertThat(jpf.searchConstraint()).as(jpf.summary()).isNull();
        assertThat(jpf.statistics().endStates()).as(jpf.summary()).isPositive();
        assertThat(jpf.statistics().programStates()).as(jpf.summary()).isEqualTo(explorer.distinctStates());
    }
}
