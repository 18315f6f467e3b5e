package org.comlife.checks.exhaustive;

import org.comlife.checks.schedule.RunState;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * What makes two moments of a run the same state: the model's state and, for each logical
 * thread, its status and the results of the calls it made (its code is deterministic given
 * them), written canonically so that the numbering of objects does not matter
 * ({@link CanonicalState}). Sanitizer violations and the journal's length are left out: a
 * violation ends the search of its branch, and the journal is history, not state.
 */
record ExploredState(String canonical) {

    static ExploredState of(WorldSnapshot snapshot, RunState threads) {
        return new ExploredState(CanonicalState.of(snapshot, threads));
    }
}
