package org.comlife.checks.cli;

/** How a replay ended, each with its exit code (README, "The command line"). */
enum ReplayOutcome {
    /** The recording was followed to its end and nothing broke. */
    DOES_NOT_RECUR(0),
    /** The same invariant broke again (or, when none is named, the same kind of problem). */
    RECURS(ComlifeCommand.EXIT_FAILED),
    /** The recording could not be followed: the run took another course, so nothing is shown either way. */
    DIVERGED(3),
    /** Another invariant broke, or another kind of problem happened: a violation, but not the recorded one. */
    OTHER_VIOLATION(4);

    private final int exitCode;

    ReplayOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    static ReplayOutcome judge(ReplayFile recorded, Replayed replayed) {
        if (replayed.diverged() != null) {
            return DIVERGED;
        }
        if (replayed.problem() == null) {
            return DOES_NOT_RECUR;
        }
        if (recorded.invariant() != null) {
            return replayed.invariant() != null && replayed.invariant().number() == recorded.invariant() ? RECURS
                    : OTHER_VIOLATION;
        }
        return replayed.invariant() == null
                && Replayed.categoryOf(recorded.problem()).equals(replayed.category()) ? RECURS : OTHER_VIOLATION;
    }
}
