package org.comlife.checks.usercheck;

/**
 * What a check of a user's program concluded, and the exit code a CI reads from it. A program
 * comlife cannot check at all is refused before any engine runs ({@link ProgramRejected}, exit
 * code 2).
 */
public enum CheckOutcome {
    /** No engine found a violation, and every engine that ran finished or stopped at its bound (as reported). */
    NO_VIOLATION(0),
    /** Some engine found a run of the program that breaks the contract. */
    VIOLATION(1),
    /** No violation found, but an engine could not finish: it crashed, or did not end within its time. */
    ENGINE_ERROR(3);

    /** The exit code of a program comlife cannot check: a usage or load error. */
    public static final int REJECTED_EXIT_CODE = 2;

    private final int exitCode;

    CheckOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
