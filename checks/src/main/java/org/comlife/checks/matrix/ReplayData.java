package org.comlife.checks.matrix;

import java.util.List;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.model.Invariant;

/**
 * What it takes to replay a finding: the explorer's program and schedule, the property engine's
 * seeds, or the Lincheck check (deterministic given the check and the implementation); each with
 * the problem it led to and the invariant broken (null when no invariant names it: results that
 * are not linearizable, a thread that failed), so a replay can tell whether the same one breaks.
 */
public sealed interface ReplayData {
    /** Nothing to replay with but the engine itself (JPF's search, rerun by the JPF tier). */
    ReplayData NONE = new None();

    /** The problem found, as a sentence. */
    String problem();

    /** The invariant broken, or null. */
    Invariant invariant();

    /** The program and the thread that ran at each step (a {@code ReplayChooser} replays it). */
    record Schedule(ProgramRef program, List<String> threads, String problem, Invariant invariant)
            implements ReplayData {
        public Schedule {
            threads = List.copyOf(threads);
        }
    }

    /** The property engine's run seed, the failing case's index in the run, and that case's own seed. */
    record Seed(long runSeed, int caseIndex, long caseSeed, String problem, Invariant invariant)
            implements ReplayData {
    }

    /**
     * A Lincheck check: the helper check ({@code program} null), or Lincheck's model checker over a
     * program ({@code check} null).
     */
    record Lincheck(HelperCheck check, ProgramRef program, String problem, Invariant invariant)
            implements ReplayData {
        public Lincheck {
            if ((check == null) == (program == null)) {
                throw new IllegalArgumentException("a Lincheck replay is a helper check or a program, not both");
            }
        }
    }

    /** See {@link #NONE}. */
    record None() implements ReplayData {
        @Override
        public String problem() {
            return null;
        }

        @Override
        public Invariant invariant() {
            return null;
        }
    }
}
