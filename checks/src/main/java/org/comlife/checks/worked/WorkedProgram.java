package org.comlife.checks.worked;

import java.util.Set;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.worked.git.GitSharedSettings;
import org.comlife.checks.worked.handoff.WorkerHandoff;
import org.comlife.checks.worked.tally.FixedTallyCheck;
import org.comlife.checks.worked.tally.TallyCheck;
import org.comlife.model.Invariant;
import org.comlife.model.program.Program;

/**
 * The worked programs, written as a user writes one (against the public program API only) and
 * shipped in comlife's jar, so {@code comlife check org.comlife.checks.worked.tally.TallyCheck}
 * runs with no class path; each with its expected result at its default parameters, as a model
 * checker's models ship theirs, so that drift is caught ({@code WorkedProgramsTest}).
 *
 * <p>A passing program's number is the exhaustive explorer's distinct states; a failing one's is
 * the length of its shortest counterexample in scheduling steps, which no search order changes.
 */
public enum WorkedProgram {
    /** The README tutorial's server, step 1: the shutdown decided on the server's own count of Tallies. */
    TALLY(TallyCheck.class, Verdict.VIOLATION, 19, Set.of(Invariant.NO_PREMATURE_SHUTDOWN)),
    /** The tutorial's step 2: the shutdown decided on what CoReleaseServerProcess returns. */
    FIXED_TALLY(FixedTallyCheck.class, Verdict.PASSED, 2_953, Set.of()),
    /** A main STA hands its Document to two workers, one stream each. */
    WORKER_HANDOFF(WorkerHandoff.class, Verdict.PASSED, 582, Set.of()),
    /** A main STA shares its Settings with an MTA and an STA reader through the GIT. */
    GIT_SHARED_SETTINGS(GitSharedSettings.class, Verdict.PASSED, 326, Set.of());

    private final Class<? extends Program> type;
    private final Verdict verdict;
    private final int measure;
    private final Set<Invariant> breaks;

    WorkedProgram(Class<? extends Program> type, Verdict verdict, int measure, Set<Invariant> breaks) {
        this.type = type;
        this.verdict = verdict;
        this.measure = measure;
        this.breaks = breaks;
    }

    public Class<? extends Program> type() {
        return type;
    }

    /** The exhaustive explorer's verdict at the default parameters. */
    public Verdict verdict() {
        return verdict;
    }

    /** Distinct states when it passes; the shortest counterexample's scheduling steps when it fails. */
    public int measure() {
        return measure;
    }

    /** The invariants its shortest counterexample breaks; empty when it passes. */
    public Set<Invariant> breaks() {
        return breaks;
    }
}
