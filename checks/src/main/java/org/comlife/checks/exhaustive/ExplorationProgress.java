package org.comlife.checks.exhaustive;

/**
 * How far an exploration under way has got: its counts so far and the time spent. Shown now and
 * then during an exploration that takes long, so that a user can tell it is working and how fast.
 */
public record ExplorationProgress(long millis, int distinctStates, long statesVisited, long transitions, long runs) {

    @Override
    public String toString() {
        return String.format("%,d s: %,d distinct states, %,d visited, %,d transitions, %,d runs", millis / 1000,
                distinctStates, statesVisited, transitions, runs);
    }
}
