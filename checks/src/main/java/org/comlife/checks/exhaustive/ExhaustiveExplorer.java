package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.comlife.checks.schedule.Program;
import org.comlife.model.runtime.RuntimeHelpers;

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
 * <p>Several workers can search side by side ({@link #explore(Program, RuntimeHelpers,
 * ExplorationBudget, int)}), sharing the states seen: a step spends most of its time waiting for
 * one logical thread to wake up, so on two cores three workers go about 1.6 times as fast as one.
 * The states found and the verdict do not depend on the number of workers; the number of runs
 * and, in a failing program, how many states were met before the search stopped do.
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

    private ExhaustiveExplorer() {
    }

    /** Explores with one worker. */
    public static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget) {
        return explore(program, implementation, budget, 1);
    }

    /** Explores with {@code workers} depth-first workers side by side (at least 1). */
    public static ExplorationResult explore(Program program, RuntimeHelpers implementation, ExplorationBudget budget,
                                            int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("an exploration needs at least one worker, not " + workers);
        }
        long start = System.nanoTime();
        SharedSearch shared = new SharedSearch(workers, start, budget);
        List<DepthFirstWorker> searchers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            searchers.add(new DepthFirstWorker(program, implementation, budget, shared, i == 0 ? List.of() : null,
                    workers == 1));
        }
        if (workers == 1) {
            searchers.get(0).run(); // on the caller's thread: nothing to coordinate
        } else {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Thread thread = new Thread(searchers.get(i), "exhaustive-worker-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            joinAll(threads, shared);
        }
        return result(program, implementation, budget, shared, start);
    }

    private static void joinAll(List<Thread> threads, SharedSearch shared) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                shared.fail("interrupted while waiting for the exploration workers");
                return;
            }
        }
    }

    private static ExplorationResult result(Program program, RuntimeHelpers implementation, ExplorationBudget budget,
                                            SharedSearch shared, long start) {
        String error = shared.error();
        ExhaustiveCounterexample shortest = shared.shortest();
        long runs = shared.runs.sum();
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
            detail = shared.exhausted() ? "" : "search stopped early: " + shared.bound();
            if (!shortestConfirmed) {
                detail += (detail.isEmpty() ? "" : "; ") + NOT_CONFIRMED_SHORTEST;
            }
        } else if (shared.exhausted()) {
            verdict = Verdict.PASSED;
            detail = "";
        } else {
            verdict = Verdict.BOUND_REACHED;
            detail = shared.bound();
        }
        return new ExplorationResult(verdict, shared.distinctStates(), shared.statesVisited.sum(),
                shared.transitions.sum(), runs, millis, shortest, shortestConfirmed, detail);
    }
}
