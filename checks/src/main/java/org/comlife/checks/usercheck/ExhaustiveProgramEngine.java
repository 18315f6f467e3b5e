package org.comlife.checks.usercheck;

import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.ProgramRef;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * The exhaustive explorer on a user's program: every interleaving at API-step granularity
 * within the budget. A violation comes with the shortest schedule into it; a search the budget
 * stopped says so ("bound reached") and claims nothing.
 */
final class ExhaustiveProgramEngine implements ProgramEngine {
    private final ExplorationBudget budget;

    ExhaustiveProgramEngine(ExplorationBudget budget) {
        this.budget = budget;
    }

    @Override
    public EngineId id() {
        return EngineId.EXHAUSTIVE;
    }

    @Override
    public String description() {
        return "every interleaving of the program at API-step granularity, visited-state pruning, shortest counterexample";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineFinding check(UserProgram program) {
        ExplorationResult result = ExhaustiveExplorer.explore(program.program(), RuntimeHelpers.reference(), budget);
        if (result.verdict() == Verdict.ERROR) {
            throw new IllegalStateException("the explorer could not finish a run of " + program.id() + ": "
                    + result.detail());
        }
        if (result.verdict() == Verdict.VIOLATION) {
            return ExhaustiveEngine.finding(result, ProgramRef.userProgram(program.named()));
        }
        return EngineFinding.clean(result.millis(), result.distinctStates(), "states",
                result.verdict() == Verdict.BOUND_REACHED ? BOUND_REACHED + ", not every interleaving explored: "
                        + result.detail() : "every interleaving explored (" + result.distinctStates()
                        + " states, " + result.runs() + " runs), no violation");
    }
}
