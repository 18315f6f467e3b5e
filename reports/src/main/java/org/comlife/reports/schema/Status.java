package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * What one engine concluded about one row of the matrix.
 *
 * <p>The reference row (the implementation under test) can only be {@link #PASSED} or
 * {@link #VIOLATION_IN_IMPLEMENTATION}; a fault row can only be {@link #CAUGHT}, {@link #ESCAPED}
 * or {@link #NOT_CLAIMED}. Any row can be {@link #SKIPPED} (the engine did not run) or
 * {@link #ERROR} (the engine itself crashed), so that no run is ever silently lost.
 */
public enum Status {
    /** A fault row: the engine found a violation. */
    CAUGHT,
    /** A fault row: the engine claims the fault and did not find it. */
    ESCAPED,
    /** The reference row: the engine found nothing wrong. */
    PASSED,
    /**
     * The reference row: the engine found an invariant broken by the implementation under test.
     * Schema version 1 called it FALSE_ALARM, which is still read.
     */
    @JsonAlias("FALSE_ALARM")
    VIOLATION_IN_IMPLEMENTATION,
    /** A fault row: the engine does not claim the fault, ran, and did not find it. */
    NOT_CLAIMED,
    /** The engine did not run (unavailable, excluded, not claimed in a quick matrix); the cell's message says why. */
    SKIPPED,
    /** The engine's run crashed; the cell's message says how, its trace holds the failure. */
    ERROR;

    /** Whether a cell with this status may appear in a row of the given kind. */
    public boolean allowedIn(RowKind kind) {
        return switch (this) {
            case SKIPPED, ERROR -> true;
            case PASSED, VIOLATION_IN_IMPLEMENTATION -> kind == RowKind.REFERENCE;
            case CAUGHT, ESCAPED, NOT_CLAIMED -> kind.isFault();
        };
    }

    /** Whether the engine ran on the row and ended with a verdict, so that its time and exploration mean something. */
    public boolean ran() {
        return this != SKIPPED && this != ERROR;
    }

    /** Whether a cell of this status makes the matrix FAIL: a violation in the implementation, an escape, a crash. */
    public boolean fails() {
        return this == VIOLATION_IN_IMPLEMENTATION || this == ESCAPED || this == ERROR;
    }

    /** Whether the engine found a violation. */
    public boolean foundViolation() {
        return this == CAUGHT || this == VIOLATION_IN_IMPLEMENTATION;
    }
}
