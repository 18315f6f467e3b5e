package org.comlife.checks.cli;

import java.util.List;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.checks.matrix.ProgramRef;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Replays the explorer's schedule of a program: the same threads in the same order, every
 * invariant checked in every state. A step whose recorded thread cannot run, or a run that ends
 * before the schedule does, is a divergence: the implementation took the program another way.
 */
final class ScheduleReplay {
    /** A replay runs at most this many steps past the recorded schedule. */
    private static final int MAX_STEPS = 5_000;

    private ScheduleReplay() {
    }

    static Replayed run(ProgramRef program, List<String> schedule, RuntimeHelpers helpers) {
        Breach[] first = new Breach[1];
        ScheduledRun run = DeterministicScheduler.run(program.program(), helpers, new ReplayChooser(schedule),
                (step, world, threads) -> {
                    List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(world), false);
                    if (!breaches.isEmpty()) {
                        first[0] = breaches.get(0);
                        return true;
                    }
                    return false;
                }, MAX_STEPS);
        if (first[0] == null) {
            List<Breach> atEnd = InvariantChecker.check(WorldSnapshot.of(run.world()), true);
            first[0] = atEnd.isEmpty() ? null : atEnd.get(0);
        }
        String problem = first[0] != null ? first[0].toString() : run.threadFailures().isEmpty() ? null
                : "a thread of the program failed: " + run.threadFailures().get(0);
        var drawn = JournalCounterexample.of(run.world().journal().entries(), run.world().journal().size(),
                problem == null ? "no invariant broken" : problem, null, null);
        if (run.ending() == ScheduledRun.Ending.DIVERGED) {
            return Replayed.divergedBecause(run.endingDetail(), drawn);
        }
        if (problem == null && run.steps() < schedule.size()) {
            return Replayed.divergedBecause("the run ended after " + run.steps() + " of the " + schedule.size()
                    + " recorded steps", drawn);
        }
        if (problem == null) {
            return Replayed.clean(drawn);
        }
        return new Replayed(null, problem, first[0] == null ? null : first[0].invariant(),
                Replayed.categoryOf(problem), drawn);
    }
}
