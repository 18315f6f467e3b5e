package org.comlife.reports.merge;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;

/**
 * Combines the reports of the shards of one matrix (run in parallel CI jobs, each on some of its
 * cells) into the whole matrix.
 *
 * <p>The shards must be exactly the n shards of one matrix: each report one shard "i/n", every i
 * from 1 to n once, all of the same plan, tool and implementation. A missing shard would make
 * its cells vanish from the verdict, a shard given twice or a shard of another matrix would make
 * the merge claim what was not run; all three are refused. Each cell runs in one shard, so a cell
 * two shards both report is refused too.
 */
public final class ShardMerger {
    private ShardMerger() {
    }

    /**
     * The matrix made of all the shards' rows and cells, with the summary recomputed and the shard
     * ids recorded. Rows keep the order in which they first appear, the reference first; cells
     * follow the engine order.
     *
     * @throws ShardConflictException if the shards check different implementations, use different
     *                                engines, describe a row differently, or disagree on a cell
     */
    public static MatrixReport merge(List<MatrixReport> shards) {
        if (shards == null || shards.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: no shards given");
        }
        MatrixReport first = shards.get(0);
        List<String> shardIds = ShardSet.requireComplete(shards);
        for (MatrixReport shard : shards) {
            requireSame(first, shard, "tool", MatrixReport::tool);
            requireSame(first, shard, "implementation", MatrixReport::implementation);
            requireSame(first, shard, "plan", MatrixReport::plan);
        }
        List<EngineInfo> engines = mergeEngines(shards);
        List<Row> rows = mergeRows(shards, engines);
        String generatedAt = shards.stream()
                .map(MatrixReport::generatedAt)
                .max(Comparator.comparing(text -> OffsetDateTime.parse(text).toInstant()))
                .orElseThrow();
        // Each shard's help names its own folder: the tool that writes the merge gives its own.
        return new MatrixReport(first.tool(), generatedAt, first.implementation(), null, engines, rows, shardIds,
                first.plan());
    }

    private static List<EngineInfo> mergeEngines(List<MatrixReport> shards) {
        MatrixReport first = shards.get(0);
        List<String> ids = first.engines().stream().map(EngineInfo::id).toList();
        List<EngineInfo> merged = new ArrayList<>(first.engines());
        for (MatrixReport shard : shards) {
            List<String> shardIds = shard.engines().stream().map(EngineInfo::id).toList();
            if (!shardIds.equals(ids)) {
                throw new ShardConflictException("shards of one matrix must have the same engines in the same order: "
                        + name(first) + " has " + ids + ", " + name(shard) + " has " + shardIds);
            }
            for (int i = 0; i < merged.size(); i++) {
                merged.set(i, mergeEngine(merged.get(i), shard.engines().get(i), shard));
            }
        }
        return merged;
    }

    /** An engine installed on one CI machine but not another is available; its cells say where it was skipped. */
    private static EngineInfo mergeEngine(EngineInfo merged, EngineInfo other, MatrixReport shard) {
        if (!Objects.equals(merged.name(), other.name()) || !Objects.equals(merged.description(), other.description())) {
            throw new ShardConflictException("engine " + merged.id() + " is described differently in " + name(shard));
        }
        if (merged.available() || !other.available()) {
            return merged;
        }
        return other;
    }

    private static List<Row> mergeRows(List<MatrixReport> shards, List<EngineInfo> engines) {
        Map<String, MergedRow> rowsById = new LinkedHashMap<>();
        for (MatrixReport shard : shards) {
            for (Row row : shard.rows()) {
                MergedRow merged = rowsById.computeIfAbsent(row.id(), id -> new MergedRow(row, name(shard)));
                merged.add(row, name(shard));
            }
        }
        List<Row> merged = new ArrayList<>();
        for (MergedRow row : rowsById.values()) {
            merged.add(row.toRow(engines));
        }
        // The reference leads whatever shard carried it, as in an unsharded run.
        merged.sort(Comparator.comparing(row -> row.kind() != RowKind.REFERENCE));
        return merged;
    }

    /** One row being assembled from the shards, remembering which shard said what for the error messages. */
    private static final class MergedRow {
        private final Row description;
        private final String describedBy;
        private final Map<String, Cell> cellsByEngine = new LinkedHashMap<>();
        private final Map<String, String> shardByEngine = new LinkedHashMap<>();

        MergedRow(Row description, String describedBy) {
            this.description = description;
            this.describedBy = describedBy;
        }

        void add(Row row, String shard) {
            if (!sameDescription(description, row)) {
                throw new ShardConflictException("row " + row.id() + " is described differently in "
                        + describedBy + " and " + shard);
            }
            for (Cell cell : row.cells()) {
                Cell known = cellsByEngine.putIfAbsent(cell.engine(), cell);
                if (known == null) {
                    shardByEngine.put(cell.engine(), shard);
                } else {
                    throw new ShardConflictException("row " + row.id() + ", engine " + cell.engine()
                            + " was run by two shards: " + shardByEngine.get(cell.engine()) + " says " + describe(known)
                            + ", " + shard + " says " + describe(cell) + " (each cell runs in one shard)");
                }
            }
        }

        Row toRow(List<EngineInfo> engines) {
            List<Cell> ordered = engines.stream()
                    .map(engine -> cellsByEngine.get(engine.id()))
                    .filter(Objects::nonNull)
                    .toList();
            return description.withCells(ordered);
        }
    }

    private static boolean sameDescription(Row a, Row b) {
        return a.kind() == b.kind()
                && Objects.equals(a.title(), b.title())
                && a.invariants().equals(b.invariants())
                && Objects.equals(a.story(), b.story())
                && Objects.equals(a.fix(), b.fix());
    }

    private static String describe(Cell cell) {
        return cell.status() + " in " + cell.millis() + " ms"
                + (cell.counterexampleLength() == null ? "" : " with " + cell.counterexampleLength() + " steps")
                + (cell.message() == null ? "" : " (" + cell.message() + ")");
    }

    private static String name(MatrixReport shard) {
        return ShardSet.name(shard);
    }

    private static <T> void requireSame(MatrixReport first, MatrixReport other, String field,
            Function<MatrixReport, T> value) {
        if (!Objects.equals(value.apply(first), value.apply(other))) {
            throw new ShardConflictException("shards of one matrix must share the " + field + ": "
                    + name(first) + " has '" + value.apply(first) + "', " + name(other) + " has '"
                    + value.apply(other) + "'");
        }
    }
}
