package org.comlife.checks.cli;

import org.comlife.model.Invariant;
import org.comlife.reports.schema.Counterexample;

/**
 * What one replay did: whether it followed the recorded run (a schedule can diverge when the
 * implementation makes the program take another course), the problem it met (null: none), the
 * invariant that names it (null when none does), and the run to draw.
 *
 * @param diverged why the replay could not follow the recording, or null when it did
 * @param problem  the first problem met, as a sentence, or null
 * @param category what kind of problem, for problems no invariant names ("linearizability")
 */
record Replayed(String diverged, String problem, Invariant invariant, String category, Counterexample run) {

    static Replayed clean(Counterexample run) {
        return new Replayed(null, null, null, null, run);
    }

    static Replayed divergedBecause(String why, Counterexample run) {
        return new Replayed(why, null, null, null, run);
    }

    /** The category of a problem no invariant names: its words up to the first colon. */
    static String categoryOf(String problem) {
        if (problem == null) {
            return null;
        }
        int colon = problem.indexOf(':');
        return (colon < 0 ? problem : problem.substring(0, colon)).strip();
    }
}
