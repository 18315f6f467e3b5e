package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.Program;
import org.comlife.checks.schedule.ScheduleDiverged;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.ComWorld;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Explores every interleaving of a bounded program at API-step granularity: a depth-first
 * search over the deterministic scheduler's choices with visited-state pruning, every
 * invariant checked in every new state and the end-of-run invariants in every final state.
 *
 * <p>The model's state cannot be saved and restored, so each branch is a fresh run that
 * replays the path to its branching point and then goes deeper. A state already seen ends the
 * run there: its future was explored when it was first met, whatever the path. A violating
 * state is not expanded. Deadlock is found by the model itself (every thread waits, none can go
 * on) and shows as a violation of invariant 6. A run in which a thread of the program fails (an
 * API answered what the program did not expect) is a finding too.
 *
 * <p>Depth-first, the first path into a violation is seldom the shortest. When the search has
 * found one, a breadth-first search ({@link ShortestViolationSearch}) looks for a shorter one,
 * level by level up to the length found, so the counterexample returned is a shortest one.
 * Keeping shortest paths during the depth-first search instead (expanding a state again when
 * it is met by a shorter path) cost every program, failing or not: the GIT example took 40,881
 * runs instead of 8,799 (measured with the state text of the time, 8,180 states; 1,690 now).
 */
public final class ExhaustiveExplorer {
    private static final String NOT_CONFIRMED_SHORTEST =
            "the time budget ran out before a shorter counterexample was ruled out";
    private final Program program;
    private final RuntimeHelpers implementation;
    private final ExplorationBudget budget;
    private final List<ChoicePoint> path = new ArrayList<>();
    /** Every state seen. */
    private final Set<ExploredState> visited = new HashSet<>();
    private long statesVisited;
    private long transitions;
    private long runs;
    private ExhaustiveCounterexample shortest;
    private String error;

    private ExhaustiveExplorer(Program program, RuntimeHelpers implementation, ExplorationBudget budget) {
        this.program = program;
        this.implementation = implementation;
        this.budget = budget;
    }

    public static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget) {
        return new ExhaustiveExplorer(program, implementation, budget).search();
    }

    private ExplorationResult search() {
        long start = System.nanoTime();
        boolean exhausted = false;
        String bound = null;
        while (error == null) {
            runOnce();
            if (!backtrack()) {
                exhausted = true;
                break;
            }
            if (visited.size() >= budget.maxDistinctStates()) {
                bound = "more than " + budget.maxDistinctStates() + " distinct states";
                break;
            }
            if ((System.nanoTime() - start) / 1_000_000 >= budget.maxMillis()) {
                bound = "time budget of " + budget.maxMillis() + " ms spent";
                break;
            }
        }
        boolean shortestConfirmed = true;
        if (error == null && shortest != null && shortest.length() > 1) {
            ShortestViolationSearch.Outcome shorter = ShortestViolationSearch.search(program, implementation,
                    budget.maxStepsPerRun(), shortest.length(),
                    start + TimeUnit.MILLISECONDS.toNanos(budget.maxMillis()));
            runs += shorter.runs();
            if (shorter.shorter() != null) {
                shortest = shorter.shorter();
            }
            shortestConfirmed = !shorter.outOfTime();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Verdict verdict;
        String detail;
        if (error != null) {
            verdict = Verdict.ERROR;
            detail = error;
        } else if (shortest != null) {
            verdict = Verdict.VIOLATION;
            detail = exhausted ? "" : "search stopped early: " + bound;
            if (!shortestConfirmed) {
                detail += (detail.isEmpty() ? "" : "; ") + NOT_CONFIRMED_SHORTEST;
            }
        } else if (exhausted && bound == null) {
            verdict = Verdict.PASSED;
            detail = "";
        } else {
            verdict = Verdict.BOUND_REACHED;
            detail = bound;
        }
        return new ExplorationResult(verdict, visited.size(), statesVisited, transitions, runs, millis, shortest,
                shortestConfirmed, detail);
    }

    /** One run: replay the current path, then go deeper taking the first choice at every new point. */
    private void runOnce() {
        runs++;
        int replayed = path.size();
        Chooser chooser = (enabled, step) -> {
            if (step < path.size()) {
                ChoicePoint point = path.get(step);
                if (!point.enabled.equals(enabled)) {
                    throw new ScheduleDiverged("step " + step + " offered " + enabled + " on replay but "
                            + point.enabled + " before: the program is not deterministic under the scheduler");
                }
                return point.next;
            }
            path.add(new ChoicePoint(enabled));
            return 0;
        };
        StepObserver observer = (step, world, threads) -> {
            if (step < replayed) {
                return false;
            }
            if (step > 0) {
                transitions++;
            }
            statesVisited++;
            WorldSnapshot snapshot = WorldSnapshot.of(world);
            if (!visited.add(ExploredState.of(snapshot, threads.get()))) {
                return true;
            }
            List<Breach> breaches = InvariantChecker.check(snapshot, false);
            if (!breaches.isEmpty()) {
                keepIfShorter(step, world, breaches);
                return true;
            }
            return false;
        };
        ScheduledRun run = DeterministicScheduler.run(program, implementation, chooser, observer,
                budget.maxStepsPerRun());
        switch (run.ending()) {
            case COMPLETED:
                checkEnd(run);
                break;
            case STUCK:
            case DIVERGED:
                error = run.ending() + ": " + run.endingDetail();
                break;
            case BOUND_REACHED:
                error = "a run exceeded " + budget.maxStepsPerRun() + " steps: the program is not bounded";
                break;
            default:
                break;
        }
        // Drop choice points pushed for the state the run stopped in without expanding it.
        while (path.size() > run.schedule().size()) {
            path.remove(path.size() - 1);
        }
    }

    /** At the end of a run: the end-of-run invariants, and whether a thread of the program failed. */
    private void checkEnd(ScheduledRun run) {
        ExhaustiveCounterexample problem = EndOfRun.problem(run);
        if (problem != null && (shortest == null || problem.length() < shortest.length())) {
            shortest = problem;
        }
    }

    private void keepIfShorter(int steps, ComWorld world, List<Breach> breaches) {
        if (shortest != null && shortest.length() <= steps) {
            return;
        }
        List<String> schedule = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            ChoicePoint point = path.get(i);
            schedule.add(point.enabled.get(point.next));
        }
        shortest = new ExhaustiveCounterexample(schedule, world.journal().entries(), breaches, List.of());
    }

    /** Moves to the next unexplored choice, deepest first; false when none is left. */
    private boolean backtrack() {
        while (!path.isEmpty()) {
            ChoicePoint last = path.get(path.size() - 1);
            if (last.next + 1 < last.enabled.size()) {
                last.next++;
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** The threads that could run at one step of the path, and which of them the path takes. */
    private static final class ChoicePoint {
        final List<String> enabled;
        int next;

        ChoicePoint(List<String> enabled) {
            this.enabled = new ArrayList<>(enabled);
        }
    }
}
