package org.comlife.reports.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.reports.SampleReports;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.RawTrace;
import org.comlife.reports.schema.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json: round trip, stable shape, and refusal of what this version cannot read. */
class ReportJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** A report written to JSON and read back equals the original, counterexamples included. */
    @Test
    void roundTripIsEqual() throws Exception {
        MatrixReport report = SampleReports.realistic();

        MatrixReport read = ReportJson.fromJson(ReportJson.toJson(report));

        assertThat(read).isEqualTo(report);
        assertThat(read.summary()).isEqualTo(report.summary());
    }

    /** Writing the same report twice gives the same text, so report.json diffs cleanly. */
    @Test
    void outputIsDeterministic() {
        assertThat(ReportJson.toJson(SampleReports.realistic())).isEqualTo(ReportJson.toJson(SampleReports.realistic()));
    }

    /** Fields come in the documented order, with schemaVersion first and optional fields present as null. */
    @Test
    void fieldOrderIsStable() throws Exception {
        JsonNode tree = PLAIN.readTree(ReportJson.toJson(SampleReports.realistic()));

        assertThat(names(tree)).containsExactly("schemaVersion", "tool", "generatedAt", "implementation", "replayHelp",
                "shards", "plan", "summary", "engines", "rows");
        assertThat(names(tree.get("summary"))).containsExactly("verdict", "referencePassed", "faults", "faultsCaught",
                "faultsEscaped", "errors", "skippedCells", "totalMillis", "failureReasons", "partial");
        assertThat(names(tree.get("engines").get(0)))
                .containsExactly("id", "name", "description", "available", "unavailableReason");
        JsonNode row = tree.get("rows").get(1);
        assertThat(names(row)).containsExactly("id", "title", "kind", "invariants", "story", "fix", "cells");
        assertThat(names(row.get("cells").get(0))).containsExactly("engine", "status", "claimed", "millis", "explored",
                "exploredUnit", "counterexampleLength", "counterexample", "message", "trace");
        JsonNode counterexample = row.get("cells").get(1).get("counterexample");
        assertThat(names(counterexample)).containsExactly("threads", "steps", "brokenStep", "brokenInvariant",
                "explanation", "replay", "replayFile");
        JsonNode trace = tree.get("rows").get(2).get("cells").get(1).get("trace");
        assertThat(names(trace)).containsExactly("excerpt", "complete", "lines", "characters", "file");
        assertThat(names(counterexample.get("steps").get(0)))
                .containsExactly("index", "thread", "operation", "result", "note");
    }

    /** The written JSON carries the schema version, the computed summary and kinds in their documented spelling. */
    @Test
    void derivedFieldsAreWritten() throws Exception {
        JsonNode tree = PLAIN.readTree(ReportJson.toJson(SampleReports.realistic()));

        assertThat(tree.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(tree.get("summary").get("verdict").textValue()).isEqualTo("FAIL");
        assertThat(tree.get("summary").get("errors").intValue()).isEqualTo(1);
        assertThat(tree.get("rows").get(1).get("kind").textValue()).isEqualTo("client-fault");
        assertThat(tree.get("rows").get(2).get("cells").get(1).get("status").textValue()).isEqualTo("ERROR");
    }

    /** A report of another schema version is refused with a message that names both versions. */
    @Test
    void otherSchemaVersionIsRefused() {
        String json = ReportJson.toJson(SampleReports.realistic()).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3");

        assertThatThrownBy(() -> ReportJson.fromJson(json))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("schemaVersion 3")
                .hasMessageContaining("reads only schemaVersions [1, 2]");
    }

    /** A report of schema version 1 is still read: FALSE_ALARM is the violation in the implementation, new fields are null. */
    @Test
    void versionOneIsRead() throws Exception {
        String json = """
                {"schemaVersion": 1, "tool": "comlife 0.1", "generatedAt": "2025-06-01T12:00:00.123456789Z",
                 "implementation": "mine", "shards": [],
                 "engines": [{"id": "a", "name": "A", "description": null, "available": true, "unavailableReason": null}],
                 "rows": [{"id": "reference", "title": null, "kind": "reference", "invariants": [], "story": null,
                           "fix": null, "cells": [{"engine": "a", "status": "FALSE_ALARM", "claimed": true,
                           "millis": 5, "explored": 3, "exploredUnit": "states", "counterexampleLength": null,
                           "counterexample": null, "message": null}]}]}
                """;

        MatrixReport report = ReportJson.fromJson(json);

        assertThat(report.rows().get(0).cells().get(0).status()).isEqualTo(Status.VIOLATION_IN_IMPLEMENTATION);
        assertThat(report.rows().get(0).cells().get(0).trace()).isNull();
        assertThat(report.replayHelp()).isNull();
        assertThat(report.summary().failureReasons()).containsExactly("violation in the implementation under test, found by a");
    }

    /** An excerpt longer than the documented limit is refused on reading: a report never holds an untrimmed trace. */
    @Test
    void untrimmedTraceIsRefused() {
        String json = ReportJson.toJson(SampleReports.realistic());
        String excerpt = "\"excerpt\" : \"";
        int at = json.indexOf(excerpt) + excerpt.length();
        String tooLong = json.substring(0, at) + "x\\n".repeat(RawTrace.HEAD_LINES + RawTrace.TAIL_LINES + 2)
                + json.substring(at);

        assertThatThrownBy(() -> ReportJson.fromJson(tooLong))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("a trace excerpt holds at most");
    }

    /** JSON without a schemaVersion is refused as not a comlife report. */
    @Test
    void missingSchemaVersionIsRefused() {
        assertThatThrownBy(() -> ReportJson.fromJson("{\"tool\": \"x\"}"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("not a comlife report");
    }

    /** Text that is not JSON is refused as such. */
    @Test
    void malformedJsonIsRefused() {
        assertThatThrownBy(() -> ReportJson.fromJson("{ nope"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("not valid JSON");
    }

    /** JSON that breaks a rule of the schema (a cell for an unknown engine) is refused with that rule. */
    @Test
    void schemaRuleViolationIsRefused() {
        String json = ReportJson.toJson(SampleReports.realistic()).replace("\"engine\" : \"scenarios\"", "\"engine\" : \"zz\"");

        assertThatThrownBy(() -> ReportJson.fromJson(json))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("engine 'zz'");
    }

    /** Reading a file that is not a valid report names the file. */
    @Test
    void readNamesTheFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("report.json");
        Files.writeString(file, "[]");

        assertThatThrownBy(() -> ReportJson.read(file))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining(file.toString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
