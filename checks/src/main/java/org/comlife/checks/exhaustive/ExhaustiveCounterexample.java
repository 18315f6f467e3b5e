package org.comlife.checks.exhaustive;

import java.util.List;
import org.comlife.model.journal.JournalEntry;
import org.comlife.specs.invariants.Breach;

/**
 * The shortest schedule the explorer found into a state that breaks the contract: the thread
 * run at each step (replay it with a {@code ReplayChooser}), the calls made, and the breaches.
 */
public record ExhaustiveCounterexample(List<String> schedule, List<JournalEntry> journal, List<Breach> breaches) {

    public int length() {
        return schedule.size();
    }
}
