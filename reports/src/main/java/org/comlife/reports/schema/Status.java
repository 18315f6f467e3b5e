package org.comlife.reports.schema;

/**
 * What one engine concluded about one row of the matrix.
 *
 * <p>The reference row can only be {@link #PASSED} or {@link #FALSE_ALARM}; a fault row can only
 * be {@link #CAUGHT}, {@link #ESCAPED} or {@link #NOT_CLAIMED}. Any row can be {@link #SKIPPED}
 * (the engine could not run here) or {@link #ERROR} (the engine itself crashed), so that no run
 * is ever silently lost.
 */
public enum Status {
    /** A fault row: the engine found a violation. */
    CAUGHT,
    /** A fault row: the engine claims the fault and did not find it. */
    ESCAPED,
    /** The reference row: the engine found nothing wrong. */
    PASSED,
    /** The reference row: the engine reported a violation in a correct implementation. */
    FALSE_ALARM,
    /** A fault row: the engine does not claim the fault and did not find it. */
    NOT_CLAIMED,
    /** The engine did not run (unavailable, or excluded); the cell's message says why. */
    SKIPPED,
    /** The engine's run crashed; the cell's message carries the failure. */
    ERROR;

    /** Whether a cell with this status may appear in a row of the given kind. */
    public boolean allowedIn(RowKind kind) {
        return switch (this) {
            case SKIPPED, ERROR -> true;
            case PASSED, FALSE_ALARM -> kind == RowKind.REFERENCE;
            case CAUGHT, ESCAPED, NOT_CLAIMED -> kind.isFault();
        };
    }
}
