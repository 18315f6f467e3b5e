package org.comlife.checks.property.shrink;

import java.util.Comparator;
import java.util.SplittableRandom;
import org.comlife.checks.property.execute.CaseFailure;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.CaseRunner;

/**
 * Shrinks the schedule of a minimal chain ({@link PreemptionBoundSearch}): keeps the schedule
 * that still breaks the same invariant with the fewest API steps to the failure, then the fewest
 * preemptions.
 */
final class ScheduleShrinker {
    /** Fewer API steps first, then fewer preemptions. */
    private static final Comparator<CaseRun> SHORTER = Comparator.comparingInt(CaseRun::apiSteps)
            .thenComparingInt(CaseRun::preemptions);

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
        PreemptionBoundSearch<CaseRun> search = new PreemptionBoundSearch<>(chooser -> {
            runs++;
            return runner.run(current.chain(), chooser);
        }, attempt -> attempt.failed() && attempt.failure().sameAs(target), SHORTER);
        return search.shrink(current, current.preemptions(), budget.schedulesPerBound(), seeds, () -> true);
    }

    int runs() {
        return runs;
    }
}
