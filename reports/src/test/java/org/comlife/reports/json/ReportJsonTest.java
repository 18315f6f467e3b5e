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

        assertThat(names(tree)).containsExactly("schemaVersion", "tool", "generatedAt", "implementation", "shards",
                "summary", "engines", "rows");
        assertThat(names(tree.get("summary"))).containsExactly("verdict", "referencePassed", "faults", "faultsCaught",
                "faultsEscaped", "errors", "skippedCells", "totalMillis", "failureReasons");
        assertThat(names(tree.get("engines").get(0)))
                .containsExactly("id", "name", "description", "available", "unavailableReason");
        JsonNode row = tree.get("rows").get(1);
        assertThat(names(row)).containsExactly("id", "title", "kind", "invariants", "story", "fix", "cells");
        assertThat(names(row.get("cells").get(0))).containsExactly("engine", "status", "claimed", "millis", "explored",
                "exploredUnit", "counterexampleLength", "counterexample", "message");
        JsonNode counterexample = row.get("cells").get(1).get("counterexample");
        assertThat(names(counterexample))
                .containsExactly("threads", "steps", "brokenStep", "brokenInvariant", "explanation", "replay");
        assertThat(names(counterexample.get("steps").get(0)))
                .containsExactly("index", "thread", "operation", "result", "note");
    }

    /** The written JSON carries the schema version, the computed summary and kinds in their documented spelling. */
    @Test
    void derivedFieldsAreWritten() throws Exception {
        JsonNode tree = PLAIN.readTree(ReportJson.toJson(SampleReports.realistic()));

        assertThat(tree.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(tree.get("summary").get("verdict").textValue()).isEqualTo("FAIL");
        assertThat(tree.get("summary").get("errors").intValue()).isEqualTo(1);
        assertThat(tree.get("rows").get(1).get("kind").textValue()).isEqualTo("client-fault");
        assertThat(tree.get("rows").get(2).get("cells").get(1).get("status").textValue()).isEqualTo("ERROR");
    }

    /** A report of another schema version is refused with a message that names both versions. */
    @Test
    void otherSchemaVersionIsRefused() {
        String json = ReportJson.toJson(SampleReports.realistic()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> ReportJson.fromJson(json))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("schemaVersion 2")
                .hasMessageContaining("reads only schemaVersion 1");
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
