package org.comlife.reports.html;

import java.util.List;
import org.comlife.reports.render.CellLabel;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;

/**
 * One article per row, below the matrix: the fault's story and fix, then a section for every cell
 * with something to read ({@link CellSectionHtml}). Each article links back to its row of the
 * matrix.
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
        html.open("p", "class", "meta").text(kindLine(row)).text(" · ");
        backLink(html, rowIndex);
        html.close("p").newline();
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
            row.cellFor(engine.id()).filter(MatrixTableHtml::hasSection).ifPresent(cell ->
                    CellSectionHtml.write(html, report, engine, cell, rowIndex, engineIndex));
        }
        html.close("article").newline();
    }

    /** "↑ back to the matrix", to the row the reader came from. */
    static void backLink(MarkupWriter html, int rowIndex) {
        html.element("a", "↑ back to the matrix", "class", "back", "href", "#" + AnchorIds.matrixRow(rowIndex));
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
}
