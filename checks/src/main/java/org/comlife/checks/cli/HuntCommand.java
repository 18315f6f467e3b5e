package org.comlife.checks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.checks.matrix.MatrixRun;
import org.comlife.checks.matrix.MatrixScope;
import org.comlife.checks.matrix.ReplayData;
import org.comlife.checks.matrix.VerificationMatrix;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.io.ReportWriteException;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.markdown.MarkdownSummaryRenderer;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the verification matrix and writes the report: report.json, summary.md, report.html,
 * and a replayable file per schedule-based counterexample. Exit code 0 only when the
 * implementation passes everywhere and no fault escapes: a CI gate.
 */
@Command(name = "hunt", mixinStandardHelpOptions = true,
        description = "Run every engine against the implementation and every fault; write the report.")
final class HuntCommand implements Callable<Integer> {
    /** How a user replays a file of out/counterexamples (README, "The command line"). */
    private static final String REPLAY_COMMAND = "java -jar checks/target/comlife.jar replay";

    @Option(names = "--faults", defaultValue = "all", description = "fault ids separated by commas, or all")
    String faults;

    @Option(names = "--engines", defaultValue = "all", description = "engine ids separated by commas, or all")
    String engines;

    @Option(names = "--impl", description = "class of your implementation (a helper, or a Supplier<RuntimeHelpers>)")
    String implementation;

    @Option(names = "--classpath", description = "jars or folders holding --impl, separated by the path separator")
    String classpath;

    @Option(names = "--budget", defaultValue = "60", description = "seconds per cell for the exhaustive explorer")
    long budgetSeconds;

    @Option(names = "--jpf", description = "path of an installed jpf-core (else JPF_HOME; without one the JPF column is skipped)")
    Path jpfHome;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the property engine (a failure prints how to replay it)")
    long seed;

    @Option(names = "--out", defaultValue = "comlife-report", description = "report folder")
    Path out;

    @Option(names = "--shard", description = "run shard i of n (i/n); merge the shards with `comlife merge`")
    String shard;

    @Option(names = "--quick", description = "on fault rows run only the engines that claim the fault")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        if (budgetSeconds < 1) {
            throw new UsageProblem("--budget must be at least 1 second, got " + budgetSeconds);
        }
        Shard part = Shard.parse(shard);
        RuntimeHelpers implementation = ImplementationOption.resolve(this.implementation, classpath);
        List<Engine> selected = EngineSelection.of(engines, new EngineSettings(budgetSeconds, seed,
                JpfOption.resolve(jpfHome), ImplementationOption.named(this.implementation, classpath)));
        List<Fault> hunted = part.select(FaultSelection.of(faults));
        prepareFolder(out);
        int rows = hunted.size() + (part.checksImplementation() ? 1 : 0);
        TerminalProgress progress = new TerminalProgress(System.out, rows * selected.size());
        MatrixRun run = VerificationMatrix.run(selected, hunted, implementation, part.checksImplementation(),
                quick ? MatrixScope.CLAIMED_ONLY : MatrixScope.FULL, progress,
                part.count() > 1 ? List.of(part.id()) : List.of());
        MatrixReport report = run.report();
        Map<String, String> replayFiles = writeReplays(run.caught());
        report = report.withReplayHelp(REPLAY_COMMAND + " " + out + "/" + ReplayText.FILE_PLACEHOLDER)
                .withCells((row, cell) -> cell.counterexample() != null && replayFiles.containsKey(row.id() + "/" + cell.engine())
                        ? cell.withCounterexample(cell.counterexample().withReplayFile(
                                replayFiles.get(row.id() + "/" + cell.engine())))
                        : cell);
        try {
            ReportWriter.write(report, out);
        } catch (ReportWriteException unwritable) {
            throw new UsageProblem(unwritable.getMessage());
        }
        System.out.println();
        System.out.println(MarkdownSummaryRenderer.render(report));
        System.out.println("report: " + out.toAbsolutePath());
        return report.summary().verdict() == Verdict.PASS ? 0 : ComlifeCommand.EXIT_FAILED;
    }

    /**
     * A replayable schedule for every fault an engine caught with one, in out/counterexamples;
     * answers each file, relative to the report folder, by row and engine column ("row/engine").
     */
    private Map<String, String> writeReplays(List<MatrixRun.Caught> caught) throws IOException {
        Path folder = out.resolve("counterexamples");
        Files.createDirectories(folder);
        Map<String, String> files = new LinkedHashMap<>();
        for (MatrixRun.Caught found : caught) {
            if (found.finding().replay() instanceof ReplayData.Schedule schedule) {
                Fault fault = found.fault();
                new ReplayFile(ReplayFile.VERSION, fault.id().toString(), fault.helpers().name(), schedule.threads(),
                        schedule.problem()).write(folder.resolve(fault.id() + ".json"));
                files.put(fault.id() + "/" + found.engine().id(), "counterexamples/" + fault.id() + ".json");
            }
        }
        return files;
    }

    /** Creates the report folder, or refuses one that cannot be made or written (exit 2). */
    static void prepareFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException unwritable) {
            throw new UsageProblem("cannot create the report folder " + folder + ": " + unwritable.getMessage());
        }
        if (!Files.isWritable(folder)) {
            throw new UsageProblem("the report folder " + folder + " is not writable");
        }
    }
}
