package org.comlife.reports.render;

import org.comlife.reports.schema.Cell;

/**
 * What a cell says after its label, in words: whether the engine ran, for how long, and what it
 * found. "✓ caught, found in 20 ms · 7 steps"; "– not claimed, ran: no violation in 10.1 s";
 * "– not claimed, not run"; "⚠ error, failed after 640 ms".
 */
public final class CellText {
    private CellText() {
    }

    /** The label and the detail: the whole cell in one phrase. */
    public static String of(Cell cell) {
        return CellLabel.of(cell).text() + ", " + detail(cell);
    }

    /** The detail alone: whether and how long the engine ran, and the counterexample's length. */
    public static String detail(Cell cell) {
        String time = DurationText.of(cell.millis());
        return switch (cell.status()) {
            case CAUGHT, VIOLATION_IN_IMPLEMENTATION -> "found in " + time + steps(cell);
            case PASSED, NOT_CLAIMED -> exploredNothing(cell) ? "ran " + time + ", explored nothing"
                    : "ran: no violation in " + time;
            case ESCAPED -> exploredNothing(cell) ? "ran " + time + ", explored nothing"
                    : "ran: found nothing in " + time;
            case SKIPPED -> "not run";
            case ERROR -> "failed after " + time;
        };
    }

    /** The counterexample's length, e.g. "7 steps", when the engine gave one. */
    public static String length(Cell cell) {
        return cell.counterexampleLength() == null ? "" : CountText.of(cell.counterexampleLength(), "step");
    }

    private static String steps(Cell cell) {
        return cell.counterexampleLength() == null ? "" : " · " + length(cell);
    }

    private static boolean exploredNothing(Cell cell) {
        return cell.explored() == 0;
    }
}
