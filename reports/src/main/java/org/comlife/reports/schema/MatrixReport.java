package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A verification matrix: rows are the reference implementation and the seeded faults, columns
 * are the engines, each cell says what one engine did with one row. See reports/SCHEMA.md.
 *
 * <p>{@link #schemaVersion()} and {@link #summary()} are written to JSON but derived, not stored:
 * the version is this code's, and the summary is recomputed from the rows, so neither can
 * disagree with the rest of the report.
 *
 * @param tool           the program and version that produced the report, e.g. "comlife 0.1.0"
 * @param generatedAt    when, as an ISO-8601 date-time with offset, e.g. "2025-06-01T12:00:00Z"
 * @param implementation the name of the implementation that was checked
 * @param replayHelp     how to replay a counterexample's {@link Counterexample#replayFile()}, in the
 *                       words of the tool that made the report (e.g. its command line with a
 *                       placeholder for the file); null when the tool has no replay
 * @param engines        the columns, in display order; ids are unique
 * @param rows           the rows, in display order; ids are unique
 * @param shards         the ids of the shards merged into this report, each "i/n"; empty for an
 *                       unsharded run, one id for a single shard, all n for a merged report
 * @param plan           what matrix this is, in one line the tool writes (its implementation,
 *                       engines, rows, settings): the same in every shard of one matrix, so that
 *                       shards of another are refused when merged; null when the tool gives none
 */
@JsonPropertyOrder({"schemaVersion", "tool", "generatedAt", "implementation", "replayHelp", "shards", "plan",
        "summary", "engines", "rows"})
@JsonIgnoreProperties(value = {"schemaVersion", "summary"}, allowGetters = true)
public record MatrixReport(
        String tool,
        String generatedAt,
        String implementation,
        String replayHelp,
        List<EngineInfo> engines,
        List<Row> rows,
        List<String> shards,
        String plan) {

    /** The version of the JSON schema this code writes. Raise it on any incompatible change. */
    public static final int SCHEMA_VERSION = 2;
    /** The versions this code reads: version 1 differs only in names this code still accepts. */
    public static final Set<Integer> READABLE_VERSIONS = Set.of(1, 2);

    public MatrixReport {
        Required.text(tool, "tool");
        Required.text(implementation, "implementation");
        requireIsoDateTime(generatedAt);
        engines = Required.list(engines, "engines");
        rows = Required.list(rows, "rows");
        shards = Required.list(shards, "shards");
        for (String shard : shards) {
            ShardId.parse(shard);
        }
        Set<String> engineIds = uniqueIds(engines.stream().map(EngineInfo::id).toList(), "engine");
        uniqueIds(rows.stream().map(Row::id).toList(), "row");
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                if (!engineIds.contains(cell.engine())) {
                    throw new IllegalArgumentException("row " + row.id() + " has a cell for engine '"
                            + cell.engine() + "', which is not among the engines " + engineIds);
                }
            }
        }
    }

    /** A report without a plan. */
    public MatrixReport(String tool, String generatedAt, String implementation, String replayHelp,
                        List<EngineInfo> engines, List<Row> rows, List<String> shards) {
        this(tool, generatedAt, implementation, replayHelp, engines, rows, shards, null);
    }

    /** A report without replay help or plan. */
    public MatrixReport(String tool, String generatedAt, String implementation, List<EngineInfo> engines,
                        List<Row> rows, List<String> shards) {
        this(tool, generatedAt, implementation, null, engines, rows, shards, null);
    }

    /** This report, telling how its counterexamples are replayed. */
    public MatrixReport withReplayHelp(String help) {
        return new MatrixReport(tool, generatedAt, implementation, help, engines, rows, shards, plan);
    }

    /** This report, naming the matrix it belongs to (see {@link #plan()}). */
    public MatrixReport withPlan(String matrixPlan) {
        return new MatrixReport(tool, generatedAt, implementation, replayHelp, engines, rows, shards, matrixPlan);
    }

    /**
     * Whether this is one shard of several ({@link #shards()} is one id "i/n" with n above 1): its
     * verdict is on its own cells only, and the gate on the whole matrix is the merged report.
     */
    @JsonIgnore
    public boolean isPartial() {
        return ShardId.isPartial(shards);
    }

    /** This report with every cell passed through {@code change}, which is given the cell's row. */
    public MatrixReport withCells(BiFunction<Row, Cell, Cell> change) {
        List<Row> changed = rows.stream()
                .map(row -> row.withCells(row.cells().stream().map(cell -> change.apply(row, cell)).toList()))
                .toList();
        return new MatrixReport(tool, generatedAt, implementation, replayHelp, engines, changed, shards, plan);
    }

    @JsonProperty("schemaVersion")
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    @JsonProperty("summary")
    public Summary summary() {
        return isPartial() ? Summary.ofShard(rows) : Summary.of(rows);
    }

    /** The engine with the given id, if it is a column of this matrix. */
    public Optional<EngineInfo> engine(String id) {
        return engines.stream().filter(engine -> engine.id().equals(id)).findFirst();
    }

    /** The row with the given id, if the matrix has it. */
    public Optional<Row> row(String id) {
        return rows.stream().filter(row -> row.id().equals(id)).findFirst();
    }

    private static void requireIsoDateTime(String generatedAt) {
        Required.text(generatedAt, "generatedAt");
        try {
            OffsetDateTime.parse(generatedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "generatedAt must be an ISO-8601 date-time with offset, e.g. 2025-06-01T12:00:00Z; got " + generatedAt, e);
        }
    }

    private static Set<String> uniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two " + what + "s have the id " + id);
            }
        }
        return seen;
    }
}
