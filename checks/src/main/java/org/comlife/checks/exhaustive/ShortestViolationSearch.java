package org.comlife.checks.exhaustive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Looks for a violation shorter than one already found: a breadth-first search from the initial
 * state, level by level, that stops at the first violating state (or completed run with a
 * problem) it meets, so what it returns is a shortest counterexample there is.
 *
 * <p>Breadth-first, the first path into a state is a shortest one, so visited states are pruned
 * without losing any shorter path. Each transition is one run: replay the path to the state,
 * take the transition, look at the new state, and stop one step later (the step after is only
 * taken to learn which threads the new state enables).
 */
final class ShortestViolationSearch {
    /** A state to expand: the schedule into it, and the threads it enables. */
    private record Frontier(List<String> schedule, List<String> enabled) {
    }

    private final Program program;
    private final RuntimeHelpers implementation;
    private final int maxStepsPerRun;
    private final long deadlineNanos;
    private final Set<ExploredState> visited = new HashSet<>();
    private final LineTable lines = new LineTable();
    private final Queue<Frontier> frontier = new ArrayDeque<>();
    private long runs;
    private boolean outOfTime;

    private ShortestViolationSearch(Program program, RuntimeHelpers implementation, int maxStepsPerRun,
                                    long deadlineNanos) {
        this.program = program;
        this.implementation = implementation;
        this.maxStepsPerRun = maxStepsPerRun;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * The outcome: a counterexample shorter than the bound (or null), the distinct states met,
     * the runs spent, and whether time ran out first.
     */
    record Outcome(ExhaustiveCounterexample shorter, int distinctStates, long runs, boolean outOfTime) {
    }

    /** Searches for a counterexample of fewer than {@code lengthBound} steps until the deadline. */
    static Outcome search(Program program, RuntimeHelpers implementation, int maxStepsPerRun, int lengthBound,
                          long deadlineNanos) {
        ShortestViolationSearch search =
                new ShortestViolationSearch(program, implementation, maxStepsPerRun, deadlineNanos);
        ExhaustiveCounterexample found = search.run(lengthBound);
        return new Outcome(found, search.visited.size(), search.runs, search.outOfTime);
    }

    private ExhaustiveCounterexample run(int lengthBound) {
        ExhaustiveCounterexample found = step(List.of(), null);
        while (found == null && !frontier.isEmpty()) {
            Frontier next = frontier.remove();
            if (next.schedule().size() + 1 >= lengthBound) {
                return null; // breadth-first: every state left is at least this deep
            }
            for (String thread : next.enabled()) {
                if (System.nanoTime() > deadlineNanos) {
                    outOfTime = true;
                    return null;
                }
                found = step(next.schedule(), thread);
                if (found != null) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * One run: follows {@code schedule}, then runs {@code thread} (null: looks at the initial
     * state); a new state is queued, a violating one returned.
     */
    private ExhaustiveCounterexample step(List<String> schedule, String thread) {
        runs++;
        List<String> path = new ArrayList<>(schedule);
        if (thread != null) {
            path.add(thread);
        }
        int depth = path.size();
        List<List<String>> enabledThere = new ArrayList<>();
        Chooser replay = new ReplayChooser(path);
        Chooser chooser = (enabled, step) -> {
            if (step >= depth) {
                enabledThere.add(List.copyOf(enabled));
            }
            return replay.choose(enabled, step);
        };
        List<ExhaustiveCounterexample> violationThere = new ArrayList<>();
        boolean[] seenBefore = new boolean[1];
        StepObserver observer = (step, world, threads) -> {
            if (step < depth) {
                return false;
            }
            if (step > depth) {
                return true;
            }
            WorldSnapshot snapshot = WorldSnapshot.of(world);
            if (!visited.add(ExploredState.of(snapshot, threads.get(), lines))) {
                seenBefore[0] = true;
                return true;
            }
            List<Breach> breaches = InvariantChecker.check(snapshot, false);
            if (!breaches.isEmpty()) {
                violationThere.add(new ExhaustiveCounterexample(path, world.journal().entries(), breaches, List.of()));
                return true;
            }
            return false;
        };
        ScheduledRun run = DeterministicScheduler.run(program, implementation, chooser, observer, maxStepsPerRun);
        if (run.ending() == ScheduledRun.Ending.DIVERGED || run.ending() == ScheduledRun.Ending.STUCK) {
            throw new IllegalStateException(run.ending() + ": " + run.endingDetail());
        }
        if (seenBefore[0]) {
            return null;
        }
        if (!violationThere.isEmpty()) {
            return violationThere.get(0);
        }
        if (run.ending() == ScheduledRun.Ending.COMPLETED && run.steps() == depth) {
            return EndOfRun.problem(run);
        }
        if (!enabledThere.isEmpty()) { // else the step bound cut the run: nothing to expand within it
            frontier.add(new Frontier(path, enabledThere.get(0)));
        }
        return null;
    }
}
