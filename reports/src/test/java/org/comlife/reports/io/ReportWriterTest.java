package org.comlife.reports.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.comlife.reports.SampleReports;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.RawTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing report.json, summary.md, report.html and the engine traces atomically into a folder. */
class ReportWriterTest {
    private static final String LINCHECK_TRACE = "traces/split-release-lincheck.txt";

    @TempDir
    Path temp;

    /** The three files and the trace file are written into a folder created on the way, and report.json reads back as the report written. */
    @Test
    void writesThreeFilesAndTracesIntoNewFolder() throws Exception {
        MatrixReport report = SampleReports.realistic();
        Path folder = temp.resolve("a/b/reports");

        List<Path> written = ReportWriter.write(report, folder);

        assertThat(written).containsExactly(folder.resolve("report.json"), folder.resolve("summary.md"),
                folder.resolve("report.html"), folder.resolve(LINCHECK_TRACE));
        MatrixReport read = ReportJson.read(folder.resolve("report.json"));
        assertThat(read.rows()).hasSameSizeAs(report.rows());
        assertThat(Files.readString(folder.resolve("summary.md"))).startsWith("## ❌ comlife matrix: FAIL");
        assertThat(Files.readString(folder.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    }

    /** A trace the report keeps only in part is written whole to its own file, which report.json and report.html name. */
    @Test
    void wholeTraceGoesToItsOwnFile() throws Exception {
        ReportWriter.write(SampleReports.realistic(), temp);

        String whole = SampleReports.lincheckOutput(400, "split-release").stripTrailing();
        assertThat(Files.readString(temp.resolve(LINCHECK_TRACE))).isEqualTo(whole);
        RawTrace trace = lincheckTrace(ReportJson.read(temp.resolve("report.json")));
        assertThat(trace.file()).isEqualTo(LINCHECK_TRACE);
        assertThat(trace.complete()).isFalse();
        assertThat(trace.wholeText()).contains(whole);
        assertThat(Files.readString(temp.resolve("report.html"))).contains("href=\"" + LINCHECK_TRACE + "\"");
        assertThat(Files.readString(temp.resolve("report.json"))).doesNotContain("line 200:");
    }

    /** A report read back with its traces and written elsewhere (a merge) takes the trace files along. */
    @Test
    void rewrittenReportKeepsItsTraceFiles() throws Exception {
        ReportWriter.write(SampleReports.realistic(), temp.resolve("shard"));

        ReportWriter.write(ReportJson.read(temp.resolve("shard/report.json")), temp.resolve("merged"));

        assertThat(Files.readString(temp.resolve("merged").resolve(LINCHECK_TRACE)))
                .isEqualTo(Files.readString(temp.resolve("shard").resolve(LINCHECK_TRACE)));
    }

    /** Writing over an earlier report replaces its files and leaves no temporary file behind. */
    @Test
    void rewriteLeavesNoTemporaryFiles() throws Exception {
        Files.writeString(temp.resolve("report.json"), "old");

        ReportWriter.write(SampleReports.realistic(), temp);
        ReportWriter.write(SampleReports.realistic(), temp);

        assertThat(fileNames(temp)).containsExactlyInAnyOrder("report.json", "summary.md", "report.html", "traces");
        assertThat(fileNames(temp.resolve("traces"))).containsExactly("split-release-lincheck.txt");
        assertThat(Files.readString(temp.resolve("report.json"))).contains("\"schemaVersion\" : 2");
    }

    /**
     * Every file written has the permissions a plain file creation gets under the process's umask
     * (0644 under umask 022), not the 0600 of a temporary file, so that an artifact or web server
     * running as another user can read the report. POSIX file systems only.
     */
    @Test
    void filesGetTheUmaskPermissions() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX permissions").contains("posix");
        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(temp.resolve("probe")));

        List<Path> written = ReportWriter.write(SampleReports.realistic(), temp.resolve("out"));

        assertThat(written).hasSize(4).allSatisfy(file ->
                assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(plain));
        assertThat(plain).as("the umask lets the owner read and write").contains(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    /** A folder below a regular file cannot be made; the error names the folder and the file in the way. */
    @Test
    void folderUnderARegularFileIsReportedClearly() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        Path folder = file.resolve("reports");

        assertThatThrownBy(() -> ReportWriter.write(SampleReports.realistic(), folder))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining("cannot write the report to " + folder)
                .hasMessageContaining(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    /** A target that cannot be replaced (a folder named report.html) fails naming it, and its temporary file is removed. */
    @Test
    void failedReplaceRemovesItsTemporaryFile() throws Exception {
        Files.createDirectories(temp.resolve("report.html").resolve("occupied"));

        assertThatThrownBy(() -> ReportWriter.write(SampleReports.realistic(), temp))
                .isInstanceOf(ReportWriteException.class)
                .hasMessageContaining(temp.resolve("report.html").toString());
        assertThat(fileNames(temp)).noneMatch(name -> name.endsWith(".tmp"));
    }

    private static RawTrace lincheckTrace(MatrixReport report) {
        Cell cell = report.row("split-release").orElseThrow().cellFor("lincheck").orElseThrow();
        return cell.trace();
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
