package org.comlife.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.reports.TestMatrices.cell;
import static org.comlife.reports.TestMatrices.engines;
import static org.comlife.reports.TestMatrices.matrix;
import static org.comlife.reports.TestMatrices.reference;

import java.util.List;
import org.comlife.reports.SampleReports;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;
import org.comlife.reports.schema.Status;
import org.junit.jupiter.api.Test;

/** summary.md: verdict title, the matrix table, skipped engines, errors and totals, all safely escaped. */
class MarkdownSummaryRendererTest {
    private final String sample = MarkdownSummaryRenderer.render(SampleReports.realistic());

    /** The title states the verdict with a sign that reads at a glance. */
    @Test
    void titleStatesVerdict() {
        assertThat(sample).startsWith("## ❌ comlife matrix: FAIL\n");
        MatrixReport passing = matrix(engines("a"), reference(cell("a", Status.PASSED)));
        assertThat(MarkdownSummaryRenderer.render(passing)).startsWith("## ✅ comlife matrix: PASS\n");
    }

    /** The table has a column per engine and a line per row with each cell's label and time. */
    @Test
    void tableShowsEveryCell() {
        assertThat(sample).contains("| row | kind | Lincheck | Property chains | Scenario interleavings | Java PathFinder |");
        assertThat(line("**reference**")).contains("| ✓ pass 4.2s | ✓ pass 2.8s | ✓ pass 1.1s | skipped |");
        assertThat(line("**double-unmarshal**"))
                .contains("| client-fault · inv. 3, 4 |")
                .contains("| – not claimed 910ms | ✓ caught 350ms · 4 steps | ✓ caught 120ms · 4 steps | skipped |");
        assertThat(line("**split-release**")).contains("| ✓ caught 1.9s · 5 steps | ⚠ error 640ms | – not claimed 450ms |");
        assertThat(line("*engine time*")).contains("| 7.1s | 3.8s | 1.7s | – |");
    }

    /** Escaped faults and false alarms read as failures. */
    @Test
    void failuresAreLabelled() {
        MatrixReport report = matrix(engines("a"),
                reference(cell("a", Status.FALSE_ALARM)),
                new Row("f", "F", RowKind.CLIENT_FAULT, List.of(), null, null, List.of(cell("a", Status.ESCAPED))));

        String markdown = MarkdownSummaryRenderer.render(report);

        assertThat(markdown).contains("✗ false alarm 100ms").contains("✗ escaped 100ms");
        assertThat(markdown).contains("- false alarm on the reference by a");
    }

    /** Every unavailable engine gets a line with its reason, and so does a cell skipped by an available engine. */
    @Test
    void skippedEnginesListTheirReason() {
        assertThat(sample).contains("**Skipped**\n\n- **Java PathFinder** (jpf): jpf-core not installed; pass --jpf PATH\n");
        MatrixReport excluded = matrix(engines("a", "b"),
                reference(cell("a", Status.PASSED), Cell.skipped("b", true, "excluded by --engines a")));
        assertThat(MarkdownSummaryRenderer.render(excluded)).contains("- **reference** × Engine b: excluded by --engines a\n");
    }

    /** Crashed runs are listed by their first line, and the totals add up. */
    @Test
    void errorsAndTotalsAreListed() {
        assertThat(sample).contains("- **split-release** × Property chains: java.lang.IllegalStateException: "
                + "chain generator scheduled an action on terminated thread T2\n");
        assertThat(sample).doesNotContain("ChainRunner.java");
        assertThat(sample).contains("**Totals:** 2 faults: 2 caught, 0 escaped · reference passed · 1 errors · "
                + "3 skipped cells · engine time 12.6s");
    }

    /** A pipe or a line break in report text cannot break the table, and HTML in it stays text. */
    @Test
    void cellTextIsEscaped() {
        Row hostile = new Row("f|1", "a | b\nc <b>bold</b>", RowKind.RUNTIME_FAULT, List.of(), null, null,
                List.of(new Cell("a", Status.CAUGHT, true, 5, 0, null, null, null, null)));
        String markdown = MarkdownSummaryRenderer.render(matrix(engines("a"), hostile));

        String row = markdown.lines().filter(line -> line.startsWith("| **f")).findFirst().orElseThrow();
        assertThat(row).contains("**f\\|1** — a \\| b<br>c &lt;b&gt;bold&lt;/b&gt;");
        String header = markdown.lines().filter(line -> line.startsWith("| row |")).findFirst().orElseThrow();
        assertThat(unescapedPipes(row)).isEqualTo(unescapedPipes(header));
    }

    private String line(String start) {
        return sample.lines().filter(line -> line.startsWith("| " + start)).findFirst().orElseThrow();
    }

    private static long unescapedPipes(String line) {
        long count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }
}
