package org.comlife.reports.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.CountText;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.render.TimeText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Summary;
import org.comlife.reports.schema.Verdict;

/**
 * The matrix's verdict for a terminal: plain text (no Markdown), a compact table with one short
 * label per cell, what failed with its broken invariant and replay command, what did not run and
 * why, the totals, and where the report files are. summary.md says the same for a CI summary.
 */
public final class TextSummaryRenderer {
    private static final int ROW_WIDTH = 28;
    private static final int CELL_WIDTH = 20;

    private TextSummaryRenderer() {
    }

    /** The summary; {@code folder} is where the report files were written, as the user named it. */
    public static String render(MatrixReport report, String folder) {
        Summary summary = report.summary();
        StringBuilder text = new StringBuilder();
        text.append("comlife matrix").append(report.isPartial() ? ", shard " + report.shards().get(0) : "")
                .append(": ").append(summary.verdict()).append('\n');
        text.append("implementation ").append(report.implementation()).append(" · ")
                .append(CountText.of(report.rows().size(), "row")).append(" × ")
                .append(CountText.of(report.engines().size(), "engine")).append(" · ")
                .append(TimeText.of(report.generatedAt())).append('\n');
        if (report.isPartial()) {
            text.append("This shard's verdict judges its own cells; `comlife merge` of all its shards judges the "
                    + "whole matrix.\n");
        }
        text.append('\n');
        appendTable(text, report);
        appendList(text, summary.verdict() == Verdict.FAIL ? "Why it fails" : null, summary.failureReasons());
        appendList(text, "What failed", failures(report));
        appendList(text, "Not run", notRun(report));
        text.append("Totals: ").append(CountText.of(summary.faults(), "fault")).append(": ")
                .append(summary.faultsCaught()).append(" caught, ").append(summary.faultsEscaped())
                .append(" escaped · ").append(CountText.of(summary.errors(), "engine error")).append(" · engine time ")
                .append(DurationText.of(summary.totalMillis())).append('\n');
        List<String> replays = report.rows().stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.counterexample() != null && cell.counterexample().replayFile() != null)
                .map(cell -> ReplayText.command(report, cell.counterexample()).orElse(""))
                .filter(command -> !command.isEmpty()).toList();
        if (!replays.isEmpty()) {
            text.append("Replay: ").append(CountText.of(replays.size(), "counterexample file")).append(" in ")
                    .append(folder).append("/counterexamples, e.g. ").append(replays.get(0)).append('\n');
        }
        text.append("Report: ").append(folder).append("/report.html (the matrix and a swimlane diagram of every "
                + "counterexample), summary.md, report.json\n");
        return text.toString();
    }

    private static void appendTable(StringBuilder text, MatrixReport report) {
        text.append(pad("row", ROW_WIDTH));
        for (EngineInfo engine : report.engines()) {
            text.append(' ').append(pad(engine.id(), CELL_WIDTH));
        }
        text.append('\n');
        for (Row row : report.rows()) {
            text.append(pad(row.id(), ROW_WIDTH));
            for (EngineInfo engine : report.engines()) {
                Optional<Cell> cell = row.cellFor(engine.id());
                String label = cell.map(found -> CellLabel.of(found).text() + (found.status() == Status.SKIPPED ? ""
                        : " " + DurationText.of(found.millis()))).orElse(CellLabel.notRun().text());
                text.append(' ').append(pad(label, CELL_WIDTH));
            }
            text.append('\n');
        }
        text.append('\n');
    }

    private static List<String> failures(MatrixReport report) {
        List<String> lines = new ArrayList<>();
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                if (!cell.status().fails()) {
                    continue;
                }
                String line = row.id() + " × " + engineName(report, cell.engine()) + ": " + CellLabel.of(cell).word();
                if (cell.status() == Status.ERROR) {
                    line += ": " + cell.message();
                } else if (cell.counterexample() != null) {
                    line += "; breaks " + cell.counterexample().brokenInvariant();
                    Optional<String> command = ReplayText.command(report, cell.counterexample());
                    if (command.isPresent()) {
                        line += "\n    replay: " + command.get();
                    }
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> notRun(MatrixReport report) {
        List<String> lines = new ArrayList<>();
        for (EngineInfo engine : report.engines()) {
            if (!engine.available()) {
                lines.add(engine.name() + " (" + engine.id() + "): " + engine.unavailableReason());
            }
        }
        return lines;
    }

    private static void appendList(StringBuilder text, String title, List<String> lines) {
        if (title == null || lines.isEmpty()) {
            return;
        }
        text.append(title).append(":\n");
        for (String line : lines) {
            text.append("  - ").append(line).append('\n');
        }
        text.append('\n');
    }

    private static String engineName(MatrixReport report, String engineId) {
        return report.engine(engineId).map(EngineInfo::name).orElse(engineId);
    }

    private static String pad(String text, int width) {
        String cut = text.length() > width ? text.substring(0, width - 1) + "…" : text;
        return cut + " ".repeat(width - cut.length());
    }
}
