package org.comlife.checks.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.MatrixRun;
import org.comlife.checks.usercheck.ProgramCheckResult;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.schema.MatrixReport;

/**
 * Writes what a check of a user's program found, as {@code comlife check} and the JUnit API
 * both do: a replay file per violation (the program, its class path and parameters, and what
 * replays it), then report.json, summary.md and report.html, each counterexample naming its file.
 */
public final class CheckReport {
    /** How a user replays a file of the report's counterexamples/ (README, "The command line"). */
    public static final String REPLAY_COMMAND = "java -jar checks/target/comlife.jar replay";

    private CheckReport() {
    }

    /** Writes the replay files and the report into {@code out}; answers the report as written. */
    public static MatrixReport write(ProgramCheckResult result, Path out) throws IOException {
        List<MatrixRun.Found> found = new ArrayList<>();
        String row = result.program().id();
        for (Map.Entry<EngineId, EngineFinding> entry : result.findings().entrySet()) {
            if (entry.getValue().violationFound()) {
                found.add(new MatrixRun.Found(row, null, entry.getKey(), entry.getValue()));
            }
        }
        Map<String, String> files = ReplayFiles.write(out, found, null, result.program().named().classpath());
        MatrixReport report = result.report()
                .withReplayHelp(REPLAY_COMMAND + " " + out + "/" + ReplayText.FILE_PLACEHOLDER)
                .withCells((line, cell) -> cell.counterexample() != null
                        && files.containsKey(line.id() + "/" + cell.engine())
                        ? cell.withCounterexample(cell.counterexample().withReplayFile(
                                files.get(line.id() + "/" + cell.engine())))
                        : cell);
        ReportWriter.write(report, out);
        return report;
    }

    /** The command that replays the engine's violation from the report in {@code out}, or null when it has no file. */
    public static String replayCommand(MatrixReport written, Path out, EngineId engine) {
        return written.rows().get(0).cellFor(engine.id())
                .filter(cell -> cell.counterexample() != null && cell.counterexample().replayFile() != null)
                .map(cell -> REPLAY_COMMAND + " " + out.resolve(cell.counterexample().replayFile()))
                .orElse(null);
    }
}
