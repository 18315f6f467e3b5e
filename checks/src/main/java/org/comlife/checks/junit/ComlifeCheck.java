package org.comlife.checks.junit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.cli.CheckReport;
import org.comlife.checks.jpf.host.JpfInstallation;
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
import org.comlife.model.program.Program;
import org.comlife.model.program.ProgramParameters;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Status;
import org.opentest4j.TestAbortedException;

/**
 * A check of one of your programs from a test, as {@code comlife check} runs it:
 *
 * <pre>{@code
 * @Test
 * void tallyServerShutsDownSafely() {
 *     ComlifeCheck.of(FixedTallyCheck.class).parameter("clients", 2).assertNoViolation();
 * }
 * }</pre>
 *
 * <p>By default the check runs Lincheck, the property engine's random schedules and the
 * exhaustive explorer, {@value CheckSettings#DEFAULT_BUDGET_SECONDS} s each at most, seed 1;
 * {@link #engines} chooses others (JPF needs jpf-core: {@link #jpf}, {@code -Djpf.home} or
 * {@code JPF_HOME}; without it a check that asks for JPF is aborted, never passed). Each check
 * writes its report (report.html with the swimlanes, summary.md, report.json, a replay file per
 * violation) into {@code target/comlife/<program class>/}, or under the folder the system
 * property {@value #REPORTS_PROPERTY} names. A failure carries the counterexample as a text
 * swimlane in your program's names, the broken invariant, and the replay command.
 */
public final class ComlifeCheck {
    /** The system property naming the folder the reports go to (one folder per program inside). */
    public static final String REPORTS_PROPERTY = "comlife.reports";

    private final Class<? extends Program> program;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private List<EngineId> engines = CheckSettings.WITHOUT_JPF;
    private long budgetSeconds = CheckSettings.DEFAULT_BUDGET_SECONDS;
    private long seed = 1;
    private Path jpfHome;
    private Path reportFolder;
    /** The report of the last run, as written. */
    private MatrixReport written;

    private ComlifeCheck(Class<? extends Program> program) {
        if (program == null) {
            throw new IllegalArgumentException("name the program class to check");
        }
        this.program = program;
    }

    /** A check of the program class (public, implementing Program, with a public constructor). */
    public static ComlifeCheck of(Class<? extends Program> program) {
        return new ComlifeCheck(program);
    }

    /** Sets a parameter of the program, as {@code -P name=value} does. */
    public ComlifeCheck parameter(String name, Object value) {
        parameters.put(name, String.valueOf(value));
        return this;
    }

    /** Sets parameters given as {@code name=value}. */
    public ComlifeCheck parameters(String... settings) {
        parameters.putAll(ProgramParameters.parse(Arrays.asList(settings)).givenValues());
        return this;
    }

    /** The engines to run (by default Lincheck, the property engine and the exhaustive explorer). */
    public ComlifeCheck engines(EngineId... chosen) {
        engines = List.of(chosen);
        return this;
    }

    /** Seconds each engine may spend (default {@value CheckSettings#DEFAULT_BUDGET_SECONDS}). */
    public ComlifeCheck budgetSeconds(long seconds) {
        budgetSeconds = seconds;
        return this;
    }

    /** The seed of the random schedules (default 1). */
    public ComlifeCheck seed(long value) {
        seed = value;
        return this;
    }

    /** The jpf-core installation JPF runs with (else {@code -Djpf.home}, else {@code JPF_HOME}). */
    public ComlifeCheck jpf(Path home) {
        jpfHome = home;
        return this;
    }

    /** The folder the report is written to (default {@code target/comlife/<program class>}). */
    public ComlifeCheck reportFolder(Path folder) {
        reportFolder = folder;
        return this;
    }

    /** Runs the check and writes its report; a program comlife cannot check fails with the reason. */
    public ProgramCheckResult run() {
        JpfLookup jpf = JpfInstallation.locate(jpfHome != null ? jpfHome.toString() : System.getProperty("jpf.home"),
                System.getenv(JpfInstallation.ENVIRONMENT));
        if (engines.contains(EngineId.JPF) && jpf.installation() == null) {
            throw new TestAbortedException("the check asks for JPF, which cannot run here: " + jpf.reason());
        }
        CheckSettings settings = new CheckSettings(engines, budgetSeconds, seed, jpf);
        ProgramClass named = new ProgramClass(program.getName(), location(program),
                ProgramParameters.of(parameters));
        ProgramCheckResult result;
        try {
            result = ProgramCheck.run(named, program.getClassLoader(), settings,
                    new CheckProgress(System.out, "[comlife] " + program.getSimpleName() + " ", settings.engines().size()));
        } catch (ProgramRejected rejected) {
            throw new AssertionError("comlife cannot check " + program.getName() + ": " + rejected.getMessage(),
                    rejected);
        }
        writeReport(result);
        return result;
    }

    /** Runs the check and fails unless no engine found a violation and every engine finished. */
    public ProgramCheckResult assertNoViolation() {
        ProgramCheckResult result = run();
        if (result.outcome() == CheckOutcome.VIOLATION) {
            throw new AssertionError(result.program().title() + " breaks the contract (found by "
                    + ids(result.violatingEngines()) + ").\n" + CounterexampleStory.of(result, 120, replay(result))
                    + "Report: " + folder().resolve("report.html").toAbsolutePath());
        }
        requireFinished(result);
        return result;
    }

    /** Runs the check and fails unless some engine found a violation (a program written wrongly on purpose). */
    public ProgramCheckResult assertViolation() {
        ProgramCheckResult result = run();
        if (result.outcome() != CheckOutcome.VIOLATION) {
            requireFinished(result);
            throw new AssertionError(result.program().title() + " was expected to break the contract, but no "
                    + "engine found a violation: " + cellsInWords(result) + ". Report: "
                    + folder().resolve("report.html").toAbsolutePath());
        }
        return result;
    }

    private void requireFinished(ProgramCheckResult result) {
        if (result.outcome() == CheckOutcome.ENGINE_ERROR) {
            throw new AssertionError("not every engine finished its check of " + result.program().title() + ": "
                    + cellsInWords(result) + ". Report: " + folder().resolve("report.html").toAbsolutePath());
        }
    }

    private static String cellsInWords(ProgramCheckResult result) {
        List<String> words = new ArrayList<>();
        for (Cell cell : result.cells()) {
            words.add(cell.engine() + " " + cell.status().name().toLowerCase().replace('_', ' ')
                    + (cell.status() == Status.PASSED || cell.message() == null ? "" : " (" + cell.message() + ")"));
        }
        return String.join("; ", words);
    }

    private String replay(ProgramCheckResult result) {
        return result.shortest().map(found -> CheckReport.replayCommand(written, folder().toAbsolutePath(),
                found.engine())).map(command -> command + " (or run this test again: the engines are deterministic, "
                + "seed " + seed + ")").orElse(null);
    }

    private void writeReport(ProgramCheckResult result) {
        Path folder = folder();
        try {
            written = CheckReport.write(result, folder.toAbsolutePath());
        } catch (IOException unwritable) {
            throw new AssertionError("cannot write the report of " + program.getName() + " into " + folder + ": "
                    + unwritable.getMessage(), unwritable);
        }
    }

    private Path folder() {
        if (reportFolder != null) {
            return reportFolder;
        }
        String base = System.getProperty(REPORTS_PROPERTY);
        return (base == null ? Path.of("target", "comlife") : Path.of(base)).resolve(program.getName());
    }

    /** Where the program's class was loaded from: what a JPF run or a replay puts on its class path. */
    private static List<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return List.of();
        }
        try {
            return List.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException unusual) {
            return List.of();
        }
    }

    private static String ids(List<EngineId> engines) {
        List<String> ids = new ArrayList<>();
        engines.forEach(engine -> ids.add(engine.id()));
        return String.join(", ", ids);
    }
}
