package org.comlife.checks.exhaustive;

import java.util.List;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/** What a completed run is judged on: the end-of-run invariants, and whether a thread of the program failed. */
final class EndOfRun {
    private EndOfRun() {
    }

    /** The counterexample the completed run is, or null when it ended clean. */
    static ExhaustiveCounterexample problem(ScheduledRun run) {
        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(run.world()), true);
        if (breaches.isEmpty() && run.threadFailures().isEmpty()) {
            return null;
        }
        return new ExhaustiveCounterexample(run.schedule(), run.world().journal().entries(), breaches,
                run.threadFailures());
    }
}
