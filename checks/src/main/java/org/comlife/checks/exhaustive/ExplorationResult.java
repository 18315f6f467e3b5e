package org.comlife.checks.exhaustive;

/**
 * The outcome of one exhaustive exploration with its measurements: distinct states, states
 * visited (revisits included), transitions taken, runs (each from the initial state), and time; with a violation,
 * the counterexample and whether it is known to be a shortest one (false only when the time
 * budget ran out before every shorter schedule was ruled out).
 */
public record ExplorationResult(Verdict verdict, int distinctStates, long statesVisited, long transitions, long runs,
                                long millis, ExhaustiveCounterexample counterexample, boolean counterexampleShortest,
                                String detail) {

    @Override
    public String toString() {
        return verdict + ": " + distinctStates + " distinct states, " + statesVisited + " visited, " + transitions
                + " transitions, " + runs + " runs, " + millis + " ms" + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
