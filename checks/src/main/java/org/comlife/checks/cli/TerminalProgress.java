package org.comlife.checks.cli;

import java.io.PrintStream;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.MatrixProgress;
import org.comlife.reports.schema.Cell;

/** Shows on the terminal which cell runs and how it ended, with time and how much was explored. */
final class TerminalProgress implements MatrixProgress {
    private final PrintStream out;
    private final int cells;
    private int done;

    TerminalProgress(PrintStream out, int cells) {
        this.out = out;
        this.cells = cells;
    }

    @Override
    public void cellStarted(String row, EngineId engine) {
        out.print("[" + (done + 1) + "/" + cells + "] " + row + " x " + engine.id() + " ... ");
        out.flush();
    }

    @Override
    public void cellFinished(String row, EngineId engine, Cell cell) {
        done++;
        String explored = cell.exploredUnit() == null ? "" : ", " + cell.explored() + " " + cell.exploredUnit();
        out.println(cell.status().name().toLowerCase().replace('_', ' ') + " (" + cell.millis() + " ms" + explored + ")");
    }
}
