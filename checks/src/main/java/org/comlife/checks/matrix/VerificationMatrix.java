package org.comlife.checks.matrix;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultKind;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;
import org.comlife.reports.schema.Status;

/**
 * Runs every engine against the implementation under test (it must pass everywhere) and
 * against every fault of the catalogue (each must be caught by the engines that claim it, and
 * by at least one), and records each cell: caught or not, time, how much was explored, the
 * counterexample, and for each fault caught what replays it. An engine that cannot run here gives skipped cells with its reason; an engine
 * run that crashes gives an error cell with the failure, never a lost result.
 */
public final class VerificationMatrix {
    public static final String TOOL = "comlife";
    /** The id of the row of the implementation under test. */
    public static final String REFERENCE_ROW = "reference";

    private VerificationMatrix() {
    }

    /** Not-claimed cells of the quick matrix. */
    static final String NOT_RUN_UNCLAIMED = "not claimed, so not run in the quick matrix (comlife hunt runs every engine)";

    public static MatrixRun run(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation,
                                MatrixScope scope, MatrixProgress progress) {
        return run(engines, faults, implementation, true, scope, progress, List.of());
    }

    /**
     * The matrix, or one shard of it: {@code withReference} false leaves the implementation's
     * own row to another shard; {@code shards} names the shards this report covers.
     */
    public static MatrixRun run(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation,
                                boolean withReference, MatrixScope scope, MatrixProgress progress,
                                List<String> shards) {
        List<EngineInfo> infos = new ArrayList<>();
        for (Engine engine : engines) {
            EngineId id = engine.id();
            infos.add(engine.unavailableReason() == null
                    ? EngineInfo.available(id.id(), id.displayName(), id.description())
                    : EngineInfo.unavailable(id.id(), id.displayName(), id.description(), engine.unavailableReason()));
        }
        List<Row> rows = new ArrayList<>();
        List<MatrixRun.Caught> caught = new ArrayList<>();
        if (withReference) {
            rows.add(referenceRow(engines, implementation, progress));
        }
        for (Fault fault : faults) {
            rows.add(faultRow(engines, fault, scope, progress, caught));
        }
        return new MatrixRun(new MatrixReport(TOOL, Instant.now().toString(), implementation.name(), infos, rows,
                shards), caught);
    }

    private static Row referenceRow(List<Engine> engines, RuntimeHelpers implementation, MatrixProgress progress) {
        List<Cell> cells = new ArrayList<>();
        for (Engine engine : engines) {
            String column = engine.id().id();
            progress.cellStarted(REFERENCE_ROW, engine.id());
            Cell cell;
            if (engine.unavailableReason() != null) {
                cell = Cell.skipped(column, true, engine.unavailableReason());
            } else {
                long start = System.nanoTime();
                try {
                    EngineFinding finding = engine.checkImplementation(implementation);
                    cell = new Cell(column, finding.violationFound() ? Status.VIOLATION_IN_IMPLEMENTATION
                            : Status.PASSED, true, finding.millis(), finding.explored(), finding.exploredUnit(), null,
                            finding.counterexample(), finding.remark(), finding.trace());
                } catch (RuntimeException | AssertionError crash) {
                    cell = Cell.error(column, true, elapsed(start), describe(crash));
                }
            }
            progress.cellFinished(REFERENCE_ROW, engine.id(), cell);
            cells.add(cell);
        }
        return new Row(REFERENCE_ROW, "the implementation under test: " + implementation.name(), RowKind.REFERENCE,
                List.of(), null, null, cells);
    }

    private static Row faultRow(List<Engine> engines, Fault fault, MatrixScope scope, MatrixProgress progress,
                                List<MatrixRun.Caught> caught) {
        String row = fault.id().toString();
        List<Cell> cells = new ArrayList<>();
        for (Engine engine : engines) {
            String column = engine.id().id();
            boolean claimed = fault.isClaimedBy(engine.id());
            progress.cellStarted(row, engine.id());
            Cell cell;
            if (engine.unavailableReason() != null) {
                cell = Cell.skipped(column, claimed, engine.unavailableReason());
            } else if (!claimed && scope == MatrixScope.CLAIMED_ONLY) {
                cell = Cell.skipped(column, false, NOT_RUN_UNCLAIMED);
            } else {
                long start = System.nanoTime();
                try {
                    EngineFinding finding = engine.hunt(fault);
                    Status status = finding.violationFound() ? Status.CAUGHT
                            : claimed ? Status.ESCAPED : Status.NOT_CLAIMED;
                    cell = new Cell(column, status, claimed, finding.millis(), finding.explored(),
                            finding.exploredUnit(), null, finding.counterexample(), finding.remark(), finding.trace());
                    if (finding.violationFound()) {
                        caught.add(new MatrixRun.Caught(fault, engine.id(), finding));
                    }
                } catch (RuntimeException | AssertionError crash) {
                    cell = Cell.error(column, claimed, elapsed(start), describe(crash));
                }
            }
            progress.cellFinished(row, engine.id(), cell);
            cells.add(cell);
        }
        RowKind kind = fault.kind() == FaultKind.CLIENT ? RowKind.CLIENT_FAULT : RowKind.RUNTIME_FAULT;
        return new Row(row, fault.title(), kind, fault.invariantNumbers(), fault.story(), fault.fix(), cells);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String describe(Throwable crash) {
        StringWriter trace = new StringWriter();
        crash.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
