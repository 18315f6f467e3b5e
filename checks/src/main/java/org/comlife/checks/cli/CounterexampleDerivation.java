package org.comlife.checks.cli;

import org.comlife.checks.exhaustive.ExhaustiveCounterexample;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.checks.matrix.LincheckEngine;

/**
 * Works out the counterexample {@code comlife explain} shows for a fault: the shortest schedule
 * of API calls the exhaustive explorer finds into a broken state; for a fault whose window lies
 * inside one helper call (no schedule of API calls shows it), the interleaving of the Lincheck
 * check its entry names. Both searches are deterministic, so the result is pinned
 * ({@link PinnedCounterexamples}) and explain prints it without searching.
 */
final class CounterexampleDerivation {
    /** The explorer's bound: every catalogue fault's program is found well inside it. */
    private static final ExplorationBudget BUDGET = new ExplorationBudget(1_000_000, 5_000, 300_000);

    private CounterexampleDerivation() {
    }

    static PinnedCounterexamples.Pinned derive(Fault fault) {
        if (fault.claimOf(EngineId.EXHAUSTIVE).isOutOfReach()) {
            return lincheck(fault, "its entry says why the explorer cannot show it");
        }
        ExplorationResult result = ExhaustiveExplorer.explore(fault.program(), fault.helpers(), BUDGET);
        if (result.verdict() == Verdict.VIOLATION && result.counterexampleShortest()) {
            ExhaustiveCounterexample found = result.counterexample();
            int last = found.journal().isEmpty() ? 0 : found.journal().get(found.journal().size() - 1).step();
            return new PinnedCounterexamples.Pinned(fault.id().toString(), EngineId.EXHAUSTIVE.id(), found.length(),
                    JournalCounterexample.of(found.journal(), last, found.firstProblem(),
                            "the shortest schedule of API calls into a broken state", null));
        }
        return lincheck(fault, "the explorer found none: " + result);
    }

    private static PinnedCounterexamples.Pinned lincheck(Fault fault, String whyNotTheExplorer) {
        if (fault.lincheckCheck() == null) {
            throw new IllegalStateException(fault.id() + ": no shortest schedule of API calls (" + whyNotTheExplorer
                    + ") and the fault names no Lincheck check");
        }
        LincheckOutcome outcome = LincheckRunner.check(fault.lincheckCheck(), LincheckStrategy.MODEL_CHECKING,
                fault.helpers(), fault.lincheckCheck().modelCheckingBudget());
        if (outcome.passed()) {
            throw new IllegalStateException(fault.id() + ": neither the explorer nor Lincheck's "
                    + fault.lincheckCheck().id() + " check found it");
        }
        return new PinnedCounterexamples.Pinned(fault.id().toString(), EngineId.LINCHECK.id(),
                outcome.finding().steps().size(), LincheckEngine.counterexample(outcome.finding(),
                "no schedule of API calls shows it: its window lies inside one helper call; Lincheck's model "
                        + "checker on the " + fault.lincheckCheck().id() + " check switches threads inside it"));
    }
}
