package org.comlife.reports.html;

import java.util.Optional;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.CellText;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.ExploredText;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Status;

/**
 * What one cell has to show below the matrix, in a section the matrix links to and that links
 * back: the counterexample as a swimlane diagram with its explanation and how to replay it, or the
 * failure of a crashed run; then the engine's own output, collapsed.
 */
final class CellSectionHtml {
    private CellSectionHtml() {
    }

    static void write(MarkupWriter html, MatrixReport report, EngineInfo engine, Cell cell, int rowIndex,
                      int engineIndex) {
        boolean failure = cell.status() == Status.ERROR;
        html.open("section", "class", failure ? "error-cell" : "counterexample",
                "id", AnchorIds.cell(rowIndex, engineIndex)).newline();
        html.element("h4", heading(engine, cell)).newline();
        html.open("p", "class", "meta");
        RowDetailsHtml.backLink(html, rowIndex);
        html.close("p").newline();
        Counterexample counterexample = cell.counterexample();
        if (counterexample != null) {
            html.open("div", "class", "diagram").trusted(SwimlaneSvgRenderer.render(counterexample)).close("div").newline();
            ProseHtml.write(html, counterexample.explanation(), "explanation");
        }
        ProseHtml.write(html, cell.message(), failure ? "failure" : "explanation");
        if (counterexample != null) {
            writeReplay(html, report, counterexample);
        }
        if (cell.trace() != null) {
            EngineTraceHtml.write(html, engine, cell.trace(), failure);
        }
        html.close("section").newline();
    }

    private static void writeReplay(MarkupWriter html, MatrixReport report, Counterexample counterexample) {
        Optional<String> command = ReplayText.command(report, counterexample);
        if (command.isEmpty() && counterexample.replayFile() == null) {
            return;
        }
        html.open("p").element("strong", "Replay");
        if (counterexample.replayFile() != null) {
            html.text(" (file ").element("a", counterexample.replayFile(), "href", counterexample.replayFile()).text(")");
        }
        html.close("p").newline();
        command.ifPresent(text -> html.element("pre", text).newline());
    }

    private static String heading(EngineInfo engine, Cell cell) {
        if (cell.status() == Status.ERROR) {
            return "⚠ " + engine.name() + " failed after " + DurationText.of(cell.millis());
        }
        String verb = switch (cell.status()) {
            case CAUGHT -> "Caught by " + engine.name();
            case VIOLATION_IN_IMPLEMENTATION -> "Violation in the implementation under test, found by " + engine.name();
            default -> engine.name() + ": " + CellLabel.of(cell).text();
        };
        StringBuilder text = new StringBuilder(verb).append(", ").append(CellText.detail(cell));
        ExploredText.of(cell).ifPresent(explored -> text.append(" · ").append(explored).append(" explored"));
        return text.toString();
    }
}
