package org.comlife.checks.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultKind;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;

/**
 * Runs every engine against the implementation under test (it must pass everywhere) and
 * against every fault of the catalogue (each must be caught by the engines that claim it, and
 * by at least one), and records each cell: caught or not, time, how much was explored, the
 * counterexample, and for each violation found what replays it. Every cell runs under the plan's
 * wall-clock budget ({@link CellRun}): an engine that cannot run here gives skipped cells with its
 * reason, an engine run that crashes or does not end gives an error cell, never a verdict.
 */
public final class VerificationMatrix {
    public static final String TOOL = "comlife";
    /** The id of the row of the implementation under test. */
    public static final String REFERENCE_ROW = "reference";
    /** Not-claimed cells of the quick matrix. */
    static final String NOT_RUN_UNCLAIMED = "not claimed, so not run in the quick matrix (comlife hunt runs every engine)";

    private VerificationMatrix() {
    }

    /** The whole matrix, each cell under the default budget. */
    public static MatrixRun run(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation,
                                MatrixScope scope, MatrixProgress progress) {
        return run(MatrixPlan.whole(engines, faults, implementation, scope), progress);
    }

    /**
     * The plan's part of the matrix: every cell of the whole, or the cells dealt to its shard
     * (rows with none of them are left out). The report records the shard and the plan's identity.
     */
    public static MatrixRun run(MatrixPlan plan, MatrixProgress progress) {
        List<EngineInfo> infos = new ArrayList<>();
        for (Engine engine : plan.engines()) {
            EngineId id = engine.id();
            infos.add(engine.unavailableReason() == null
                    ? EngineInfo.available(id.id(), id.displayName(), id.description())
                    : EngineInfo.unavailable(id.id(), id.displayName(), id.description(), engine.unavailableReason()));
        }
        Set<CellKey> mine = plan.cellsToRun();
        Map<CellKey, CellRun> ran = new HashMap<>();
        for (Engine engine : inRunningOrder(plan.engines())) {
            try {
                runColumn(plan, engine, mine, progress, ran);
            } finally {
                engine.columnFinished();
            }
        }
        List<Row> rows = new ArrayList<>();
        List<MatrixRun.Found> found = new ArrayList<>();
        List<Cell> reference = row(plan, null, ran, found);
        if (!reference.isEmpty()) {
            rows.add(new Row(REFERENCE_ROW, "the implementation under test: " + plan.implementation().name(),
                    RowKind.REFERENCE, List.of(), null, null, reference));
        }
        for (Fault fault : plan.faults()) {
            List<Cell> cells = row(plan, fault, ran, found);
            if (!cells.isEmpty()) {
                RowKind kind = fault.kind() == FaultKind.CLIENT ? RowKind.CLIENT_FAULT : RowKind.RUNTIME_FAULT;
                rows.add(new Row(fault.id().toString(), fault.title(), kind, fault.invariantNumbers(), fault.story(),
                        fault.fix(), cells));
            }
        }
        List<String> shards = plan.shard().isWhole() ? List.of() : List.of(plan.shard().id());
        MatrixReport report = new MatrixReport(TOOL, Instant.now().toString(), plan.implementation().name(), infos,
                rows, shards).withPlan(plan.identity());
        return new MatrixRun(report, found);
    }

    /**
     * The engines in the order their columns run: the plan's, but an engine that retransforms the
     * JVM's loaded classes ({@link Engine#retransformsLoadedClasses}) before the others. Run row by
     * row, its instrumenting and restoring the model's classes, cell after cell, threw away the
     * compiled code the other engines run on; run first, it also has fewer loaded classes to go
     * through at every cell, and the others warm up once after it.
     */
    static List<Engine> inRunningOrder(List<Engine> engines) {
        List<Engine> order = new ArrayList<>();
        for (Engine engine : engines) {
            if (engine.retransformsLoadedClasses()) {
                order.add(engine);
            }
        }
        for (Engine engine : engines) {
            if (!engine.retransformsLoadedClasses()) {
                order.add(engine);
            }
        }
        return order;
    }

    /** Runs one engine's cells of this part of the matrix, the reference first, then the faults in order. */
    private static void runColumn(MatrixPlan plan, Engine engine, Set<CellKey> mine, MatrixProgress progress,
                                  Map<CellKey, CellRun> ran) {
        List<Fault> rows = new ArrayList<>();
        rows.add(null);
        rows.addAll(plan.faults());
        for (Fault fault : rows) {
            String row = fault == null ? REFERENCE_ROW : fault.id().toString();
            CellKey key = new CellKey(row, engine.id());
            if (!mine.contains(key)) {
                continue;
            }
            boolean claimed = fault == null || fault.isClaimedBy(engine.id());
            progress.cellStarted(row, engine.id());
            CellRun run = cell(plan, engine, fault, row, claimed);
            progress.cellFinished(row, engine.id(), run.cell());
            ran.put(key, run);
        }
    }

    /** The cells of one row ({@code fault} null: the reference) that ran, in the plan's engine order, and its findings. */
    private static List<Cell> row(MatrixPlan plan, Fault fault, Map<CellKey, CellRun> ran, List<MatrixRun.Found> found) {
        String row = fault == null ? REFERENCE_ROW : fault.id().toString();
        List<Cell> cells = new ArrayList<>();
        for (Engine engine : plan.engines()) {
            CellRun run = ran.get(new CellKey(row, engine.id()));
            if (run == null) {
                continue;
            }
            cells.add(run.cell());
            if (run.finding() != null) {
                found.add(new MatrixRun.Found(row, fault, engine.id(), run.finding()));
            }
        }
        return cells;
    }

    private static CellRun cell(MatrixPlan plan, Engine engine, Fault fault, String row, boolean claimed) {
        String column = engine.id().id();
        if (engine.unavailableReason() != null) {
            return new CellRun(Cell.skipped(column, claimed, engine.unavailableReason()), null);
        }
        if (fault == null) {
            return CellRun.of(row, engine.id(), true, true, plan.cellBudget(),
                    () -> engine.checkImplementation(plan.implementation()));
        }
        String skip = engine.skipReason(fault);
        if (skip != null) {
            return new CellRun(Cell.skipped(column, claimed, skip), null);
        }
        if (!claimed && plan.scope() == MatrixScope.CLAIMED_ONLY) {
            return new CellRun(Cell.skipped(column, false, NOT_RUN_UNCLAIMED), null);
        }
        return CellRun.of(row, engine.id(), claimed, false, plan.cellBudget(), () -> engine.hunt(fault));
    }
}
