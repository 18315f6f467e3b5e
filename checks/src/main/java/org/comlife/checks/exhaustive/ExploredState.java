package org.comlife.checks.exhaustive;

import java.util.Arrays;
import org.comlife.checks.schedule.RunState;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * What makes two moments of a run the same state: the model's state and, for each logical
 * thread, its status and the results of the calls it made (its code is deterministic given
 * them), written canonically so that the numbering of objects does not matter
 * ({@link CanonicalState}), and kept as the numbers of its lines ({@link LineTable}). Sanitizer
 * violations and the journal's length are left out: a violation ends the search of its branch,
 * and the journal is history, not state.
 */
final class ExploredState {
    private final int[] lines;
    private final int hash;

    private ExploredState(int[] lines) {
        this.lines = lines;
        this.hash = Arrays.hashCode(lines);
    }

    static ExploredState of(WorldSnapshot snapshot, RunState threads, LineTable table) {
        return of(CanonicalState.of(snapshot, threads), table);
    }

    /** The state whose canonical text is {@code canonical}. */
    static ExploredState of(String canonical, LineTable table) {
        return new ExploredState(table.encode(canonical));
    }

    /** A state given as the numbers of its lines (from a checkpoint). */
    static ExploredState ofNumbers(int[] lines) {
        return new ExploredState(lines.clone());
    }

    /** The numbers of its lines. */
    int[] numbers() {
        return lines.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExploredState state && hash == state.hash && Arrays.equals(lines, state.lines);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
