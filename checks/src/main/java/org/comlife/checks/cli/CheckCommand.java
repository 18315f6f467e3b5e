package org.comlife.checks.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.comlife.checks.jpf.host.JpfLookup;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.usercheck.CheckOutcome;
import org.comlife.checks.usercheck.CheckProgress;
import org.comlife.checks.usercheck.CheckSettings;
import org.comlife.checks.usercheck.CounterexampleStory;
import org.comlife.checks.usercheck.ProgramCheck;
import org.comlife.checks.usercheck.ProgramCheckResult;
import org.comlife.checks.usercheck.ProgramClass;
import org.comlife.checks.usercheck.ProgramRejected;
import org.comlife.model.program.ProgramParameters;
import org.comlife.reports.schema.MatrixReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks a user's own program on every engine that runs programs, and writes the report as
 * {@code hunt} does, with a replay file per violation; prints the shortest counterexample as a
 * text swimlane in the program's own thread and object names. Exit code 0: no violation found
 * and every engine finished or stopped at its bound (as reported); 1: a violation; 2: bad input
 * or a program comlife cannot check; 3: an engine could not finish.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check your own program (a class implementing org.comlife.model.program.Program) on every engine.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<program class>", description = "your program's fully qualified class name")
    String programClass;

    @Option(names = "--classpath", description = "jars or folders holding the program, separated by the path separator")
    String classpath;

    @Option(names = {"-P", "--param"}, paramLabel = "name=value", description = "a parameter of the program (repeat for more)")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--engines", description = "engine ids separated by commas, or all "
            + "(default: lincheck, property, exhaustive, and jpf when --jpf is given)")
    String engines;

    @Option(names = "--budget", defaultValue = "60", description = "seconds each engine may spend")
    long budgetSeconds;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the random schedules")
    long seed;

    @Option(names = "--jpf", description = "path of an installed jpf-core: JPF checks the program too")
    Path jpfHome;

    @Option(names = "--out", defaultValue = "comlife-report", description = "report folder")
    Path out;

    @Option(names = "--width", defaultValue = "120", description = "terminal width for the swimlane")
    int width;

    @Override
    public Integer call() {
        if (budgetSeconds < 1 || width < 40) {
            throw new UsageProblem("--budget must be at least 1 and --width at least 40");
        }
        CheckSettings settings = new CheckSettings(engineIds(), budgetSeconds, seed, jpf());
        ProgramClass named = new ProgramClass(programClass, classpathEntries(), parameters());
        HuntCommand.prepareFolder(out);
        System.out.println("Checking " + named.className() + " with " + ids(settings.engines()) + " (at most "
                + budgetSeconds + " s each, seed " + seed + ")");
        ProgramCheckResult result;
        try {
            result = ProgramCheck.run(named, settings, new CheckProgress(System.out, "", settings.engines().size()));
        } catch (ProgramRejected rejected) {
            throw new UsageProblem(rejected.getMessage());
        }
        MatrixReport report;
        try {
            report = CheckReport.write(result, out);
        } catch (IOException unwritable) {
            throw new UsageProblem("cannot write the report into " + out + ": " + unwritable.getMessage());
        }
        System.out.println();
        printVerdict(result, report);
        System.out.println("report: " + out.toAbsolutePath() + " (report.html, summary.md, report.json)");
        return result.outcome().exitCode();
    }

    private void printVerdict(ProgramCheckResult result, MatrixReport report) {
        CheckOutcome outcome = result.outcome();
        String title = result.program().title();
        switch (outcome) {
            case VIOLATION -> {
                System.out.println("VIOLATION: " + title + " breaks the contract (found by "
                        + ids(result.violatingEngines()) + ").");
                System.out.println();
                System.out.print(CounterexampleStory.of(result, width,
                        CheckReport.replayCommand(report, out, result.shortest().orElseThrow().engine())));
            }
            case ENGINE_ERROR -> System.out.println("ENGINE ERROR: no violation found, but not every engine finished "
                    + "(see the cells marked error above, and summary.md).");
            case NO_VIOLATION -> System.out.println("NO VIOLATION: " + title + " broke nothing: "
                    + CheckProgress.explored(result.cells()) + ".");
        }
    }

    private List<EngineId> engineIds() {
        if (engines == null) {
            List<EngineId> chosen = new ArrayList<>(CheckSettings.WITHOUT_JPF);
            if (jpfHome != null) {
                chosen.add(EngineId.JPF);
            }
            return chosen;
        }
        if (engines.equals("all")) {
            return List.of(EngineId.values());
        }
        List<EngineId> chosen = new ArrayList<>();
        for (String part : engines.split(",")) {
            try {
                chosen.add(EngineId.parse(part.trim()));
            } catch (IllegalArgumentException unknown) {
                throw new UsageProblem(unknown.getMessage());
            }
        }
        return chosen;
    }

    private JpfLookup jpf() {
        JpfLookup lookup = JpfOption.resolve(jpfHome);
        if (engines != null && !engines.equals("all") && engineIds().contains(EngineId.JPF)
                && lookup.installation() == null) {
            throw new UsageProblem("--engines names jpf, but there is no jpf-core: " + lookup.reason());
        }
        return lookup;
    }

    private List<Path> classpathEntries() {
        List<Path> entries = new ArrayList<>();
        if (classpath != null) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry).toAbsolutePath());
                }
            }
        }
        return entries;
    }

    private ProgramParameters parameters() {
        try {
            return ProgramParameters.parse(parameters);
        } catch (IllegalArgumentException bad) {
            throw new UsageProblem(bad.getMessage());
        }
    }

    private static String ids(List<EngineId> engines) {
        List<String> ids = new ArrayList<>();
        for (EngineId engine : engines) {
            ids.add(engine.id());
        }
        return String.join(", ", ids);
    }
}
