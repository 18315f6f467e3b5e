package org.comlife.reports.markdown;

import java.util.List;
import java.util.Optional;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Summary;
import org.comlife.reports.schema.Verdict;

/**
 * summary.md: the matrix as GitHub-flavoured Markdown, for a CI job summary or a PR comment.
 * Short on purpose; counterexamples are in report.html.
 */
public final class MarkdownSummaryRenderer {
    private MarkdownSummaryRenderer() {
    }

    public static String render(MatrixReport report) {
        Summary summary = report.summary();
        StringBuilder md = new StringBuilder();
        String sign = summary.verdict() == Verdict.PASS ? "✅" : "❌";
        md.append("## ").append(sign).append(" comlife matrix: ").append(summary.verdict()).append("\n\n");
        md.append(provenance(report)).append("\n\n");
        if (!summary.failureReasons().isEmpty()) {
            md.append("**Why it fails**\n\n");
            summary.failureReasons().forEach(reason -> md.append("- ").append(MarkdownText.escape(reason)).append('\n'));
            md.append('\n');
        }
        appendTable(md, report);
        appendSkippedEngines(md, report);
        appendErrors(md, report);
        md.append("**Totals:** ").append(totals(summary)).append('\n');
        return md.toString();
    }

    private static String provenance(MatrixReport report) {
        String text = "Implementation **" + MarkdownText.escape(report.implementation()) + "** · "
                + report.rows().size() + " rows × " + report.engines().size() + " engines · "
                + MarkdownText.escape(report.tool()) + " · " + MarkdownText.escape(report.generatedAt());
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

    private static String kind(Row row) {
        String kind = row.kind().label();
        if (row.invariants().isEmpty()) {
            return kind;
        }
        return kind + " · inv. " + String.join(", ", row.invariants().stream().map(String::valueOf).toList());
    }

    private static String cellText(Optional<Cell> found) {
        if (found.isEmpty()) {
            return CellLabel.notRun().text();
        }
        Cell cell = found.get();
        String text = CellLabel.of(cell).text();
        if (cell.status() == Status.SKIPPED) {
            return text;
        }
        text += " " + DurationText.of(cell.millis());
        if (cell.counterexampleLength() != null) {
            text += " · " + cell.counterexampleLength() + " steps";
        }
        return text;
    }

    /** One line per unavailable engine, then one per cell skipped by an engine that was available (e.g. excluded). */
    private static void appendSkippedEngines(StringBuilder md, MatrixReport report) {
        StringBuilder lines = new StringBuilder();
        for (EngineInfo engine : report.engines()) {
            if (!engine.available()) {
                lines.append("- **").append(MarkdownText.escape(engine.name())).append("** (")
                        .append(MarkdownText.escape(engine.id())).append("): ")
                        .append(MarkdownText.escape(engine.unavailableReason())).append('\n');
            }
        }
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                boolean engineAvailable = report.engine(cell.engine()).map(EngineInfo::available).orElse(true);
                if (cell.status() == Status.SKIPPED && engineAvailable) {
                    lines.append("- **").append(MarkdownText.escape(row.id())).append("** × ")
                            .append(MarkdownText.escape(engineName(report, cell.engine()))).append(": ")
                            .append(MarkdownText.escape(cell.message())).append('\n');
                }
            }
        }
        if (!lines.isEmpty()) {
            md.append("**Skipped**\n\n").append(lines).append('\n');
        }
    }

    private static void appendErrors(StringBuilder md, MatrixReport report) {
        StringBuilder lines = new StringBuilder();
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.status() == Status.ERROR) {
                    lines.append("- **").append(MarkdownText.escape(row.id())).append("** × ")
                            .append(MarkdownText.escape(engineName(report, cell.engine()))).append(": ")
                            .append(MarkdownText.escape(MarkdownText.firstLine(cell.message()))).append('\n');
                }
            }
        }
        if (!lines.isEmpty()) {
            md.append("**Engine errors** (full text in report.json)\n\n").append(lines).append('\n');
        }
    }

    private static String engineName(MatrixReport report, String engineId) {
        return report.engine(engineId).map(EngineInfo::name).orElse(engineId);
    }

    private static String totals(Summary summary) {
        return summary.faults() + " faults: " + summary.faultsCaught() + " caught, " + summary.faultsEscaped()
                + " escaped · reference " + (summary.referencePassed() ? "passed" : "not passed") + " · "
                + summary.errors() + " errors · " + summary.skippedCells() + " skipped cells · engine time "
                + DurationText.of(summary.totalMillis());
    }
}
