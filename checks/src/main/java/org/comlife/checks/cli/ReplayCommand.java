package org.comlife.checks.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultKind;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.matrix.BoundedRun;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.ProgramRef;
import org.comlife.checks.matrix.VerificationMatrix;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.text.TextSwimlaneRenderer;
import org.comlife.reports.text.WordWrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Re-runs a recorded counterexample (written by {@code comlife hunt} or {@code comlife check} into
 * report/counterexamples/) deterministically, against the implementation it was found with or
 * another one, and says what happened, each with its exit code: the same violation recurs (1),
 * it does not (0), another violation happens (4), or the run took another course than the
 * recording (3: a divergence shows nothing either way). Bad input, an unknown implementation or
 * program in the file included, is exit code 2.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a recorded counterexample and say whether the violation recurs "
                + "(exit 1; 0 when it does not, 3 when the run diverges from the recording, 4 for another violation).")
final class ReplayCommand implements Callable<Integer> {
    /** A replay that has not ended in this time is stopped, and reported as such. */
    private static final Duration BUDGET = Duration.ofMinutes(2);

    @Parameters(index = "0", description = "a counterexample file, e.g. comlife-report/counterexamples/double-unmarshal-exhaustive.json")
    Path file;

    @Option(names = "--impl", description = "replay against this implementation instead of the recorded one "
            + "(`reference` for the reference)")
    String implementation;

    @Option(names = "--classpath", description = "jars or folders holding --impl")
    String classpath;

    @Option(names = "--width", description = "columns of the swimlane (default: COLUMNS, else the terminal's width, else 80)")
    Integer width;

    @Override
    public Integer call() {
        ReplayFile recorded = ReplayFile.read(file);
        EngineId engine;
        try {
            engine = EngineId.parse(recorded.engine());
        } catch (IllegalArgumentException unknown) {
            throw new UsageProblem(file + " names an engine comlife does not know: " + unknown.getMessage());
        }
        int columns = TerminalWidth.of(width);
        boolean userProgram = UserProgramReplay.names(recorded);
        if (userProgram) {
            UserProgramReplay.loadClasspath(recorded);
        }
        Fault fault = recorded.row().equals(VerificationMatrix.REFERENCE_ROW) || userProgram ? null
                : FaultSelection.named(recorded.row());
        RuntimeHelpers helpers = implementation == null ? RecordedImplementation.resolve(recorded, file)
                : ImplementationOption.resolve(implementation, classpath);
        BoundedRun.Outcome<Replayed> outcome = BoundedRun.call("replay of " + file.getFileName(), BUDGET,
                () -> replay(engine, recorded, fault, helpers));
        if (outcome instanceof BoundedRun.TimedOut<Replayed> timedOut) {
            throw new IllegalStateException("the replay did not end: " + timedOut.message());
        }
        if (outcome instanceof BoundedRun.Failed<Replayed> failed) {
            if (failed.failure() instanceof UsageProblem problem) {
                throw problem;
            }
            throw new IllegalStateException("the replay failed: " + failed.failure(), failed.failure());
        }
        Replayed replayed = ((BoundedRun.Completed<Replayed>) outcome).value();
        ReplayOutcome verdict = ReplayOutcome.judge(recorded, replayed);
        System.out.println(WordWrap.wrap("Replaying " + recorded.row() + " as the " + engine.displayName()
                + " found it, against " + helpers.name() + ".", columns));
        System.out.println(WordWrap.wrap("Recorded: " + recorded.problem(), columns));
        if (replayed.run() != null) {
            System.out.println(TextSwimlaneRenderer.render(replayed.run(), columns));
        }
        System.out.println(WordWrap.wrap(sentence(verdict, recorded, replayed), columns));
        if (fault != null && fault.kind() == FaultKind.CLIENT && verdict != ReplayOutcome.DOES_NOT_RECUR
                && verdict != ReplayOutcome.DIVERGED) {
            System.out.println(WordWrap.wrap(fault.id() + " is a client fault: its program misuses the API, so it "
                    + "breaks the contract whatever the implementation, the reference included. The bug is in the "
                    + "program, not in " + helpers.name() + ". Fix: " + fault.fix(), columns));
        }
        return verdict.exitCode();
    }

    private static String sentence(ReplayOutcome verdict, ReplayFile recorded, Replayed replayed) {
        switch (verdict) {
            case RECURS:
                return "The violation recurs: " + replayed.problem();
            case OTHER_VIOLATION:
                return "Another violation, not the recorded one: " + replayed.problem();
            case DIVERGED:
                return "The replay diverged from the recording (" + replayed.diverged() + "): the implementation "
                        + "takes the program another way, so this replay shows neither that the violation recurs "
                        + "nor that it is gone.";
            default:
                return "The violation does not recur: the recording was followed to its end (" + recorded.engine()
                        + ") and every invariant held.";
        }
    }

    private static Replayed replay(EngineId engine, ReplayFile recorded, Fault fault, RuntimeHelpers helpers) {
        try {
            switch (engine) {
                case EXHAUSTIVE:
                    require(recorded.program() != null && recorded.schedule() != null, "a program and a schedule");
                    return ScheduleReplay.run(ProgramRef.parse(recorded.program()), recorded.schedule(), helpers);
                case PROPERTY:
                    if (recorded.schedule() != null) {
                        // A user's program: the property engine's shrunk schedule of its threads.
                        return ScheduleReplay.run(ProgramRef.parse(recorded.program()), recorded.schedule(), helpers);
                    }
                    require(recorded.caseSeed() != null, "a case seed");
                    return CaseReplay.run(fault, recorded.caseSeed(), helpers);
                case LINCHECK:
                    require(recorded.check() != null || recorded.program() != null, "a helper check or a program");
                    return LincheckReplay.run(recorded.check() == null ? null : HelperCheck.parse(recorded.check()),
                            recorded.program() == null ? null : ProgramRef.parse(recorded.program()), helpers);
                default:
                    throw new UsageProblem("the file is of " + engine.displayName() + ", whose searches are rerun "
                            + "by the engine itself: replay takes exhaustive, property and lincheck files");
            }
        } catch (IllegalArgumentException unknown) {
            throw new UsageProblem("the file names something comlife does not know: " + unknown.getMessage());
        }
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new UsageProblem("the counterexample file lacks " + what);
        }
    }
}
