package org.comlife.checks.usercheck;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.MatrixProgress;
import org.comlife.reports.render.DurationText;
import org.comlife.reports.schema.Cell;

/**
 * Shows a check's progress, one line per engine: which runs, and how it ended in a program's
 * terms (no violation, a violation, an error with its reason, skipped with why), with its time
 * and how much it explored.
 */
public final class CheckProgress implements MatrixProgress {
    private final PrintStream out;
    private final String prefix;
    private final int engines;
    private int done;

    /** Progress on {@code out}, each line starting with {@code prefix}, for a check of {@code engines} engines. */
    public CheckProgress(PrintStream out, String prefix, int engines) {
        this.out = out;
        this.prefix = prefix;
        this.engines = engines;
    }

    @Override
    public void cellStarted(String row, EngineId engine) {
        out.print(prefix + "[" + (done + 1) + "/" + engines + "] " + engine.displayName() + " ... ");
        out.flush();
    }

    @Override
    public void cellFinished(String row, EngineId engine, Cell cell) {
        done++;
        String explored = cell.exploredUnit() == null ? "" : ", " + cell.explored() + " " + cell.exploredUnit();
        String time = DurationText.of(cell.millis());
        out.println(switch (cell.status()) {
            case PASSED -> "no violation (" + time + explored + (boundReached(cell) ? "; bound reached" : "") + ")";
            case VIOLATION_IN_IMPLEMENTATION -> "VIOLATION (" + time + explored + ")";
            case SKIPPED -> "skipped: " + cell.message();
            case ERROR -> "error after " + time + ": " + cell.message();
            default -> cell.status().name().toLowerCase() + " (" + time + explored + ")";
        });
    }

    /**
     * What each engine explored, in one phrase: "Lincheck 20 interleavings, Property engine 1000
     * schedules, Exhaustive explorer 2953 states (bound reached)", skipped engines said so.
     */
    public static String explored(List<Cell> cells) {
        List<String> parts = new ArrayList<>();
        for (Cell cell : cells) {
            String engine = engineName(cell.engine());
            parts.add(cell.exploredUnit() == null ? engine + " " + cell.status().name().toLowerCase()
                    : engine + " " + cell.explored() + " " + cell.exploredUnit()
                    + (boundReached(cell) ? " (bound reached: not every interleaving)" : ""));
        }
        return String.join(", ", parts);
    }

    /** Whether the engine stopped at its bound rather than exploring everything (its remark says so). */
    private static boolean boundReached(Cell cell) {
        return cell.message() != null && cell.message().startsWith(ProgramEngine.BOUND_REACHED);
    }

    private static String engineName(String id) {
        try {
            return EngineId.parse(id).displayName();
        } catch (IllegalArgumentException unknown) {
            return id;
        }
    }
}
