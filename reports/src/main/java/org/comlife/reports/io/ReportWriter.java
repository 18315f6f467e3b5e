package org.comlife.reports.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.comlife.reports.html.HtmlReportRenderer;
import org.comlife.reports.json.ReportJson;
import org.comlife.reports.markdown.MarkdownSummaryRenderer;
import org.comlife.reports.schema.MatrixReport;

/**
 * Writes a report's three files into a folder: report.json (for machines and for merging
 * shards), summary.md (for a CI summary or PR comment) and report.html (for people), and the whole
 * text of every engine trace the report keeps only an excerpt of, in traces/. Each file is
 * replaced atomically and ends with the permissions of any new file of the user (umask); all
 * files are rendered before the first is written, so a rendering bug cannot leave a mix of old
 * and new files, and the traces are written first, so report.html never links to a missing one.
 * Trace files of an earlier report in the same folder that this one does not name are deleted.
 */
public final class ReportWriter {
    public static final String JSON_FILE = "report.json";
    public static final String MARKDOWN_FILE = "summary.md";
    public static final String HTML_FILE = "report.html";

    private ReportWriter() {
    }

    /**
     * Writes the report into {@code folder}, creating the folder and its parents when needed.
     *
     * @return the files written: report.json, summary.md, report.html, then the trace files
     * @throws ReportWriteException naming the folder or file that could not be written, and why
     */
    public static List<Path> write(MatrixReport report, Path folder) throws ReportWriteException {
        TraceFiles traces = TraceFiles.plan(report);
        String json = ReportJson.toJson(traces.report());
        String markdown = MarkdownSummaryRenderer.render(traces.report());
        String html = HtmlReportRenderer.render(traces.report());
        createFolder(folder);
        List<Path> traceFiles = new ArrayList<>();
        if (!traces.files().isEmpty()) {
            createFolder(folder.resolve(TraceFiles.FOLDER));
        }
        for (Map.Entry<String, String> file : traces.files().entrySet()) {
            Path traceFile = folder.resolve(file.getKey());
            AtomicFileWriter.write(traceFile, file.getValue());
            traceFiles.add(traceFile);
        }
        Path jsonFile = folder.resolve(JSON_FILE);
        Path markdownFile = folder.resolve(MARKDOWN_FILE);
        Path htmlFile = folder.resolve(HTML_FILE);
        AtomicFileWriter.write(jsonFile, json);
        AtomicFileWriter.write(markdownFile, markdown);
        AtomicFileWriter.write(htmlFile, html);
        removeStaleTraces(traces.report(), folder);
        List<Path> written = new ArrayList<>(List.of(jsonFile, markdownFile, htmlFile));
        written.addAll(traceFiles);
        return written;
    }

    /**
     * Deletes the trace files an earlier report left in the folder that this report does not
     * name, so no reader takes an old run's output for this one's. Only the traces/ folder's
     * .txt files, the kind this writer makes, are touched.
     */
    private static void removeStaleTraces(MatrixReport report, Path folder) throws ReportWriteException {
        Path traces = folder.resolve(TraceFiles.FOLDER);
        if (!Files.isDirectory(traces)) {
            return;
        }
        Set<Path> named = new HashSet<>();
        report.rows().forEach(row -> row.cells().forEach(cell -> {
            if (cell.trace() != null && cell.trace().file() != null) {
                named.add(folder.resolve(cell.trace().file()).normalize());
            }
        }));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(traces, "*.txt")) {
            for (Path file : files) {
                if (!named.contains(file.normalize())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new ReportWriteException(traces, "cannot remove an earlier run's traces ("
                    + AtomicFileWriter.describe(e) + ")", e);
        }
    }

    private static void createFolder(Path folder) throws ReportWriteException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new ReportWriteException(folder, "it exists and is not a folder", e);
        } catch (IOException e) {
            Path blocker = nearestExistingAncestor(folder);
            if (blocker != null && !Files.isDirectory(blocker)) {
                throw new ReportWriteException(folder, blocker + " is a file, not a folder", e);
            }
            throw new ReportWriteException(folder, "cannot create the folder (" + AtomicFileWriter.describe(e) + ")", e);
        }
    }

    /** The closest ancestor that exists: when it is a plain file, it is why the folder cannot be made. */
    private static Path nearestExistingAncestor(Path folder) {
        for (Path path = folder.toAbsolutePath().getParent(); path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                return path;
            }
        }
        return null;
    }
}
