package org.comlife.reports.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.comlife.reports.SampleReports;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.schema.MatrixReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing report.json, summary.md and report.html atomically into a folder. */
class ReportWriterTest {
    @TempDir
    Path temp;

    /** The three files are written into a folder created on the way, and report.json reads back as the report. */
    @Test
    void writesThreeFilesIntoNewFolder() throws Exception {
        MatrixReport report = SampleReports.realistic();
        Path folder = temp.resolve("a/b/reports");

        List<Path> written = ReportWriter.write(report, folder);

        assertThat(written).containsExactly(folder.resolve("report.json"), folder.resolve("summary.md"),
                folder.resolve("report.html"));
        assertThat(ReportJson.read(folder.resolve("report.json"))).isEqualTo(report);
        assertThat(Files.readString(folder.resolve("summary.md"))).startsWith("## ❌ comlife matrix: FAIL");
        assertThat(Files.readString(folder.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    }

    /** Writing over an earlier report replaces its files and leaves no temporary file behind. */
    @Test
    void rewriteLeavesNoTemporaryFiles() throws Exception {
        Files.writeString(temp.resolve("report.json"), "old");

        ReportWriter.write(SampleReports.realistic(), temp);
        ReportWriter.write(SampleReports.realistic(), temp);

        assertThat(fileNames(temp)).containsExactlyInAnyOrder("report.json", "summary.md", "report.html");
        assertThat(Files.readString(temp.resolve("report.json"))).contains("\"schemaVersion\" : 1");
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

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
