package org.comlife.checks.usercheck;

import java.time.Duration;
import org.comlife.checks.matrix.BoundedRun;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.reports.text.TextSwimlaneRenderer;

/**
 * Runs a recorded violation of a user's program again: the program loaded as it was checked
 * (class, class path, parameters), the recorded schedule followed step by step with every
 * invariant checked after each, and the result told: whether the violation recurs, with the
 * swimlane when it does. A program changed since, so that the schedule cannot be followed, is
 * said to be so.
 */
public final class ProgramReplay {
    /** How long one replay may take: a recorded schedule runs in milliseconds. */
    static final Duration LIMIT = Duration.ofSeconds(60);

    private ProgramReplay() {
    }

    /** What the replay showed: whether the violation recurred, and the text to show. */
    public record Outcome(boolean recurs, String text) {
    }

    /** Replays the file's schedule; a program that cannot be loaded is refused with the reason. */
    public static Outcome replay(ProgramReplayFile file, int width) throws ProgramRejected {
        UserProgram program = ProgramCheck.load(file.programClass(), null, LIMIT);
        BoundedRun.Outcome<ScheduleRun> outcome = BoundedRun.call("replaying " + program.id(), LIMIT,
                () -> ScheduleRun.of(program.program(), new ReplayChooser(file.schedule())));
        String heading = "Replaying " + program.title() + " (" + file.schedule().size() + " steps, found by "
                + file.engine() + "): ";
        if (!(outcome instanceof BoundedRun.Completed<ScheduleRun> completed)) {
            String why = outcome instanceof BoundedRun.Failed<ScheduleRun> failed
                    ? UserCodeFailure.describe(failed.failure(), program.id()) : ((BoundedRun.TimedOut<ScheduleRun>) outcome).message();
            throw new IllegalStateException(heading + "the replay did not finish: " + why);
        }
        ScheduleRun run = completed.value();
        StringBuilder text = new StringBuilder(heading);
        if (run.violates()) {
            int last = run.journal().isEmpty() ? 0 : run.journal().get(run.journal().size() - 1).step();
            text.append("the violation recurs.\n")
                    .append(TextSwimlaneRenderer.render(JournalCounterexample.of(run.journal(), last,
                            run.failure().headline(), null, null), width)).append('\n')
                    .append("Recorded: ").append(file.problem()).append('\n');
            return new Outcome(true, text.toString());
        }
        text.append(run.failure() == null ? "the violation does not recur: the program passes this schedule."
                : "the schedule could not be followed to the end (" + run.failure().headline()
                + "): the program has changed since it was recorded.").append('\n')
                .append("Recorded: ").append(file.problem()).append('\n');
        return new Outcome(false, text.toString());
    }
}
