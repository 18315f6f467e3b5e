package org.comlife.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.reports.TestMatrices.cell;
import static org.comlife.reports.TestMatrices.engines;
import static org.comlife.reports.TestMatrices.matrix;
import static org.comlife.reports.TestMatrices.reference;

import java.util.List;
import org.comlife.reports.SampleReports;
import org.comlife.reports.TestMatrices;
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

    /** The table has a column per engine and a line per row; each cell says whether the engine ran, how long, and what it found. */
    @Test
    void tableShowsEveryCell() {
        assertThat(sample).contains("| row | kind | Lincheck | Property chains | Scenario interleavings | Java PathFinder |");
        assertThat(line("**reference**")).contains("| ✓ pass, ran: no violation in 4.2 s | ✓ pass, ran: no violation in 2.8 s "
                + "| ✓ pass, ran: no violation in 1.1 s | skipped, not run |");
        assertThat(line("**double-unmarshal**"))
                .contains("| client-fault · inv. 3, 4 |")
                .contains("| – not claimed, ran: no violation in 910 ms | ✓ caught, found in 350 ms · 4 steps "
                        + "| ✓ caught, found in 120 ms · 4 steps | skipped, not run |");
        assertThat(line("**split-release**")).contains("| ✓ caught, found in 1.9 s · 5 steps "
                + "| ⚠ error, failed after 640 ms | – not claimed, ran: no violation in 450 ms |");
        assertThat(line("*engine time*")).contains("| 7.1 s | 3.8 s | 1.7 s | – |");
    }

    /** One step is "1 step", and a cell not claimed and not run (quick matrix) says so, unlike one that ran and found nothing. */
    @Test
    void wordsFitTheCount() {
        Row row = new Row("f", "F", RowKind.RUNTIME_FAULT, List.of(), null, null, List.of(
                new Cell("a", Status.CAUGHT, true, 5, 1, "states", 1, null, null),
                Cell.skipped("b", false, "not claimed, so not run in the quick matrix"),
                new Cell("c", Status.NOT_CLAIMED, false, 10_100, 40, "states", null, null, null),
                new Cell("d", Status.NOT_CLAIMED, false, 0, 0, "chains", null, null, "out of reach")));

        String markdown = MarkdownSummaryRenderer.render(matrix(engines("a", "b", "c", "d"), reference(cell("a", Status.PASSED)), row));

        assertThat(markdown).contains("| ✓ caught, found in 5 ms · 1 step | – not claimed, not run "
                + "| – not claimed, ran: no violation in 10.1 s | – not claimed, ran 0 ms, explored nothing |");
        assertThat(markdown).contains("· 2 rows × 4 engines ·").contains("1 fault: 1 caught");
    }

    /** The time the report was made reads to the second, in UTC. */
    @Test
    void timestampIsReadable() {
        MatrixReport report = new MatrixReport("t", "2025-06-01T14:00:00.123456789+02:00", "reference",
                engines("a"), List.of(reference(cell("a", Status.PASSED))), List.of());

        assertThat(MarkdownSummaryRenderer.render(report)).contains(" · 2025-06-01 12:00:00 UTC").doesNotContain("123456789");
    }

    /** A violation in the implementation under test is called that, with the invariant it breaks and the replay command. */
    @Test
    void violationInImplementationIsNamed() {
        Cell found = new Cell("a", Status.VIOLATION_IN_IMPLEMENTATION, true, 2_100, 9, "states", null,
                TestMatrices.twoThreadCounterexample().withReplayFile("counterexamples/reference.json"), null);
        MatrixReport report = matrix(engines("a"), reference(found)).withReplayHelp("comlife replay out/<file>");

        String markdown = MarkdownSummaryRenderer.render(report);

        assertThat(markdown).contains("- violation in the implementation under test, found by a\n");
        assertThat(markdown).contains("**What failed**\n\n- **reference** × Engine a: ✗ violation in implementation, "
                + "found in 2.1 s · 2 steps; breaks the thing stays open. Replay: `comlife replay out/counterexamples/reference.json`\n");
        assertThat(markdown).doesNotContain("false alarm");
    }

    /** Every counterexample of a caught fault is listed, folded, with its broken invariant and how to replay it; report.html is named. */
    @Test
    void counterexamplesAndReportArePointedTo() {
        assertThat(sample).contains("<details><summary>2 counterexamples of caught faults");
        assertThat(sample).contains("- **double-unmarshal** × Property chains: 4 steps; breaks 4: a stream's refCount never goes "
                + "below 0, and nothing uses a stream after it reached 0. Replay: "
                + "`java -jar checks/target/comlife.jar replay comlife-report/counterexamples/double-unmarshal.json`\n");
        assertThat(sample).contains("**Replay** a counterexample from its replay file: "
                + "`java -jar checks/target/comlife.jar replay comlife-report/<file>`");
        assertThat(sample).contains("report.html beside this file");
    }

    /** An escaped fault is listed with the invariant the fault breaks. */
    @Test
    void escapesAreListed() {
        MatrixReport report = matrix(engines("a"), reference(cell("a", Status.PASSED)),
                new Row("f", "F", RowKind.CLIENT_FAULT, List.of(4), null, null, List.of(cell("a", Status.ESCAPED))));

        assertThat(MarkdownSummaryRenderer.render(report))
                .contains("- **f** × Engine a: ✗ escaped, ran: found nothing in 100 ms. The fault breaks invariant 4\n");
    }

    /** Every unavailable engine gets a line with its reason (the text the engine gave, fit for the entry point), and so do cells an available engine did not run. */
    @Test
    void skippedEnginesListTheirReason() {
        assertThat(sample).contains("**Not run**\n\n- **Java PathFinder** (jpf): jpf-core not installed; pass --jpf PATH\n");
        MatrixReport excluded = matrix(engines("a", "b"),
                reference(cell("a", Status.PASSED), Cell.skipped("b", true, "excluded by --engines a")),
                new Row("f", "F", RowKind.CLIENT_FAULT, List.of(), null, null,
                        List.of(cell("a", Status.CAUGHT), Cell.skipped("b", true, "excluded by --engines a"))));
        assertThat(MarkdownSummaryRenderer.render(excluded)).contains("- **Engine b** on reference, f: excluded by --engines a\n");
    }

    /** Crashed runs are listed by their first line, and the totals add up, in words that fit their counts. */
    @Test
    void errorsAndTotalsAreListed() {
        assertThat(sample).contains("- **split-release** × Property chains: ⚠ error, failed after 640 ms: "
                + "java.lang.IllegalStateException: chain generator scheduled an action on terminated thread T2\n");
        assertThat(sample).doesNotContain("ChainRunner.java");
        assertThat(sample).contains("**Totals:** 2 faults: 2 caught, 0 escaped · implementation under test passed · "
                + "1 engine error · 3 cells not run · engine time 12.6 s");
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
