package org.comlife.checks.jpf.race;

import java.util.ArrayList;
import java.util.List;

/**
 * What a helper race ended with: each operation's result, in thread order, and the helper's
 * state after the last one. Two outcomes are equal when both are; that is how an observed
 * outcome is matched with a sequential order's. Not a record: JPF cannot run the bootstrap
 * methods a record's equals and toString use.
 */
final class RaceOutcome {
    private final List<String> operations;
    private final List<String> results;
    private final String state;

    RaceOutcome(List<String> operations, List<String> results, String state) {
        this.operations = List.copyOf(operations);
        // Not List.copyOf: a thread that died of an Error left no result, and that must still print.
        this.results = new ArrayList<>(results);
        this.state = state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RaceOutcome && results.equals(((RaceOutcome) other).results)
                && state.equals(((RaceOutcome) other).state);
    }

    @Override
    public int hashCode() {
        return 31 * results.hashCode() + state.hashCode();
    }

    /** For example "release() = 0, lockForActivation() = true, addRef() = 2; count 2, suspended". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(operations.get(i)).append(operations.get(i).endsWith(")") ? "" : "()").append(" = ")
                    .append(results.get(i));
        }
        return text.append("; ").append(state).toString();
    }
}
