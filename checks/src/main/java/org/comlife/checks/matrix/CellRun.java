package org.comlife.checks.matrix;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Status;

/**
 * One cell of the matrix run under its wall-clock budget ({@link BoundedRun}): the engine's
 * finding becomes the cell, and anything else becomes an error cell, never a verdict. An engine
 * that throws (its own crash, a class it cannot load, a program that behaves differently on the
 * same schedule) gives the failure; an engine that does not end in time gives the threads still
 * running and the frame each was in, the user's class when it is the user's code that loops.
 * Threads an engine leaves running are stopped either way, and named in an error cell.
 *
 * @param cell    the cell
 * @param finding the engine's finding when it found a violation, else null
 */
record CellRun(Cell cell, EngineFinding finding) {
    /**
     * Beyond the cell's budget, the most time an engine gets to end on its own before it is
     * stopped (a quarter of the budget when that is less): engines that run several searches share
     * the budget out and end within it; JPF's JVMs start and report in well under this.
     */
    static final Duration GRACE = Duration.ofSeconds(30);

    /** Runs {@code work} as the cell of {@code row} and {@code engine}. */
    static CellRun of(String row, EngineId engine, boolean claimed, boolean reference, Duration budget,
                      Callable<EngineFinding> work) {
        String column = engine.id();
        Duration grace = budget.dividedBy(4).compareTo(GRACE) < 0 ? budget.dividedBy(4) : GRACE;
        BoundedRun.Outcome<EngineFinding> outcome = BoundedRun.call(row + " x " + column, budget.plus(grace), work);
        if (outcome instanceof BoundedRun.Completed<EngineFinding> completed) {
            EngineFinding finding = completed.value();
            Status status = finding.violationFound() ? (reference ? Status.VIOLATION_IN_IMPLEMENTATION : Status.CAUGHT)
                    : reference ? Status.PASSED : claimed ? Status.ESCAPED : Status.NOT_CLAIMED;
            String remark = finding.remark();
            if (!completed.stragglers().isEmpty()) {
                remark = (remark == null ? "" : remark + "; ") + "threads left running were stopped: "
                        + BoundedRun.describe(completed.stragglers());
            }
            Cell cell = new Cell(column, status, claimed, finding.millis(), finding.explored(), finding.exploredUnit(),
                    null, finding.counterexample(), remark, finding.trace());
            return new CellRun(cell, finding.violationFound() ? finding : null);
        }
        if (outcome instanceof BoundedRun.Failed<EngineFinding> failed) {
            return new CellRun(Cell.error(column, claimed, outcome.millis(),
                    failureText(failed.failure(), failed.stragglers())), null);
        }
        BoundedRun.TimedOut<EngineFinding> timedOut = (BoundedRun.TimedOut<EngineFinding>) outcome;
        return new CellRun(Cell.error(column, claimed, outcome.millis(), timedOut.message()), null);
    }

    /**
     * The failure's first line (with the threads the engine left running, which often name the
     * user's code that made it fail), then its stack trace.
     */
    private static String failureText(Throwable failure, List<BoundedRun.Straggler> stragglers) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage().strip();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        if (!stragglers.isEmpty()) {
            firstLine += "; left running: " + BoundedRun.describe(stragglers);
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return firstLine + "\n" + trace;
    }
}
