package org.comlife.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.schema.MatrixReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a full hunt stays small enough to open: report.json and report.html under 2 MB
 * each, though engines gave megabytes of their own output, with every such output whole in a file
 * of its own and only its excerpt in the report.
 */
class FullHuntSizeTest {
    private static final long LIMIT = 2L * 1024 * 1024;

    @TempDir
    Path folder;

    /** A full hunt's report.json and report.html are each under 2 MB, and no engine output is embedded whole. */
    @Test
    void fullHuntReportIsSmall() throws Exception {
        MatrixReport report = FullHuntReports.fullHunt();

        ReportWriter.write(report, folder);

        long json = Files.size(folder.resolve("report.json"));
        long html = Files.size(folder.resolve("report.html"));
        long markdown = Files.size(folder.resolve("summary.md"));
        System.out.printf(Locale.ROOT, "full hunt report: report.json %,d bytes, report.html %,d bytes, summary.md %,d bytes%n",
                json, html, markdown);
        assertThat(json).isLessThan(LIMIT);
        assertThat(html).isLessThan(LIMIT);
        assertThat(markdown).isLessThan(64 * 1024);
    }

    /** The huge outputs are cut in report.json and report.html, and whole in their own files, which the page links to. */
    @Test
    void engineOutputIsOnlyExcerpted() throws Exception {
        ReportWriter.write(FullHuntReports.fullHunt(), folder);
        String json = Files.readString(folder.resolve("report.json"));
        String html = Files.readString(folder.resolve("report.html"));

        int huge = 0;
        for (int f = 1; f <= FullHuntReports.FAULTS; f++) {
            if (!FullHuntReports.hasHugeOutput(f)) {
                continue;
            }
            huge++;
            String id = FullHuntReports.faultId(f);
            String whole = SampleReports.lincheckOutput(FullHuntReports.HUGE_OUTPUT_LINES, id).stripTrailing();
            Path file = folder.resolve("traces/" + id + "-lincheck.txt");
            assertThat(Files.readString(file)).isEqualTo(whole);
            assertThat(html).contains("href=\"traces/" + id + "-lincheck.txt\"");
        }
        assertThat(huge).isGreaterThanOrEqualTo(5);
        String middleLine = "|   line 25000: ";
        assertThat(json).doesNotContain(middleLine);
        assertThat(html).doesNotContain(middleLine);
        assertThat(json).contains("[… 49,955 lines cut …]");
    }
}
