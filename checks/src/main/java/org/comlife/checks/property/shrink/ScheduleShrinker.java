package org.comlife.checks.property.shrink;

import java.util.SplittableRandom;
import org.comlife.checks.property.execute.CaseFailure;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.CaseRunner;
import org.comlife.checks.property.execute.PreemptionBoundedChooser;

/**
 * Shrinks the schedule of a minimal chain: searches schedules with 0, 1, 2… preemptions (up to
 * the current count) for ones that still break the same invariant, and keeps the one with the
 * fewest API steps to the failure, then the fewest preemptions. The search stops at the first
 * bound that improved on the current schedule.
 */
final class ScheduleShrinker {
    private final CaseRunner runner;
    private final ShrinkBudget budget;
    private final SplittableRandom seeds;
    private int runs;

    ScheduleShrinker(CaseRunner runner, ShrinkBudget budget, SplittableRandom seeds) {
        this.runner = runner;
        this.budget = budget;
        this.seeds = seeds;
    }

    CaseRun shrink(CaseRun current, CaseFailure target) {
        CaseRun best = current;
        for (int bound = 0; bound <= current.preemptions(); bound++) {
            boolean found = false;
            for (int k = 0; k < budget.schedulesPerBound(); k++) {
                runs++;
                CaseRun attempt = runner.run(current.chain(), new PreemptionBoundedChooser(seeds.nextLong(), bound));
                if (attempt.failed() && attempt.failure().sameAs(target) && better(attempt, best)) {
                    best = attempt;
                    found = true;
                }
            }
            if (found) {
                break;
            }
        }
        return best;
    }

    private static boolean better(CaseRun candidate, CaseRun best) {
        if (candidate.apiSteps() != best.apiSteps()) {
            return candidate.apiSteps() < best.apiSteps();
        }
        return candidate.preemptions() < best.preemptions();
    }

    int runs() {
        return runs;
    }
}
