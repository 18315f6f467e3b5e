package org.comlife.checks.worked;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.usercheck.ProgramClass;
import org.comlife.checks.usercheck.ProgramLoader;
import org.comlife.checks.usercheck.ProgramRejected;
import org.comlife.checks.usercheck.UserProgram;
import org.comlife.model.Invariant;
import org.comlife.model.program.ProgramParameters;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.specs.invariants.Breach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each worked program, loaded by name as {@code comlife check} loads it, has the exhaustive
 * explorer's result it ships with: its verdict, and its distinct states when it passes or the
 * length of its shortest counterexample and the invariants broken when it fails.
 */
class WorkedProgramsTest {

    /** The explorer's verdict and count at the default parameters are the ones the program ships with. */
    @ParameterizedTest
    @EnumSource(WorkedProgram.class)
    void theExplorerMeetsTheExpectedResult(WorkedProgram worked) throws ProgramRejected {
        UserProgram program = ProgramLoader.load(ProgramClass.onClasspath(worked.type().getName(),
                ProgramParameters.none()));

        ExplorationResult result = ExhaustiveExplorer.explore(program.program(), RuntimeHelpers.reference(),
                new ExplorationBudget(1_000_000, 5_000, 600_000));

        assertThat(result.verdict()).as(result.toString()).isEqualTo(worked.verdict());
        if (worked.verdict() == Verdict.PASSED) {
            assertThat(result.distinctStates()).as(result.toString()).isEqualTo(worked.measure());
        } else {
            assertThat(result.counterexampleShortest()).isTrue();
            assertThat(result.counterexample().length()).as(result.counterexample().schedule().toString())
                    .isEqualTo(worked.measure());
            Set<Invariant> broken = EnumSet.noneOf(Invariant.class);
            for (Breach breach : result.counterexample().breaches()) {
                broken.add(breach.invariant());
            }
            assertThat(broken).isEqualTo(worked.breaks());
        }
    }
}
