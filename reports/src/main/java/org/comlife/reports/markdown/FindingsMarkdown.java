package org.comlife.reports.markdown;

import org.comlife.reports.render.CellText;
import org.comlife.reports.render.CountText;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;

/**
 * The lists of summary.md below the table: what failed (a violation in the implementation under
 * test, an escaped fault, a crashed run), and every counterexample found, each with the invariant
 * it breaks and how to replay it.
 */
final class FindingsMarkdown {
    /** Invariant sentences and replay commands longer than this are cut; report.html has them whole. */
    private static final int LINE_LIMIT = 300;

    private FindingsMarkdown() {
    }

    static void appendFailures(StringBuilder md, MatrixReport report) {
        StringBuilder lines = new StringBuilder();
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                if (!cell.status().fails()) {
                    continue;
                }
                lines.append(lead(report, row, cell)).append(CellText.of(cell));
                if (cell.status() == Status.ERROR) {
                    lines.append(": ").append(MarkdownText.escape(cell.message()));
                } else if (cell.counterexample() != null) {
                    appendInvariantAndReplay(lines, report, cell.counterexample());
                } else if (!row.invariants().isEmpty()) {
                    lines.append(". The fault breaks invariant").append(row.invariants().size() == 1 ? " " : "s ")
                            .append(MarkdownText.escape(String.join(", ",
                                    row.invariants().stream().map(String::valueOf).toList())));
                }
                lines.append('\n');
            }
        }
        if (!lines.isEmpty()) {
            md.append("**What failed**\n\n").append(lines).append('\n');
        }
    }

    /** Every counterexample of a caught fault, folded: in a passing run they are evidence, not news. */
    static void appendCounterexamples(StringBuilder md, MatrixReport report) {
        StringBuilder lines = new StringBuilder();
        int count = 0;
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.status() == Status.CAUGHT && cell.counterexample() != null) {
                    count++;
                    lines.append(lead(report, row, cell)).append(CellText.length(cell));
                    appendInvariantAndReplay(lines, report, cell.counterexample());
                    lines.append('\n');
                }
            }
        }
        if (count > 0) {
            md.append("<details><summary>").append(CountText.of(count, "counterexample"))
                    .append(" of caught faults: the broken invariant and how to replay each</summary>\n\n")
                    .append(lines).append("\n</details>\n\n");
        }
    }

    private static String lead(MatrixReport report, Row row, Cell cell) {
        return "- **" + MarkdownText.escape(row.id()) + "** × "
                + MarkdownText.escape(MarkdownSummaryRenderer.engineName(report, cell.engine())) + ": ";
    }

    private static void appendInvariantAndReplay(StringBuilder lines, MatrixReport report, Counterexample found) {
        String invariant = oneLine(found.brokenInvariant());
        lines.append("; breaks ").append(MarkdownText.escape(invariant));
        lines.append(invariant.endsWith(".") ? "" : ".");
        ReplayText.command(report, found).ifPresent(command ->
                lines.append(" Replay: ").append(MarkdownText.code(oneLine(command))));
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= LINE_LIMIT ? line : line.substring(0, LINE_LIMIT - 1) + "…";
    }
}
