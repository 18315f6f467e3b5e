package org.comlife.checks.exhaustive;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the workers of one exploration share: the graph of states met so far, the counts, the
 * violation with the fewest steps found so far, the first error, and the end of the search. A
 * worker that finds nothing left to take waits here until another worker's run opens new states
 * or every worker is waiting, which ends the search.
 */
final class SharedSearch {
    /** How long an idle worker waits before it looks for work again on its own. */
    private static final long IDLE_RECHECK_MILLIS = 50;

    final ExploredGraph graph = new ExploredGraph();
    final LongAdder statesVisited = new LongAdder();
    final LongAdder transitions = new LongAdder();
    final LongAdder runs = new LongAdder();
    /**
     * When asked for (the cross-check of the reductions): every state's text up to the renaming
     * of interchangeable threads, by node; null otherwise.
     */
    volatile java.util.Map<StateNode, String> symmetricTexts;
    /** How many rounds the search took (more than one only when reduced). */
    volatile int rounds = 1;
    private final int workers;
    private final long deadlineNanos;
    private final ExplorationBudget budget;
    /** Set once the search is over for any reason; read at every step, so cheap. */
    private volatile boolean over;

    // Guarded by this.
    private int idle;
    private boolean finished;
    private String bound;
    private String error;
    private ExhaustiveCounterexample shortest;

    SharedSearch(int workers, long startNanos, ExplorationBudget budget) {
        this.workers = workers;
        this.deadlineNanos = startNanos + TimeUnit.MILLISECONDS.toNanos(budget.maxMillis());
        this.budget = budget;
    }

    int distinctStates() {
        return graph.size();
    }

    /** Whether the workers should stop: an error, a bound reached, or the search over. */
    boolean stopping() {
        if (over) {
            return true;
        }
        String reached = null;
        if (graph.size() >= budget.maxDistinctStates()) {
            reached = "more than " + budget.maxDistinctStates() + " distinct states";
        } else if (System.nanoTime() >= deadlineNanos) {
            reached = "time budget of " + budget.maxMillis() + " ms spent";
        }
        if (reached != null) {
            synchronized (this) {
                if (bound == null) {
                    bound = reached;
                }
                over = true;
                notifyAll();
            }
        }
        return over;
    }

    synchronized void fail(String why) {
        if (error == null) {
            error = why;
        }
        over = true;
        notifyAll();
    }

    synchronized void offerViolation(ExhaustiveCounterexample found) {
        if (shortest == null || found.length() < shortest.length()) {
            shortest = found;
        }
    }

    /** A run has ended: whatever it opened may be work for a waiting worker. */
    synchronized void runEnded() {
        notifyAll();
    }

    /**
     * Called by a worker that found nothing to take: waits until another worker's run ends (it
     * may have opened new states) or {@link #IDLE_RECHECK_MILLIS} pass. False when the search is
     * over (every worker found nothing, or it is stopping).
     */
    synchronized boolean awaitWork() throws InterruptedException {
        if (over) {
            return false;
        }
        idle++;
        try {
            if (idle == workers) {
                finished = true;
                over = true;
                notifyAll();
                return false;
            }
            wait(IDLE_RECHECK_MILLIS);
            return !over;
        } finally {
            idle--;
        }
    }

    /**
     * Starts another round of a search whose workers all found nothing left (a reduced search
     * that selected more choices at the end of a round); false when the search is over for
     * another reason (an error, a bound).
     */
    synchronized boolean nextRound() {
        if (!finished || error != null || bound != null) {
            return false;
        }
        finished = false;
        over = false;
        idle = 0;
        return true;
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
