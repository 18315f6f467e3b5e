package org.comlife.reports.html;

import java.util.List;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.ExploredText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;

/**
 * One article per row, below the matrix: the fault's story and fix, then every counterexample an
 * engine found for it (drawn as a swimlane, with the explanation and how to replay it) and every
 * engine failure with its full text.
 */
final class RowDetailsHtml {
    private RowDetailsHtml() {
    }

    static void write(MarkupWriter html, MatrixReport report) {
        writeDiagramLegend(html);
        for (int r = 0; r < report.rows().size(); r++) {
            writeRow(html, report, report.rows().get(r), r);
        }
    }

    private static void writeDiagramLegend(MarkupWriter html) {
        html.open("ul", "class", "legend");
        MatrixTableHtml.legendItem(html, "lane", "a thread (one column each)");
        MatrixTableHtml.legendItem(html, "lifeline", "the thread's timeline");
        MatrixTableHtml.legendItem(html, "step", "a step: operation, → result, note; numbered in execution order");
        MatrixTableHtml.legendItem(html, "broken", "the step that broke the invariant, named in the red band below it");
        html.element("li", "Hover a step for its full text.");
        html.close("ul").newline();
    }

    private static void writeRow(MarkupWriter html, MatrixReport report, Row row, int rowIndex) {
        html.open("article", "class", "row", "id", AnchorIds.row(rowIndex)).newline();
        html.open("h3").element("span", row.id(), "class", "row-id");
        if (row.title() != null) {
            html.text(" — " + row.title());
        }
        html.close("h3").newline();
        html.element("p", kindLine(row), "class", "meta").newline();
        if (row.story() != null) {
            html.open("p", "class", "story").element("strong", "Story. ").text(row.story()).close("p").newline();
        }
        if (row.fix() != null) {
            html.open("p", "class", "fix").element("strong", "Fix. ").text(row.fix()).close("p").newline();
        }
        List<EngineInfo> engines = report.engines();
        for (int e = 0; e < engines.size(); e++) {
            EngineInfo engine = engines.get(e);
            int engineIndex = e;
            row.cellFor(engine.id()).ifPresent(cell -> {
                if (cell.counterexample() != null) {
                    writeCounterexample(html, engine, cell, AnchorIds.cell(rowIndex, engineIndex));
                } else if (cell.status() == Status.ERROR) {
                    writeError(html, engine, cell, AnchorIds.cell(rowIndex, engineIndex));
                }
            });
        }
        html.close("article").newline();
    }

    private static String kindLine(Row row) {
        StringBuilder line = new StringBuilder(row.kind().label());
        if (!row.invariants().isEmpty()) {
            line.append(" · breaks invariant").append(row.invariants().size() > 1 ? "s " : " ")
                    .append(String.join(", ", row.invariants().stream().map(String::valueOf).toList()));
        }
        List<String> results = row.cells().stream()
                .map(cell -> cell.engine() + " " + CellLabel.of(cell).text())
                .toList();
        if (!results.isEmpty()) {
            line.append(" · ").append(String.join(", ", results));
        }
        return line.toString();
    }

    private static void writeCounterexample(MarkupWriter html, EngineInfo engine, Cell cell, String anchor) {
        Counterexample counterexample = cell.counterexample();
        html.open("section", "class", "counterexample", "id", anchor).newline();
        html.element("h4", heading(engine, cell)).newline();
        html.open("div", "class", "diagram").trusted(SwimlaneSvgRenderer.render(counterexample)).close("div").newline();
        if (counterexample.explanation() != null) {
            html.element("p", counterexample.explanation(), "class", "explanation").newline();
        }
        if (cell.message() != null) {
            html.element("p", cell.message(), "class", "explanation").newline();
        }
        if (counterexample.replay() != null) {
            html.open("p").element("strong", "Replay").close("p");
            html.element("pre", counterexample.replay()).newline();
        }
        html.close("section").newline();
    }

    private static void writeError(MarkupWriter html, EngineInfo engine, Cell cell, String anchor) {
        html.open("section", "class", "error-cell", "id", anchor).newline();
        html.element("h4", "⚠ " + engine.name() + " crashed after " + DurationText.of(cell.millis())).newline();
        html.element("pre", cell.message()).newline();
        html.close("section").newline();
    }

    private static String heading(EngineInfo engine, Cell cell) {
        String verb = switch (cell.status()) {
            case CAUGHT -> "Caught by " + engine.name();
            case FALSE_ALARM -> "False alarm by " + engine.name();
            default -> engine.name() + ": " + CellLabel.of(cell).text();
        };
        StringBuilder text = new StringBuilder(verb).append(" in ").append(DurationText.of(cell.millis()))
                .append(" · ").append(cell.counterexampleLength()).append(" steps");
        ExploredText.of(cell).ifPresent(explored -> text.append(" · ").append(explored).append(" explored"));
        return text.toString();
    }
}
