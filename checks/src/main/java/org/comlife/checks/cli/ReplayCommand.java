package org.comlife.checks.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.checks.usercheck.ProgramRejected;
import org.comlife.checks.usercheck.ProgramReplay;
import org.comlife.checks.usercheck.ProgramReplayFile;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.reports.text.TextSwimlaneRenderer;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Re-runs a recorded counterexample (written by {@code comlife hunt} or {@code comlife check} into
 * report/counterexamples/) deterministically: the same program, the same schedule, against
 * the implementation it was found with or another one, and says whether the violation recurs.
 * Exit code 0 when it does not, 1 when it does.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a recorded counterexample and show whether the violation recurs.")
final class ReplayCommand implements Callable<Integer> {
    /** A replay runs at most this many steps past the recorded schedule. */
    private static final int MAX_STEPS = 5_000;

    @Parameters(index = "0", description = "a counterexample file, e.g. comlife-report/counterexamples/double-unmarshal.json")
    Path file;

    @Option(names = "--impl", description = "replay against this implementation instead of the recorded one")
    String implementation;

    @Option(names = "--classpath", description = "jars or folders holding --impl")
    String classpath;

    @Override
    public Integer call() {
        if (ProgramReplayFile.isOne(file)) {
            return replayProgram();
        }
        ReplayFile replay = ReplayFile.read(file);
        Fault fault = FaultSelection.named(replay.fault());
        RuntimeHelpers helpers = implementation == null ? fault.helpers()
                : ImplementationOption.resolve(implementation, classpath);
        Breach[] first = new Breach[1];
        ScheduledRun run = DeterministicScheduler.run(fault.program(), helpers, new ReplayChooser(replay.schedule()),
                (step, world, threads) -> {
                    List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(world), false);
                    if (!breaches.isEmpty()) {
                        first[0] = breaches.get(0);
                        return true;
                    }
                    return false;
                }, MAX_STEPS);
        String problem = first[0] != null ? first[0].toString() : endProblem(run);
        System.out.println("Replaying " + replay.fault() + " (" + replay.schedule().size() + " steps) against "
                + helpers.name() + ": " + run.ending().name().toLowerCase().replace('_', ' ')
                + (run.endingDetail().isEmpty() ? "" : " (" + run.endingDetail() + ")"));
        System.out.println("Recorded: " + replay.problem());
        if (problem == null) {
            System.out.println("The violation does not recur.");
            return 0;
        }
        int last = run.world().journal().size();
        System.out.println(TextSwimlaneRenderer.render(JournalCounterexample.of(run.world().journal().entries(), last,
                problem, null, null)));
        System.out.println("The violation recurs: " + problem);
        return ComlifeCommand.EXIT_FAILED;
    }

    /** A violation of a user's program recorded by {@code comlife check}: replayed with the program as checked. */
    private Integer replayProgram() {
        if (implementation != null || classpath != null) {
            throw new UsageProblem("a program's counterexample replays with the class path it was checked with; "
                    + "--impl and --classpath apply to a fault's");
        }
        try {
            ProgramReplay.Outcome outcome = ProgramReplay.replay(ProgramReplayFile.read(file),
                    TextSwimlaneRenderer.DEFAULT_WIDTH);
            System.out.print(outcome.text());
            return outcome.recurs() ? ComlifeCommand.EXIT_FAILED : 0;
        } catch (ProgramRejected rejected) {
            throw new UsageProblem(rejected.getMessage());
        }
    }

    private static String endProblem(ScheduledRun run) {
        List<Breach> atEnd = InvariantChecker.check(WorldSnapshot.of(run.world()), true);
        if (!atEnd.isEmpty()) {
            return atEnd.get(0).toString();
        }
        return run.threadFailures().isEmpty() ? null : "a thread of the program failed: " + run.threadFailures().get(0);
    }
}
