package org.comlife.checks.exhaustive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the depth-first workers of one exploration share: the states seen, the counts, the
 * violation with the fewest steps found so far, the first error, and the branches handed from a
 * busy worker to an idle one. A worker that finds no branch left waits here until another
 * hands one over or every worker is idle, which ends the search.
 */
final class SharedSearch {
    private final Set<ExploredState> visited = ConcurrentHashMap.newKeySet();
    final LongAdder statesVisited = new LongAdder();
    final LongAdder transitions = new LongAdder();
    final LongAdder runs = new LongAdder();
    private final int workers;
    private final long deadlineNanos;
    private final ExplorationBudget budget;

    // Guarded by this.
    private final Deque<List<Integer>> branches = new ArrayDeque<>();
    private int idle;
    private boolean finished;
    private String bound;
    private String error;
    private ExhaustiveCounterexample shortest;

    SharedSearch(int workers, long startNanos, ExplorationBudget budget) {
        this.workers = workers;
        this.deadlineNanos = startNanos + budget.maxMillis() * 1_000_000;
        this.budget = budget;
    }

    /** True for the first worker to meet this state: it alone expands it. */
    boolean firstToSee(ExploredState state) {
        return visited.add(state);
    }

    int distinctStates() {
        return visited.size();
    }

    /** Whether the workers should stop: an error, a bound reached, or the search over. */
    synchronized boolean stopping() {
        if (finished || error != null || bound != null) {
            return true;
        }
        if (visited.size() >= budget.maxDistinctStates()) {
            bound = "more than " + budget.maxDistinctStates() + " distinct states";
        } else if (System.nanoTime() >= deadlineNanos) {
            bound = "time budget of " + budget.maxMillis() + " ms spent";
        }
        if (bound != null) {
            notifyAll();
        }
        return bound != null;
    }

    synchronized void fail(String why) {
        if (error == null) {
            error = why;
        }
        notifyAll();
    }

    synchronized void offerViolation(ExhaustiveCounterexample found) {
        if (shortest == null || found.length() < shortest.length()) {
            shortest = found;
        }
    }

    /** Whether some worker waits for a branch and none is waiting to be taken. */
    synchronized boolean wantsBranch() {
        return idle > 0 && branches.isEmpty();
    }

    /** Hands a branch (the choices from the initial state into it) to an idle worker. */
    synchronized void handOver(List<Integer> branch) {
        branches.add(branch);
        notifyAll();
    }

    /**
     * The next branch for a worker that has none left, waiting while others are busy; null
     * when the search is over (every worker idle with nothing to hand over) or stopping.
     */
    synchronized List<Integer> nextBranch() throws InterruptedException {
        idle++;
        try {
            while (branches.isEmpty()) {
                if (finished || error != null || bound != null) {
                    return null;
                }
                if (idle == workers) {
                    finished = true;
                    notifyAll();
                    return null;
                }
                wait();
            }
            return branches.remove();
        } finally {
            idle--;
        }
    }

    synchronized boolean exhausted() {
        return finished && error == null && bound == null;
    }

    synchronized String bound() {
        return bound;
    }

    synchronized String error() {
        return error;
    }

    synchronized ExhaustiveCounterexample shortest() {
        return shortest;
    }
}
