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
 * counterexample. An engine that cannot run here gives skipped cells with its reason; an engine
 * run that crashes gives an error cell with the failure, never a lost result.
 */
public final class VerificationMatrix {
    public static final String TOOL = "comlife";

    private VerificationMatrix() {
    }

    /** Not-claimed cells of the quick matrix. */
    static final String NOT_RUN_UNCLAIMED = "not claimed, so not run in the quick matrix (comlife hunt runs every engine)";

    public static MatrixReport run(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation,
                                   MatrixScope scope, MatrixProgress progress) {
        return run(engines, faults, implementation, true, scope, progress, List.of());
    }

    /**
     * The matrix, or one shard of it: {@code withReference} false leaves the implementation's
     * own row to another shard; {@code shards} names the shards this report covers.
     */
    public static MatrixReport run(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation,
                                   boolean withReference, MatrixScope scope, MatrixProgress progress,
                                   List<String> shards) {
        List<EngineInfo> infos = new ArrayList<>();
        for (Engine engine : engines) {
            infos.add(engine.unavailableReason() == null
                    ? EngineInfo.available(engine.id(), engine.name(), engine.description())
                    : EngineInfo.unavailable(engine.id(), engine.name(), engine.description(),
                    engine.unavailableReason()));
        }
        List<Row> rows = new ArrayList<>();
        if (withReference) {
            rows.add(referenceRow(engines, implementation, progress));
        }
        for (Fault fault : faults) {
            rows.add(faultRow(engines, fault, scope, progress));
        }
        return new MatrixReport(TOOL, Instant.now().toString(), implementation.name(), infos, rows, shards);
    }

    private static Row referenceRow(List<Engine> engines, RuntimeHelpers implementation, MatrixProgress progress) {
        List<Cell> cells = new ArrayList<>();
        for (Engine engine : engines) {
            progress.cellStarted("reference", engine.id());
            Cell cell;
            if (engine.unavailableReason() != null) {
                cell = Cell.skipped(engine.id(), true, engine.unavailableReason());
            } else {
                long start = System.nanoTime();
                try {
                    EngineFinding finding = engine.checkImplementation(implementation);
                    cell = new Cell(engine.id(), finding.violationFound() ? Status.VIOLATION_IN_IMPLEMENTATION
                            : Status.PASSED, true, finding.millis(), finding.explored(), finding.exploredUnit(), null,
                            finding.counterexample(), finding.remark(), finding.trace());
                } catch (RuntimeException | AssertionError crash) {
                    cell = Cell.error(engine.id(), true, elapsed(start), describe(crash));
                }
            }
            progress.cellFinished("reference", engine.id(), cell);
            cells.add(cell);
        }
        return new Row("reference", "the implementation under test: " + implementation.name(), RowKind.REFERENCE,
                List.of(), null, null, cells);
    }

    private static Row faultRow(List<Engine> engines, Fault fault, MatrixScope scope, MatrixProgress progress) {
        List<Cell> cells = new ArrayList<>();
        for (Engine engine : engines) {
            boolean claimed = fault.isClaimedBy(engine.id());
            progress.cellStarted(fault.id(), engine.id());
            Cell cell;
            if (engine.unavailableReason() != null) {
                cell = Cell.skipped(engine.id(), claimed, engine.unavailableReason());
            } else if (!claimed && scope == MatrixScope.CLAIMED_ONLY) {
                cell = Cell.skipped(engine.id(), false, NOT_RUN_UNCLAIMED);
            } else {
                long start = System.nanoTime();
                try {
                    EngineFinding finding = engine.hunt(fault);
                    Status status = finding.violationFound() ? Status.CAUGHT
                            : claimed ? Status.ESCAPED : Status.NOT_CLAIMED;
                    cell = new Cell(engine.id(), status, claimed, finding.millis(), finding.explored(),
                            finding.exploredUnit(), null, finding.counterexample(), finding.remark(), finding.trace());
                } catch (RuntimeException | AssertionError crash) {
                    cell = Cell.error(engine.id(), claimed, elapsed(start), describe(crash));
                }
            }
            progress.cellFinished(fault.id(), engine.id(), cell);
            cells.add(cell);
        }
        RowKind kind = fault.kind() == FaultKind.CLIENT ? RowKind.CLIENT_FAULT : RowKind.RUNTIME_FAULT;
        return new Row(fault.id(), fault.title(), kind, fault.invariantNumbers(), fault.story(), fault.fix(), cells);
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
