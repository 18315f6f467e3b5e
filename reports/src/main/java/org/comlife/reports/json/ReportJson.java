package org.comlife.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.RawTrace;

/** report.json: a {@link MatrixReport} written as pretty-printed JSON, and read back. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A newer writer may add fields; an older reader of the same schema version ignores them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportJson() {
    }

    /** The report as pretty-printed JSON, fields in the order SCHEMA.md documents, ending with a newline. */
    public static String toJson(MatrixReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialize; failing here is a bug in this module.
            throw new IllegalStateException("cannot serialize report", e);
        }
    }

    /**
     * The report a JSON text describes.
     *
     * @throws ReportFormatException if the text is not JSON, has another schemaVersion, or breaks a
     *                               rule of the schema (the message says which)
     */
    public static MatrixReport fromJson(String json) throws ReportFormatException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        requireSupportedVersion(tree);
        try {
            return MAPPER.treeToValue(tree, MatrixReport.class);
        } catch (ValueInstantiationException e) {
            // The records' own checks (unique ids, known engines, ...) failed: report that sentence.
            Throwable rule = e.getCause() != null ? e.getCause() : e;
            throw new ReportFormatException("report breaks the schema: " + rule.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ReportFormatException("report does not match the schema: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a report.json file, and the whole text of every engine trace whose file lies beside
     * it, so that writing the report elsewhere (a merge of shards) keeps those files.
     */
    public static MatrixReport read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        MatrixReport report;
        try {
            report = fromJson(json);
        } catch (ReportFormatException e) {
            throw new ReportFormatException(file + ": " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return report.withCells((row, cell) -> cell.trace() == null || cell.trace().file() == null ? cell
                : cell.withTrace(withWholeText(cell.trace(), folder.resolve(cell.trace().file()))));
    }

    /** The trace with the text of its file, when the file is there and is the trace's (same length). */
    private static RawTrace withWholeText(RawTrace trace, Path file) {
        try {
            String whole = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            return whole != null && whole.length() == trace.characters() ? trace.withWholeText(whole) : trace;
        } catch (IOException unreadable) {
            // The excerpt and the file name stay in the report; only a copy of the file is lost.
            return trace;
        }
    }

    private static void requireSupportedVersion(JsonNode tree) throws ReportFormatException {
        if (tree == null || !tree.isObject()) {
            throw new ReportFormatException("a report must be a JSON object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new ReportFormatException("no integer schemaVersion: this is not a comlife report");
        }
        if (!MatrixReport.READABLE_VERSIONS.contains(version.intValue())) {
            throw new ReportFormatException("report has schemaVersion " + version.intValue()
                    + ", but this comlife-reports reads only schemaVersions "
                    + new java.util.TreeSet<>(MatrixReport.READABLE_VERSIONS)
                    + "; regenerate the report or use the comlife version that wrote it");
        }
    }
}
