package org.comlife.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Summary;
import org.comlife.reports.schema.Verdict;
import org.junit.jupiter.api.Test;

/** The sample report, written to target/sample-report so that a person can open report.html after a build. */
class SampleReportTest {

    /** The sample matrix writes its three files, and its summary counts what the fixture holds. */
    @Test
    void sampleReportIsWrittenForPeopleToLookAt() throws Exception {
        MatrixReport report = SampleReports.realistic();
        Path folder = Path.of("target", "sample-report");

        List<Path> written = ReportWriter.write(report, folder);

        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
        Summary summary = report.summary();
        assertThat(summary.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(summary.referencePassed()).isTrue();
        assertThat(summary.faults()).isEqualTo(2);
        assertThat(summary.faultsCaught()).isEqualTo(2);
        assertThat(summary.faultsEscaped()).isZero();
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.skippedCells()).isEqualTo(3);
    }
}
