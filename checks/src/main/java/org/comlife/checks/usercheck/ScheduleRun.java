package org.comlife.checks.usercheck;

import java.util.List;
import org.comlife.checks.property.execute.CaseFailure;
import org.comlife.checks.property.execute.FailureKind;
import org.comlife.checks.property.execute.InvariantWatch;
import org.comlife.checks.property.execute.RunJudge;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * One run of a user's program under the deterministic scheduler with the reference runtime,
 * every invariant checked after every step, judged as the property engine judges a case
 * ({@link RunJudge}): the schedule, the calls made (up to the first violation), how many
 * switches preempted a thread that could have gone on, and the failure, if any.
 */
record ScheduleRun(List<String> schedule, List<JournalEntry> journal, int preemptions, CaseFailure failure,
                   boolean everyThreadWaiting) {
    /** Steps one run may take; the first runs have already shown the program ends well within it. */
    static final int MAX_STEPS = Preflight.MAX_STEPS;

    static ScheduleRun of(Program program, Chooser chooser) {
        PreemptionCount counted = new PreemptionCount(chooser);
        InvariantWatch watch = new InvariantWatch();
        ScheduledRun run = DeterministicScheduler.run(program, RuntimeHelpers.reference(), counted, watch, MAX_STEPS);
        CaseFailure failure = RunJudge.judge(run, watch.breaches());
        List<JournalEntry> journal = failure != null && failure.kind() == FailureKind.BREACH
                ? RunJudge.toFirstViolation(run.world().journal().entries(), run.world().violations())
                : run.world().journal().entries();
        return new ScheduleRun(run.schedule(), journal, counted.preemptions(), failure,
                RunJudge.isEveryThreadWaiting(run));
    }

    /**
     * Whether the program broke the contract on this run: an invariant, a thread that failed, or
     * a hang in which every unfinished thread waits inside COM for something that never comes.
     */
    boolean violates() {
        return failure != null && switch (failure.kind()) {
            case BREACH, BREACH_AT_END, THREAD_FAILED -> true;
            case STUCK -> everyThreadWaiting;
            default -> false;
        };
    }

    /** Whether the run could not be judged: a thread never came back to COM, or the run did not end. */
    boolean unfinished() {
        return failure != null && !violates();
    }

    /** The calls made until the failure: what a shorter counterexample has fewer of. */
    int calls() {
        return journal.size();
    }

    /** Counts the switches away from a thread that could have gone on. */
    private static final class PreemptionCount implements Chooser {
        private final Chooser inner;
        private String previous;
        private int preemptions;

        PreemptionCount(Chooser inner) {
            this.inner = inner;
        }

        @Override
        public int choose(List<String> enabled, int step) {
            int index = inner.choose(enabled, step);
            String chosen = enabled.get(index);
            if (previous != null && !previous.equals(chosen) && enabled.contains(previous)) {
                preemptions++;
            }
            previous = chosen;
            return index;
        }

        int preemptions() {
            return preemptions;
        }
    }
}
