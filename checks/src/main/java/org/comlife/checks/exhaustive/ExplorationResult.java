package org.comlife.checks.exhaustive;

/**
 * The outcome of one exhaustive exploration with its measurements: distinct states, states
 * visited (revisits included), transitions taken, runs replayed, and time.
 */
public record ExplorationResult(Verdict verdict, int distinctStates, long statesVisited, long transitions, long runs,
                                long millis, ExhaustiveCounterexample counterexample, String detail) {

    @Override
    public String toString() {
        return verdict + ": " + distinctStates + " distinct states, " + statesVisited + " visited, " + transitions
                + " transitions, " + runs + " runs, " + millis + " ms" + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
