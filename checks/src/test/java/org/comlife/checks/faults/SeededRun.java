package org.comlife.checks.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.ComWorld;
import org.comlife.model.Invariant;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * One run of a program under the deterministic scheduler with a random chooser, with every
 * invariant checked in every state between steps and the end-of-run properties at the end.
 */
record SeededRun(long seed, ScheduledRun run, List<Breach> breaches) {
    /** Far more steps than any catalogue scenario takes; reaching it means a runaway program. */
    static final int MAX_STEPS = 400;

    static SeededRun of(Program program, RuntimeHelpers helpers, long seed) {
        // Keyed by text: a sanitizer violation is seen again in every later state.
        Map<String, Breach> seen = new LinkedHashMap<>();
        ScheduledRun run = DeterministicScheduler.run(program, helpers, new RandomChooser(seed),
                (step, world, threads) -> {
                    note(seen, world, false);
                    return false;
                }, MAX_STEPS);
        note(seen, run.world(), true);
        return new SeededRun(seed, run, new ArrayList<>(seen.values()));
    }

    private static void note(Map<String, Breach> seen, ComWorld world, boolean atEnd) {
        for (Breach breach : InvariantChecker.check(WorldSnapshot.of(world), atEnd)) {
            seen.putIfAbsent(breach.toString(), breach);
        }
    }

    Set<Integer> brokenInvariants() {
        Set<Integer> numbers = new TreeSet<>();
        for (Breach breach : breaches) {
            numbers.add(breach.invariant().number());
        }
        return numbers;
    }

    boolean broke(Invariant invariant) {
        for (Breach breach : breaches) {
            if (breach.invariant() == invariant) {
                return true;
            }
        }
        return false;
    }

    /** Completed with no broken invariant and no failed thread: what a correct twin must do. */
    boolean clean() {
        return breaches.isEmpty() && run.ending() == ScheduledRun.Ending.COMPLETED && run.threadFailures().isEmpty();
    }

    /** The logical threads that ran, server threads the SCM launched included. */
    int threads() {
        return run.world().threads().size();
    }

    String describe() {
        return "seed " + seed + ": " + run.ending() + " after " + run.steps() + " steps " + run.schedule()
                + (run.endingDetail().isEmpty() ? "" : " (" + run.endingDetail() + ")")
                + (run.threadFailures().isEmpty() ? "" : ", thread failures " + run.threadFailures())
                + (breaches.isEmpty() ? ", no breach" : ", breaches " + breaches);
    }
}
