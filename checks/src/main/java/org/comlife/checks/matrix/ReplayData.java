package org.comlife.checks.matrix;

import java.util.List;

/**
 * What it takes to replay a finding, as far as the engine that made it knows: the schedule of
 * the explorer's counterexample, the seeds of the property engine's case, or nothing beyond
 * running the engine again (Lincheck's and JPF's searches are deterministic).
 */
public sealed interface ReplayData {
    /** Nothing to replay with but the engine itself. */
    ReplayData NONE = new None();

    /** The thread that ran at each step (a {@code ReplayChooser} replays it), and the problem it led to. */
    record Schedule(List<String> threads, String problem) implements ReplayData {
        public Schedule {
            threads = List.copyOf(threads);
        }
    }

    /** The property engine's run seed, the failing case's index in the run, and that case's own seed. */
    record Seed(long runSeed, int caseIndex, long caseSeed) implements ReplayData {
    }

    /** See {@link #NONE}. */
    record None() implements ReplayData {
    }
}
