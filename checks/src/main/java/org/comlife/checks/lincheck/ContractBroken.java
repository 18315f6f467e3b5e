package org.comlife.checks.lincheck;

import java.util.List;
import org.comlife.model.journal.JournalEntry;
import org.comlife.specs.invariants.Breach;

/**
 * Thrown at the end of a program's run under Lincheck's model checker when an invariant broke:
 * it carries that run's journal and breaches, so the counterexample is the program's own API
 * calls, as every engine shows it, and not Lincheck's view of the harness.
 */
final class ContractBroken extends AssertionError {
    private final transient List<JournalEntry> journal;
    private final transient List<Breach> breaches;

    ContractBroken(String program, List<JournalEntry> journal, List<Breach> breaches) {
        super(program + " broke the contract: " + breaches);
        this.journal = List.copyOf(journal);
        this.breaches = List.copyOf(breaches);
    }

    List<JournalEntry> journal() {
        return journal;
    }

    List<Breach> breaches() {
        return breaches;
    }
}
