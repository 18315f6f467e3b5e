package org.comlife.reports.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.CellText;
import org.comlife.reports.render.CountText;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.TimeText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Summary;
import org.comlife.reports.schema.Verdict;

/**
 * summary.md: the matrix as GitHub-flavoured Markdown, for a CI job summary or a PR comment.
 * Short on purpose: the verdict, the table, what failed with the broken invariant and how to
 * replay it ({@link FindingsMarkdown}), and a pointer to report.html for the diagrams.
 */
public final class MarkdownSummaryRenderer {
    private MarkdownSummaryRenderer() {
    }

    public static String render(MatrixReport report) {
        Summary summary = report.summary();
        StringBuilder md = new StringBuilder();
        String sign = summary.verdict() == Verdict.PASS ? "✅" : "❌";
        md.append("## ").append(sign).append(" comlife matrix")
                .append(report.isPartial() ? ", shard " + MarkdownText.escape(report.shards().get(0)) : "")
                .append(": ").append(summary.verdict()).append("\n\n");
        md.append(provenance(report)).append("\n\n");
        if (report.isPartial()) {
            md.append("This shard's verdict judges its own cells (no crash, no violation in the implementation under "
                    + "test, no claimed fault escaped). The gate on the whole matrix is the merge of all its shards "
                    + "(`comlife merge`), which refuses a missing one.\n\n");
        }
        if (!summary.failureReasons().isEmpty()) {
            md.append("**Why it fails**\n\n");
            summary.failureReasons().forEach(reason -> md.append("- ").append(MarkdownText.escape(reason)).append('\n'));
            md.append('\n');
        }
        appendTable(md, report);
        FindingsMarkdown.appendFailures(md, report);
        FindingsMarkdown.appendCounterexamples(md, report);
        appendSkipped(md, report);
        if (report.replayHelp() != null) {
            md.append("**Replay** a counterexample from its replay file: ").append(MarkdownText.code(report.replayHelp())).append("\n\n");
        }
        md.append("**Totals:** ").append(totals(summary)).append("\n\n");
        md.append("**Details:** report.html beside this file shows the matrix, a swimlane diagram of every "
                + "counterexample and each engine's own output (whole, in traces/).\n");
        return md.toString();
    }

    private static String provenance(MatrixReport report) {
        String text = "Implementation **" + MarkdownText.escape(report.implementation()) + "** · "
                + CountText.of(report.rows().size(), "row") + " × " + CountText.of(report.engines().size(), "engine")
                + " · " + MarkdownText.escape(report.tool()) + " · " + MarkdownText.escape(TimeText.of(report.generatedAt()));
        if (!report.shards().isEmpty()) {
            text += " · shards: " + MarkdownText.escape(String.join(", ", report.shards()));
        }
        return text;
    }

    private static void appendTable(StringBuilder md, MatrixReport report) {
        List<EngineInfo> engines = report.engines();
        md.append("| row | kind |");
        engines.forEach(engine -> md.append(' ').append(MarkdownText.escape(engine.name())).append(" |"));
        md.append("\n|---|---|");
        engines.forEach(engine -> md.append("---|"));
        md.append('\n');
        for (Row row : report.rows()) {
            md.append("| **").append(MarkdownText.escape(row.id())).append("**");
            if (row.title() != null) {
                md.append(" — ").append(MarkdownText.escape(row.title()));
            }
            md.append(" | ").append(kind(row)).append(" |");
            for (EngineInfo engine : engines) {
                md.append(' ').append(cellText(row.cellFor(engine.id()))).append(" |");
            }
            md.append('\n');
        }
        md.append("| *engine time* | |");
        for (EngineInfo engine : engines) {
            long millis = report.rows().stream()
                    .flatMap(row -> row.cellFor(engine.id()).stream())
                    .mapToLong(Cell::millis)
                    .sum();
            md.append(' ').append(millis == 0 ? "–" : DurationText.of(millis)).append(" |");
        }
        md.append("\n\n");
    }

    static String kind(Row row) {
        String kind = row.kind().label();
        if (row.invariants().isEmpty()) {
            return kind;
        }
        return kind + " · inv. " + String.join(", ", row.invariants().stream().map(String::valueOf).toList());
    }

    private static String cellText(Optional<Cell> found) {
        return found.map(cell -> MarkdownText.escape(CellText.of(cell))).orElse(CellLabel.notRun().text());
    }

    /**
     * One line per unavailable engine with its reason, then one per engine and reason for the cells
     * an available engine did not run (excluded, or not claimed in a quick matrix), naming the rows.
     */
    private static void appendSkipped(StringBuilder md, MatrixReport report) {
        StringBuilder lines = new StringBuilder();
        for (EngineInfo engine : report.engines()) {
            if (!engine.available()) {
                lines.append("- **").append(MarkdownText.escape(engine.name())).append("** (")
                        .append(MarkdownText.escape(engine.id())).append("): ")
                        .append(MarkdownText.escape(engine.unavailableReason())).append('\n');
            }
        }
        Map<List<String>, List<String>> rowsByEngineAndReason = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                boolean engineAvailable = report.engine(cell.engine()).map(EngineInfo::available).orElse(true);
                if (cell.status() == Status.SKIPPED && engineAvailable) {
                    rowsByEngineAndReason.computeIfAbsent(List.of(cell.engine(), cell.message()), key -> new ArrayList<>())
                            .add(row.id());
                }
            }
        }
        rowsByEngineAndReason.forEach((engineAndReason, rows) -> lines.append("- **")
                .append(MarkdownText.escape(engineName(report, engineAndReason.get(0)))).append("** on ")
                .append(MarkdownText.escape(String.join(", ", rows))).append(": ")
                .append(MarkdownText.escape(engineAndReason.get(1))).append('\n'));
        if (!lines.isEmpty()) {
            md.append("**Not run**\n\n").append(lines).append('\n');
        }
    }

    static String engineName(MatrixReport report, String engineId) {
        return report.engine(engineId).map(EngineInfo::name).orElse(engineId);
    }

    private static String totals(Summary summary) {
        return CountText.of(summary.faults(), "fault") + ": " + summary.faultsCaught() + " caught, "
                + summary.faultsEscaped() + " escaped · implementation under test "
                + (summary.referencePassed() ? "passed" : "not passed") + " · "
                + CountText.of(summary.errors(), "engine error") + " · "
                + CountText.of(summary.skippedCells(), "cell") + " not run · engine time "
                + DurationText.of(summary.totalMillis());
    }
}
