package org.comlife.reports.render;

import org.comlife.reports.schema.Cell;

/**
 * The words and symbol a cell shows in every rendering (Markdown, HTML, terminal), so that the
 * same result reads the same everywhere.
 *
 * @param symbol a one-character sign, or empty
 * @param word   the status in words
 * @param tone   how it should strike the reader
 */
public record CellLabel(String symbol, String word, Tone tone) {

    /** The label of a cell. */
    public static CellLabel of(Cell cell) {
        return switch (cell.status()) {
            case CAUGHT -> new CellLabel("✓", "caught", Tone.GOOD);
            case PASSED -> new CellLabel("✓", "pass", Tone.GOOD);
            case ESCAPED -> new CellLabel("✗", "escaped", Tone.BAD);
            case VIOLATION_IN_IMPLEMENTATION -> new CellLabel("✗", "violation in implementation", Tone.BAD);
            case NOT_CLAIMED -> new CellLabel("–", "not claimed", Tone.NEUTRAL);
            case SKIPPED -> cell.claimed() ? new CellLabel("", "skipped", Tone.NEUTRAL)
                    : new CellLabel("–", "not claimed", Tone.NEUTRAL);
            case ERROR -> new CellLabel("⚠", "error", Tone.WARNING);
        };
    }

    /** The label of a row and engine with no cell: possible in a merge of shards that did not cover everything. */
    public static CellLabel notRun() {
        return new CellLabel("", "not run", Tone.NEUTRAL);
    }

    /** Symbol and word, e.g. "✓ caught". */
    public String text() {
        return symbol.isEmpty() ? word : symbol + " " + word;
    }
}
