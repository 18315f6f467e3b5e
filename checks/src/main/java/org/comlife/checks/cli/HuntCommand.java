package org.comlife.checks.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.jpf.host.JpfEntryPoint;
import org.comlife.checks.lincheck.LincheckInstallation;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.checks.matrix.MatrixPlan;
import org.comlife.checks.matrix.MatrixRun;
import org.comlife.checks.matrix.MatrixScope;
import org.comlife.checks.matrix.MatrixShard;
import org.comlife.checks.matrix.VerificationMatrix;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.io.ReportWriteException;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.render.ReplayText;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Verdict;
import org.comlife.reports.text.TextSummaryRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the verification matrix and writes the report: report.json, summary.md, report.html,
 * and a replayable file per counterexample. Exit code 0 only when the implementation passes
 * everywhere and no fault escapes: a CI gate. A shard's exit code judges its own cells; the
 * merged report judges the whole matrix (README, "Shards").
 */
@Command(name = "hunt", mixinStandardHelpOptions = true,
        description = "Run every engine against the implementation and every fault; write the report.")
final class HuntCommand implements Callable<Integer> {
    /** The file in the report folder that holds what the engines printed while they ran. */
    static final String ENGINE_LOG = "engines.log";
    /** How a user replays a file of out/counterexamples (README, "The command line"). */
    static final String REPLAY_COMMAND = "java -jar checks/target/comlife.jar replay";

    @Option(names = "--faults", defaultValue = "all", description = "fault ids separated by commas, or all")
    String faults;

    @Option(names = "--engines", defaultValue = "all", description = "engine ids separated by commas, or all")
    String engines;

    @Option(names = "--impl", description = "class of your implementation (a helper, or a Supplier<RuntimeHelpers>)")
    String implementation;

    @Option(names = "--classpath", description = "jars or folders holding --impl, separated by the path separator")
    String classpath;

    @Option(names = "--budget", defaultValue = "60", description = "seconds the exhaustive explorer may spend on one program")
    long budgetSeconds;

    @Option(names = "--cell-budget", defaultValue = "300",
            description = "wall-clock seconds of one cell (one engine on one row); a cell still running is stopped "
                    + "and reported as an error, naming where its threads were")
    long cellBudgetSeconds;

    @Option(names = "--jpf", description = "path of an installed jpf-core (else JPF_HOME; without one the JPF column is skipped)")
    Path jpfHome;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the property engine (a failure prints how to replay it)")
    long seed;

    @Option(names = "--out", defaultValue = "comlife-report", description = "report folder")
    Path out;

    @Option(names = "--shard", description = "run shard i of n (i/n) of the matrix; its exit code judges its own "
            + "cells; merge the n shards with `comlife merge`, whose exit code judges the whole")
    String shard;

    @Option(names = "--quick", description = "on fault rows run only the engines that claim the fault, and check "
            + "the implementation on the hunted faults' twins only")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        if (budgetSeconds < 1 || cellBudgetSeconds < 1) {
            throw new UsageProblem("--budget and --cell-budget must be at least 1 second, got " + budgetSeconds
                    + " and " + cellBudgetSeconds);
        }
        MatrixShard part = Shards.parse(shard);
        RuntimeHelpers implementation = ImplementationOption.resolve(this.implementation, classpath);
        ImplementationClass user = ImplementationOption.named(this.implementation, classpath);
        Duration cellBudget = Duration.ofSeconds(cellBudgetSeconds);
        List<Fault> hunted = FaultSelection.of(faults);
        // A quick hunt checks the implementation on the hunted faults' twins; a full one on every twin.
        List<Engine> selected = EngineSelection.of(engines, new EngineSettings(budgetSeconds, seed,
                JpfOption.resolve(jpfHome), user, JpfEntryPoint.COMMAND_LINE, cellBudget,
                quick ? hunted : FaultCatalogue.all()));
        prepareFolder(out);
        MatrixScope scope = quick ? MatrixScope.CLAIMED_ONLY : MatrixScope.FULL;
        MatrixPlan plan = new MatrixPlan(selected, hunted, implementation, scope, cellBudget, part,
                "seed " + seed + "; exploration budget " + budgetSeconds + " s");
        MatrixRun run = runQuietly(plan);
        Map<String, String> replayFiles = ReplayFiles.write(out, run.found(), user);
        MatrixReport report = run.report()
                .withReplayHelp(REPLAY_COMMAND + " " + out + "/" + ReplayText.FILE_PLACEHOLDER)
                .withCells((row, cell) -> cell.counterexample() != null
                        && replayFiles.containsKey(row.id() + "/" + cell.engine())
                        ? cell.withCounterexample(cell.counterexample().withReplayFile(
                                replayFiles.get(row.id() + "/" + cell.engine())))
                        : cell);
        try {
            ReportWriter.write(report, out);
        } catch (ReportWriteException unwritable) {
            throw new UsageProblem(unwritable.getMessage());
        }
        System.out.println();
        System.out.print(TextSummaryRenderer.render(report, out.toString()));
        if (selected.stream().anyMatch(engine -> engine.id() == EngineId.LINCHECK)) {
            System.out.println("Lincheck's instrumentation: " + LincheckInstallation.describe());
        }
        Path engineLog = out.resolve(ENGINE_LOG);
        if (Files.size(engineLog) > 0) {
            System.out.println("What the engines printed while they ran: " + engineLog);
        }
        return report.summary().verdict() == Verdict.PASS ? 0 : ComlifeCommand.EXIT_FAILED;
    }

    /**
     * Runs the plan with its progress on the terminal; what the engines print themselves (Lincheck's
     * warnings, a user class's logging) goes to {@value #ENGINE_LOG} in the report folder instead,
     * where it does not break the progress lines.
     */
    private MatrixRun runQuietly(MatrixPlan plan) throws IOException {
        PrintStream terminal = System.out;
        PrintStream errors = System.err;
        try (PrintStream log = new PrintStream(Files.newOutputStream(out.resolve(ENGINE_LOG)), true,
                StandardCharsets.UTF_8)) {
            System.setOut(log);
            System.setErr(log);
            return VerificationMatrix.run(plan, new TerminalProgress(terminal, plan.cellsToRun().size()));
        } finally {
            System.setOut(terminal);
            System.setErr(errors);
        }
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
