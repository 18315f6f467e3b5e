package org.comlife.checks.usercheck;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.matrix.BoundedRun;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.MatrixProgress;
import org.comlife.checks.matrix.VerificationMatrix;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;
import org.comlife.reports.schema.Status;

/**
 * Checks a user's program on the chosen engines, as {@code comlife check} and the JUnit API do:
 * loads and builds it ({@link ProgramLoader}), runs it on a few schedules to reject a program
 * that cannot be checked ({@link Preflight}), then runs each engine under a wall-clock limit
 * ({@link BoundedRun}) and records its cell. The report is the matrix's schema with one row, the
 * program (kind reference: like the reference implementation, it must pass every engine).
 */
public final class ProgramCheck {
    private ProgramCheck() {
    }

    /**
     * Loads the program from comlife's class path plus its own ({@link ProgramClass#classpath()})
     * and checks it; a program comlife cannot check is refused with the reason.
     */
    public static ProgramCheckResult run(ProgramClass named, CheckSettings settings, MatrixProgress progress)
            throws ProgramRejected {
        return run(load(named, null, settings.loadLimit()), settings, progress);
    }

    /** Loads the program with the given class loader (a test's own) and checks it. */
    public static ProgramCheckResult run(ProgramClass named, ClassLoader loader, CheckSettings settings,
                                         MatrixProgress progress) throws ProgramRejected {
        return run(load(named, loader, settings.loadLimit()), settings, progress);
    }

    private static ProgramCheckResult run(UserProgram program, CheckSettings settings, MatrixProgress progress)
            throws ProgramRejected {
        Preflight.check(program, settings.stepTimeout(), settings.seed());
        List<EngineInfo> infos = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        Map<EngineId, EngineFinding> findings = new LinkedHashMap<>();
        for (ProgramEngine engine : settings.programEngines()) {
            EngineId id = engine.id();
            String unavailable = engine.unavailableReason();
            infos.add(unavailable == null ? EngineInfo.available(id.id(), id.displayName(), engine.description())
                    : EngineInfo.unavailable(id.id(), id.displayName(), engine.description(), unavailable));
            progress.cellStarted(program.id(), id);
            Cell cell = unavailable != null ? Cell.skipped(id.id(), true, unavailable)
                    : runEngine(engine, program, settings.engineLimit(), findings);
            progress.cellFinished(program.id(), id, cell);
            cells.add(cell);
        }
        Row row = new Row(program.id(), "your program " + program.title() + ", on the reference runtime",
                RowKind.REFERENCE, List.of(), null, null, cells);
        MatrixReport report = new MatrixReport(VerificationMatrix.TOOL, Instant.now().toString(), program.title(),
                infos, List.of(row), List.of());
        return new ProgramCheckResult(program, report, findings);
    }

    /**
     * Loads and builds the program, bounded in time (its static initializer or constructor may
     * loop), with the class loader given, or (null) from its class path.
     */
    static UserProgram load(ProgramClass named, ClassLoader loader, Duration limit) throws ProgramRejected {
        BoundedRun.Outcome<UserProgram> outcome = BoundedRun.call("loading " + named.className(), limit,
                () -> loader == null ? ProgramLoader.load(named) : ProgramLoader.load(named, loader));
        if (outcome instanceof BoundedRun.Completed<UserProgram> completed) {
            return completed.value();
        }
        if (outcome instanceof BoundedRun.Failed<UserProgram> failed) {
            if (failed.failure() instanceof ProgramRejected rejected) {
                throw rejected;
            }
            throw new ProgramRejected("cannot load " + named.className() + ": "
                    + UserCodeFailure.describe(failed.failure(), named.className()), failed.failure());
        }
        throw new ProgramRejected(named.className() + " was not built within " + limit.toSeconds()
                + " s: its static initializer or constructor loops or blocks ("
                + ((BoundedRun.TimedOut<UserProgram>) outcome).message() + ")");
    }

    private static Cell runEngine(ProgramEngine engine, UserProgram program, Duration limit,
                                  Map<EngineId, EngineFinding> findings) {
        String column = engine.id().id();
        BoundedRun.Outcome<EngineFinding> outcome = BoundedRun.call(column + " on " + program.id(), limit,
                UserCodeFailure.userFrames(program.id()),
                () -> engine.check(program));
        if (outcome instanceof BoundedRun.Completed<EngineFinding> completed) {
            EngineFinding finding = completed.value();
            findings.put(engine.id(), finding);
            return new Cell(column, finding.violationFound() ? Status.VIOLATION_IN_IMPLEMENTATION : Status.PASSED,
                    true, finding.millis(), finding.explored(), finding.exploredUnit(), null,
                    finding.counterexample(), finding.remark(), finding.trace());
        }
        if (outcome instanceof BoundedRun.Failed<EngineFinding> failed) {
            return Cell.error(column, true, failed.millis(), describe(failed.failure()));
        }
        return Cell.error(column, true, outcome.millis(), ((BoundedRun.TimedOut<EngineFinding>) outcome).message()
                + " (raise --budget, or make the program smaller)");
    }

    /** The failure's message first (the cell's one line), then its stack trace (the cell's trace). */
    private static String describe(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return message + "\n" + trace;
    }
}
