package org.comlife.checks.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.comlife.checks.coverage.programs.HelperPrograms;
import org.comlife.checks.coverage.programs.NamedProgram;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * The programs that drive every helper operation ship their expected result, as the examples
 * do: each passes completely against the reference with a pinned number of distinct states, so
 * a change of the model or of a program that alters what is explored is caught.
 */
class HelperProgramsTest {
    private static final Map<String, Integer> DISTINCT_STATES = Map.of(
            "suspend-with-live-references", 71,
            "suspended-classes-and-revoke", 57,
            "single-use-activations", 35,
            "table-marshaling", 170,
            "git-cookies", 63,
            "stream-handoffs", 59,
            "in-apartment-activation", 16);

    /** Every helper program explores completely against the reference, with its pinned number of states. */
    @Test
    void eachProgramPassesWithItsPinnedStateCount() {
        assertThat(HelperPrograms.all()).extracting(NamedProgram::name)
                .containsExactlyInAnyOrderElementsOf(DISTINCT_STATES.keySet());
        for (NamedProgram program : HelperPrograms.all()) {
            ExplorationResult result = ExhaustiveExplorer.explore(program.program(), RuntimeHelpers.reference(),
                    new ExplorationBudget(100_000, 5_000, 60_000));
            assertThat(result.verdict()).as(program.name() + ": " + result.detail()).isEqualTo(Verdict.PASSED);
            assertThat(result.distinctStates()).as(program.name()).isEqualTo(DISTINCT_STATES.get(program.name()));
        }
    }
}
