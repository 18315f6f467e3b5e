package org.comlife.reports;

import java.util.List;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Step;

/** Terse builders for the small matrices the tests reason about: engines "a" and "b", rows by id. */
public final class TestMatrices {
    public static final String TOOL = "comlife test";
    public static final String AT = "2025-06-01T12:00:00Z";

    private TestMatrices() {
    }

    public static List<EngineInfo> engines(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> EngineInfo.available(id, "Engine " + id, "checks " + id)).toList();
    }

    public static MatrixReport matrix(List<EngineInfo> engines, Row... rows) {
        return new MatrixReport(TOOL, AT, "reference", engines, List.of(rows), List.of());
    }

    public static MatrixReport shard(String shardId, List<EngineInfo> engines, Row... rows) {
        return new MatrixReport(TOOL, AT, "reference", engines, List.of(rows), List.of(shardId));
    }

    public static Row reference(Cell... cells) {
        return new Row("reference", "Reference", RowKind.REFERENCE, List.of(), null, null, List.of(cells));
    }

    public static Row fault(String id, Cell... cells) {
        return new Row(id, "Fault " + id, RowKind.RUNTIME_FAULT, List.of(1), "story of " + id, "fix of " + id,
                List.of(cells));
    }

    /** A cell with the given status, claimed unless the status says otherwise, taking 100 ms. */
    public static Cell cell(String engine, Status status) {
        return switch (status) {
            case SKIPPED -> Cell.skipped(engine, true, "not installed");
            case ERROR -> Cell.error(engine, true, 100, "boom");
            case NOT_CLAIMED -> new Cell(engine, status, false, 100, 10, "states", null, null, null);
            default -> new Cell(engine, status, true, 100, 10, "states", null, null, null);
        };
    }

    /** A caught cell carrying a two-thread counterexample whose step 2 breaks the invariant. */
    public static Cell caughtWith(String engine, Counterexample counterexample) {
        return new Cell(engine, Status.CAUGHT, true, 100, 10, "states", null, counterexample, null);
    }

    public static Counterexample twoThreadCounterexample() {
        return new Counterexample(List.of("left", "right"), List.of(
                Step.of(1, "left", "open()", "ok"),
                Step.of(2, "right", "close()", "fail")),
                2, "the thing stays open", "right closed what left opened", "replay --seed 1");
    }
}
