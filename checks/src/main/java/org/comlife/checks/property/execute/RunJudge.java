package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.journal.Violation;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Judges one scheduled run by the contract alone, in this order: a breach met during the run
 * ({@link InvariantWatch}), the step bound, a diverged replay, a thread stuck outside the model,
 * a breach of the end-of-run invariants in the final state, a run in which nothing can move
 * although threads have not finished (judged as ended, so "eventually" properties are read
 * there), then a thread whose own code failed. Null when nothing failed.
 */
public final class RunJudge {
    /** How the scheduler begins the detail of a run in which every unfinished thread waits inside the model. */
    private static final String NOTHING_CAN_RUN = "no thread can run";

    private RunJudge() {
    }

    /** Why the run failed, or null; {@code during} are the breaches the watch stopped the run at. */
    public static CaseFailure judge(ScheduledRun scheduled, List<Breach> during) {
        String failures = scheduled.threadFailures().isEmpty() ? "" : " (threads failed: "
                + scheduled.threadFailures() + ")";
        if (!during.isEmpty()) {
            return new CaseFailure(FailureKind.BREACH, during, "at scheduler step " + scheduled.steps() + failures);
        }
        switch (scheduled.ending()) {
            case BOUND_REACHED:
                return new CaseFailure(FailureKind.BOUND_REACHED, List.of(), scheduled.endingDetail());
            case DIVERGED:
                return new CaseFailure(FailureKind.DIVERGED, List.of(), scheduled.endingDetail());
            case STUCK:
                if (!isEveryThreadWaiting(scheduled)) {
                    return new CaseFailure(FailureKind.STUCK, List.of(), scheduled.endingDetail());
                }
                break;
            default:
                break;
        }
        List<Breach> atEnd = InvariantChecker.check(WorldSnapshot.of(scheduled.world()), true);
        if (!atEnd.isEmpty()) {
            return new CaseFailure(FailureKind.BREACH_AT_END, atEnd, "in the final state" + failures);
        }
        if (scheduled.ending() == ScheduledRun.Ending.STUCK) {
            return new CaseFailure(FailureKind.STUCK, List.of(), scheduled.endingDetail());
        }
        if (!scheduled.threadFailures().isEmpty()) {
            return new CaseFailure(FailureKind.THREAD_FAILED, List.of(), scheduled.threadFailures().toString());
        }
        return null;
    }

    /**
     * Whether a stuck run stopped because every unfinished thread waits inside the model (a
     * deadlock or a server nobody shuts down), rather than a thread that never came back from
     * its own code (a loop, a Java lock, a sleep).
     */
    public static boolean isEveryThreadWaiting(ScheduledRun scheduled) {
        return scheduled.ending() == ScheduledRun.Ending.STUCK && scheduled.endingDetail().startsWith(NOTHING_CAN_RUN);
    }

    /**
     * The journal up to the call during which the sanitizer recorded its first violation. A
     * thread that recorded a violation may make further calls before the scheduler regains
     * control; those calls are not part of the counterexample.
     */
    public static List<JournalEntry> toFirstViolation(List<JournalEntry> journal, List<Violation> violations) {
        if (violations.isEmpty()) {
            return journal;
        }
        int last = violations.get(0).step();
        List<JournalEntry> cut = new ArrayList<>();
        for (JournalEntry entry : journal) {
            if (entry.step() <= last) {
                cut.add(entry);
            }
        }
        return cut;
    }
}
