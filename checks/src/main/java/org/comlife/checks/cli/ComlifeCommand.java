package org.comlife.checks.cli;

import org.comlife.checks.lincheck.LincheckInstallation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The comlife command line: {@code hunt} runs the verification matrix, {@code check} checks a
 * user's own program, {@code explain} tells a fault's story with its minimal counterexample,
 * {@code replay} re-runs a recorded counterexample, {@code list} shows the faults and engines,
 * {@code merge} joins shard reports.
 * Bad input gives one line on standard error and a non-zero exit, never a stack trace.
 */
@Command(name = "comlife", mixinStandardHelpOptions = true, version = "comlife 0.1.0",
        description = "Verification harness for COM marshaling and out-of-process server lifetime.",
        subcommands = {HuntCommand.class, CheckCommand.class, ExplainCommand.class, ReplayCommand.class, ListCommand.class,
                MergeCommand.class, CoverageCommand.class})
public final class ComlifeCommand implements Runnable {
    /** Exit code of a run whose checks failed (the gate is closed). */
    public static final int EXIT_FAILED = 1;
    /** Exit code of bad input: flags, a class that does not load, a folder that cannot be written. */
    public static final int EXIT_USAGE = 2;
    /** Exit code of {@code check} when no violation was found but an engine could not finish (or comlife failed). */
    public static final int EXIT_ENGINE_ERROR = 3;
    /**
     * Set to {@code false} to have Lincheck install its instrumentation around every run, as it
     * does in tests, instead of once for the process (README, "A one-minute hunt").
     */
    static final String KEEP_LINCHECK_INSTALLED = "comlife.lincheck.keepInstalled";

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        if (!"false".equals(System.getProperty(KEEP_LINCHECK_INSTALLED))) {
            LincheckInstallation.keepForThisProcess();
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new ComlifeCommand());
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            problem.getCommandLine().getErr().println("comlife: " + problem.getMessage());
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parsed) -> {
            command.getErr().println("comlife: " + oneLine(problem));
            if (problem instanceof UsageProblem) {
                return EXIT_USAGE;
            }
            // A check's exit code 1 means a violation of the user's program, never a crash of comlife.
            return command.getCommand() instanceof CheckCommand ? EXIT_ENGINE_ERROR : EXIT_FAILED;
        });
        return commandLine.execute(args);
    }

    private static String oneLine(Throwable problem) {
        String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
