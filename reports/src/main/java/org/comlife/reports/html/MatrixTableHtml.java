package org.comlife.reports.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.CellText;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.ExploredText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;

/**
 * The matrix as an HTML table: a row per reference or fault, a column per engine, and its legend.
 * A cell with something to read below (a counterexample, a failure, an engine's output) links to
 * it; every section below links back to its row here.
 */
final class MatrixTableHtml {
    private MatrixTableHtml() {
    }

    static void write(MarkupWriter html, MatrixReport report) {
        List<EngineInfo> engines = report.engines();
        html.open("table", "class", "matrix", "id", AnchorIds.MATRIX).newline();
        html.open("thead").open("tr").element("th", "row");
        for (EngineInfo engine : engines) {
            html.open("th").text(engine.name());
            if (!engine.available()) {
                html.text(" (unavailable)");
            }
            html.close("th");
        }
        html.close("tr").close("thead").newline();
        html.open("tbody").newline();
        for (int r = 0; r < report.rows().size(); r++) {
            writeRow(html, report.rows().get(r), r, engines);
        }
        html.close("tbody").newline();
        writeEngineTimes(html, report);
        html.close("table").newline();
        writeLegend(html);
    }

    /** Whether a cell has a section below the matrix, and so a link to it. */
    static boolean hasSection(Cell cell) {
        return cell.counterexample() != null || cell.status() == Status.ERROR || cell.trace() != null;
    }

    private static void writeRow(MarkupWriter html, Row row, int rowIndex, List<EngineInfo> engines) {
        html.open("tr", "id", AnchorIds.matrixRow(rowIndex)).open("th", "scope", "row");
        html.element("a", row.id(), "class", "row-id", "href", "#" + AnchorIds.row(rowIndex));
        String kind = row.kind().label() + (row.invariants().isEmpty() ? "" : " · inv. " + invariants(row));
        html.text(" ").element("span", kind, "class", "kind");
        if (row.title() != null) {
            html.element("span", row.title(), "class", "row-title");
        }
        html.close("th");
        for (int e = 0; e < engines.size(); e++) {
            writeCell(html, row.cellFor(engines.get(e).id()), rowIndex, e);
        }
        html.close("tr").newline();
    }

    private static void writeCell(MarkupWriter html, Optional<Cell> found, int rowIndex, int engineIndex) {
        CellLabel label = found.map(CellLabel::of).orElse(CellLabel.notRun());
        String tone = "cell " + label.tone().name().toLowerCase(Locale.ROOT);
        // The engine's remark (what it checked, why it explored nothing) is a tooltip: the table stays compact.
        html.open("td", "class", tone, "title", found.map(Cell::message).orElse(null));
        html.element("span", label.text(), "class", "label");
        if (found.isPresent()) {
            Cell cell = found.get();
            if (hasSection(cell)) {
                html.text(" ").element("a", linkText(cell), "href", "#" + AnchorIds.cell(rowIndex, engineIndex));
            }
            html.element("span", cell.status() == Status.SKIPPED ? cell.message() : detail(cell), "class", "detail");
        }
        html.close("td");
    }

    private static String linkText(Cell cell) {
        if (cell.counterexample() != null) {
            return "↓ counterexample";
        }
        return cell.status() == Status.ERROR ? "↓ failure" : "↓ engine output";
    }

    /** Whether it ran, the time, how much was explored, the counterexample's length: "found in 350 ms · 4 steps · 37 chains". */
    private static String detail(Cell cell) {
        StringBuilder text = new StringBuilder(CellText.detail(cell));
        ExploredText.of(cell).ifPresent(explored -> text.append(" · ").append(explored));
        return text.toString();
    }

    private static void writeEngineTimes(MarkupWriter html, MatrixReport report) {
        html.open("tfoot").open("tr").element("td", "engine time");
        for (EngineInfo engine : report.engines()) {
            long millis = report.rows().stream()
                    .flatMap(row -> row.cellFor(engine.id()).stream())
                    .mapToLong(Cell::millis)
                    .sum();
            html.element("td", millis == 0 ? "–" : DurationText.of(millis));
        }
        html.close("tr").close("tfoot").newline();
    }

    private static void writeLegend(MarkupWriter html) {
        html.open("ul", "class", "legend");
        legendItem(html, "good", "✓ caught / ✓ pass: as it should be");
        legendItem(html, "bad", "✗ escaped: an engine missed a fault it claims · ✗ violation in implementation: "
                + "the implementation under test breaks an invariant");
        legendItem(html, "warning", "⚠ error: the engine gave no verdict (it crashed, or did not end)");
        legendItem(html, "neutral", "– not claimed, skipped, not run: no verdict");
        html.close("ul").newline();
    }

    static void legendItem(MarkupWriter html, String swatch, String text) {
        html.open("li").element("span", "", "class", "swatch " + swatch).text(text).close("li");
    }

    private static String invariants(Row row) {
        return String.join(", ", row.invariants().stream().map(String::valueOf).toList());
    }
}
