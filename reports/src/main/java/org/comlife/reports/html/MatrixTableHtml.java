package org.comlife.reports.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.render.ExploredText;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;

/** The matrix as an HTML table: a row per reference or fault, a column per engine, and its legend. */
final class MatrixTableHtml {
    private MatrixTableHtml() {
    }

    static void write(MarkupWriter html, MatrixReport report) {
        List<EngineInfo> engines = report.engines();
        html.open("table", "class", "matrix").newline();
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

    private static void writeRow(MarkupWriter html, Row row, int rowIndex, List<EngineInfo> engines) {
        html.open("tr").open("th", "scope", "row");
        html.element("a", row.id(), "class", "row-id", "href", "#" + AnchorIds.row(rowIndex));
        if (row.title() != null) {
            html.element("span", row.title(), "class", "row-title");
        }
        String kind = row.kind().label() + (row.invariants().isEmpty() ? "" : " · inv. " + invariants(row));
        html.element("span", kind, "class", "kind");
        html.close("th");
        for (int e = 0; e < engines.size(); e++) {
            writeCell(html, row.cellFor(engines.get(e).id()), rowIndex, e);
        }
        html.close("tr").newline();
    }

    private static void writeCell(MarkupWriter html, Optional<Cell> found, int rowIndex, int engineIndex) {
        CellLabel label = found.map(CellLabel::of).orElse(CellLabel.notRun());
        html.open("td", "class", "cell " + label.tone().name().toLowerCase(Locale.ROOT));
        html.element("span", label.text(), "class", "label");
        if (found.isPresent()) {
            Cell cell = found.get();
            if (cell.status() != Status.SKIPPED) {
                html.element("span", details(cell), "class", "detail");
            } else {
                html.element("span", cell.message(), "class", "detail");
            }
            if (cell.counterexample() != null) {
                html.element("a", "counterexample ↓", "href", "#" + AnchorIds.cell(rowIndex, engineIndex));
            }
            if (cell.status() == Status.ERROR) {
                html.element("a", "failure ↓", "href", "#" + AnchorIds.cell(rowIndex, engineIndex));
            }
        }
        html.close("td");
    }

    /** Time, how much was explored, and the counterexample's length: "350ms · 37 chains · 4 steps". */
    private static String details(Cell cell) {
        StringBuilder text = new StringBuilder(DurationText.of(cell.millis()));
        ExploredText.of(cell).ifPresent(explored -> text.append(" · ").append(explored));
        if (cell.counterexampleLength() != null) {
            text.append(" · ").append(cell.counterexampleLength()).append(" steps");
        }
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
        legendItem(html, "bad", "✗ escaped / ✗ false alarm: the engine got it wrong");
        legendItem(html, "warning", "⚠ error: the engine run crashed");
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
