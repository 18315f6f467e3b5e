package org.comlife.checks.lincheck;

import java.util.List;
import org.comlife.model.Invariant;
import org.comlife.model.journal.JournalEntry;
import org.comlife.specs.invariants.Breach;

/**
 * A real finding of Lincheck, read from its failure object: what broke, in one sentence, and the
 * counterexample as threads and steps. A helper check gives the operations of each thread with
 * their results and the interleaving the model checker chose (its switch points marked); a
 * program gives the journal of the run that broke an invariant and the breaches.
 *
 * @param kind     what kind of failure
 * @param headline the broken invariant, or "linearizability: ..." with the results no order explains
 * @param threads  the threads, in column order (helper checks; empty for a program)
 * @param steps    the interleaving (helper checks; empty for a program)
 * @param journal  the run's API calls (a program; empty for a helper check)
 * @param breaches what the run broke (a program; empty for a helper check)
 * @param report   Lincheck's own text, for the report's trace
 */
public record LincheckFinding(Kind kind, String headline, List<String> threads, List<Step> steps,
                              List<JournalEntry> journal, List<Breach> breaches, String report) {

    /** What Lincheck found. */
    public enum Kind {
        /** The results of the operations match no one-at-a-time order of them (a helper check). */
        NOT_LINEARIZABLE,
        /** An operation of the implementation threw (a helper check). */
        OPERATION_FAILED,
        /** A program's run broke an invariant. */
        CONTRACT_BROKEN
    }

    /** One step: what a thread did, what it answered, a remark (where it ran, a switch point). */
    public record Step(String thread, String operation, String result, String note) {
    }

    public LincheckFinding {
        threads = List.copyOf(threads);
        steps = List.copyOf(steps);
        journal = List.copyOf(journal);
        breaches = List.copyOf(breaches);
    }

    /** The invariant broken, or null when the finding names none (results, an exception). */
    public Invariant invariant() {
        return breaches.isEmpty() ? null : breaches.get(0).invariant();
    }
}
