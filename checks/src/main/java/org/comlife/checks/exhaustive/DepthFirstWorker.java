package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
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
 * One depth-first searcher of an exploration. It explores a branch (the choices from the
 * initial state into it) to the end: a run replays its path to the last branching point and
 * goes deeper, taking the first choice at every new point, until it meets a state some worker
 * has seen; then it backtracks to the deepest choice with an alternative left. When another
 * worker is idle, it hands over its shallowest alternative, the largest piece of work it has.
 * One worker alone is the plain sequential search.
 */
final class DepthFirstWorker implements Runnable {
    private final Program program;
    private final RuntimeHelpers implementation;
    private final ExplorationBudget budget;
    private final SharedSearch shared;
    private final boolean alone;
    private final List<ChoicePoint> path = new ArrayList<>();
    /** The choices of the branch being explored: below them this worker never backtracks. */
    private List<Integer> branch;

    DepthFirstWorker(Program program, RuntimeHelpers implementation, ExplorationBudget budget, SharedSearch shared,
                     List<Integer> firstBranch, boolean alone) {
        this.program = program;
        this.implementation = implementation;
        this.budget = budget;
        this.shared = shared;
        this.branch = firstBranch;
        this.alone = alone;
    }

    @Override
    public void run() {
        try {
            while (branch != null || (branch = shared.nextBranch()) != null) {
                path.clear();
                do {
                    runOnce();
                    handOverWhileWanted();
                } while (!shared.stopping() && backtrack());
                branch = null;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            shared.fail("an exploration worker was interrupted");
        } catch (RuntimeException | Error failure) {
            shared.fail("an exploration worker failed: " + failure);
        }
    }

    /** One run: replay the current path, then go deeper taking the first choice at every new point. */
    private void runOnce() {
        shared.runs.increment();
        int replayed = Math.max(path.size(), branch.size());
        Chooser chooser = (enabled, step) -> {
            if (step < path.size()) {
                ChoicePoint point = path.get(step);
                if (!point.enabled.equals(enabled)) {
                    throw new ScheduleDiverged("step " + step + " offered " + enabled + " on replay but "
                            + point.enabled + " before: the program is not deterministic under the scheduler");
                }
                return point.next;
            }
            ChoicePoint point = new ChoicePoint(enabled);
            if (step < branch.size()) {
                // The branch's own choices: taken once, never backtracked here.
                point.next = branch.get(step);
                point.end = point.next + 1;
                if (point.next >= enabled.size()) {
                    throw new ScheduleDiverged("step " + step + " of a handed-over branch takes choice " + point.next
                            + " of " + enabled + ": the program is not deterministic under the scheduler");
                }
            }
            path.add(point);
            return point.next;
        };
        StepObserver observer = (step, world, threads) -> {
            if (step < replayed) {
                return false;
            }
            if (step > 0) {
                shared.transitions.increment();
            }
            shared.statesVisited.increment();
            WorldSnapshot snapshot = WorldSnapshot.of(world);
            if (!shared.firstToSee(ExploredState.of(snapshot, threads.get()))) {
                return true;
            }
            List<Breach> breaches = InvariantChecker.check(snapshot, false);
            if (!breaches.isEmpty()) {
                shared.offerViolation(counterexample(step, world, breaches));
                return true;
            }
            return false;
        };
        ScheduledRun run = DeterministicScheduler.run(program, implementation, chooser, observer,
                budget.maxStepsPerRun(), alone);
        switch (run.ending()) {
            case COMPLETED:
                ExhaustiveCounterexample problem = EndOfRun.problem(run);
                if (problem != null) {
                    shared.offerViolation(problem);
                }
                break;
            case STUCK:
            case DIVERGED:
                shared.fail(run.ending() + ": " + run.endingDetail());
                break;
            case BOUND_REACHED:
                shared.fail("a run exceeded " + budget.maxStepsPerRun() + " steps: the program is not bounded");
                break;
            default:
                break;
        }
        // Drop choice points pushed for the state the run stopped in without expanding it.
        while (path.size() > run.schedule().size()) {
            path.remove(path.size() - 1);
        }
    }

    private ExhaustiveCounterexample counterexample(int steps, ComWorld world, List<Breach> breaches) {
        List<String> schedule = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            ChoicePoint point = path.get(i);
            schedule.add(point.enabled.get(point.next));
        }
        return new ExhaustiveCounterexample(schedule, world.journal().entries(), breaches, List.of());
    }

    /** While a worker waits for work, gives it the shallowest alternative this worker has not taken yet. */
    private void handOverWhileWanted() {
        while (shared.wantsBranch()) {
            int depth = shallowestAlternative();
            if (depth < 0) {
                return;
            }
            ChoicePoint point = path.get(depth);
            point.end--;
            List<Integer> handed = new ArrayList<>(depth + 1);
            for (int i = 0; i < depth; i++) {
                handed.add(path.get(i).next);
            }
            handed.add(point.end);
            shared.handOver(handed);
        }
    }

    private int shallowestAlternative() {
        for (int depth = 0; depth < path.size(); depth++) {
            ChoicePoint point = path.get(depth);
            if (point.next + 1 < point.end) {
                return depth;
            }
        }
        return -1;
    }

    /** Moves to the next choice of this branch left to explore, deepest first; false when none is left. */
    private boolean backtrack() {
        while (!path.isEmpty()) {
            ChoicePoint last = path.get(path.size() - 1);
            if (last.next + 1 < last.end) {
                last.next++;
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** The threads that could run at one step of the path, which of them the path takes, and where this worker's alternatives end. */
    private static final class ChoicePoint {
        final List<String> enabled;
        int next;
        /** Alternatives from {@code end} on were handed to other workers (or are not this branch's). */
        int end;

        ChoicePoint(List<String> enabled) {
            this.enabled = new ArrayList<>(enabled);
            this.end = enabled.size();
        }
    }
}
