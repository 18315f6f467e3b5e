package org.comlife.checks.exhaustive;

import java.util.List;
import org.comlife.model.journal.JournalEntry;
import org.comlife.specs.invariants.Breach;

/**
 * The shortest schedule the explorer found into a state that breaks the contract, or into a
 * run where a thread of the program failed on an answer it did not expect (a symptom the
 * contract names, such as RPC_E_DISCONNECTED from a server that shut down): the thread run at
 * each step (replay it with a {@code ReplayChooser}), the calls made, the breaches, and the
 * threads' failures.
 */
public record ExhaustiveCounterexample(List<String> schedule, List<JournalEntry> journal, List<Breach> breaches,
                                       List<String> threadFailures) {

    /** The first breach, or the first thread failure when no invariant broke. */
    public String firstProblem() {
        return breaches.isEmpty() ? "a thread of the program failed: " + threadFailures.get(0)
                : breaches.get(0).toString();
    }

    public int length() {
        return schedule.size();
    }
}
