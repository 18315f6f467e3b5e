package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.Invariant;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Explores one program without reductions and with them, and says how the two differ where they
 * must not: the verdict; with a violation, the invariants the counterexample breaks, whether a
 * thread failed, and whether the reduced search's counterexample replays on the plain scheduler
 * into the same breach; with none, the set of end states (canonical text; with symmetry, the
 * full search's end states are written up to the renaming of interchangeable threads too). An
 * empty list means the reduced search kept everything it must.
 */
final class ReductionCrossCheck {
    /** Far above every program it is used on; a bound reached is a failure of the check. */
    static final ExplorationBudget BUDGET = new ExplorationBudget(500_000, 5_000, 300_000);

    /** The full exploration, each reduced one (in the order asked), and what differs. */
    record Outcome(ExplorationResult full, List<ExplorationResult> reduced, List<String> differences) {
    }

    private ReductionCrossCheck() {
    }

    /** Explores the program fully and with each of the reductions, and compares. */
    static Outcome compare(Program program, RuntimeHelpers helpers, List<Reductions> reductions, int workers) {
        boolean symmetric = reductions.stream().anyMatch(Reductions::symmetry);
        List<List<String>> fullEnds = new ArrayList<>();
        ExplorationResult full = ExhaustiveExplorer.explore(program, helpers, BUDGET,
                ExplorationOptions.defaults().withWorkers(workers), symmetric, search -> {
                    fullEnds.add(search.graph.endStates());
                    fullEnds.add(search.symmetricTexts == null ? null : search.graph.endStates(search.symmetricTexts));
                });
        List<String> differences = new ArrayList<>();
        if (full.verdict() != Verdict.PASSED && full.verdict() != Verdict.VIOLATION) {
            differences.add("the full search did not finish: " + full);
        }
        List<ExplorationResult> results = new ArrayList<>();
        for (Reductions applied : reductions) {
            List<String> ends = new ArrayList<>();
            ExplorationResult reduced = ExhaustiveExplorer.explore(program, helpers, BUDGET,
                    ExplorationOptions.defaults().withWorkers(workers).withReductions(applied), false,
                    search -> ends.addAll(search.graph.endStates()));
            results.add(reduced);
            String label = applied.label() + ": ";
            if (reduced.verdict() != full.verdict()) {
                differences.add(label + "verdict " + reduced.verdict() + ", full " + full.verdict() + " (" + reduced + ")");
            } else if (full.verdict() == Verdict.VIOLATION) {
                compareViolations(label, program, helpers, full.counterexample(), reduced.counterexample(), differences);
            } else if (full.verdict() == Verdict.PASSED) {
                List<String> expected = fullEnds.get(applied.symmetry() ? 1 : 0);
                if (!ends.equals(expected)) {
                    differences.add(label + "end states differ: " + ends.size() + " reduced, " + expected.size() + " full");
                }
                if (reduced.distinctStates() > full.distinctStates()) {
                    differences.add(label + "met more states: " + reduced.distinctStates() + " > " + full.distinctStates());
                }
            }
        }
        return new Outcome(full, results, differences);
    }

    private static void compareViolations(String label, Program program, RuntimeHelpers helpers,
                                          ExhaustiveCounterexample full, ExhaustiveCounterexample reduced,
                                          List<String> differences) {
        if (!invariants(reduced.breaches()).equals(invariants(full.breaches()))) {
            differences.add(label + "broken invariants " + invariants(reduced.breaches()) + " reduced, "
                    + invariants(full.breaches()) + " full");
        }
        if (reduced.threadFailures().isEmpty() != full.threadFailures().isEmpty()) {
            differences.add(label + "thread failures " + reduced.threadFailures() + " reduced, " + full.threadFailures() + " full");
        }
        List<Breach> replayed = replay(program, helpers, reduced);
        if (!invariants(replayed).equals(invariants(reduced.breaches()))) {
            differences.add(label + "the reduced counterexample " + reduced.schedule() + " replays into " + replayed
                    + " on the plain scheduler, not " + reduced.breaches());
        }
    }

    /** The breaches the plain scheduler reaches by following the schedule (the end-of-run ones too when it ends there). */
    private static List<Breach> replay(Program program, RuntimeHelpers helpers, ExhaustiveCounterexample found) {
        List<Breach> breaches = new ArrayList<>();
        ScheduledRun run = DeterministicScheduler.run(program, helpers, new ReplayChooser(found.schedule()),
                (step, world, threads) -> {
                    if (step == found.length()) {
                        breaches.addAll(InvariantChecker.check(WorldSnapshot.of(world), false));
                    }
                    return false;
                }, found.length());
        if (run.ending() == ScheduledRun.Ending.COMPLETED) {
            breaches.clear();
            breaches.addAll(InvariantChecker.check(WorldSnapshot.of(run.world()), true));
        }
        return breaches;
    }

    private static Set<Invariant> invariants(List<Breach> breaches) {
        Set<Invariant> invariants = new TreeSet<>();
        for (Breach breach : breaches) {
            invariants.add(breach.invariant());
        }
        return invariants;
    }
}
