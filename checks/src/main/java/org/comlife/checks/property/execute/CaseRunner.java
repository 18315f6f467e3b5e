package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.GeneratedCase;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.journal.Violation;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * Runs a chain under the deterministic scheduler against an implementation, checking every
 * invariant after every step and the end-of-run invariants when nothing is left to run, then
 * the user's property. A run in which nothing can move although threads have not finished (a
 * server waiting for a shutdown nobody will cause) is judged as ended: "eventually" properties
 * are read there.
 */
public final class CaseRunner {
    /** A bound no correct chain comes near: reaching it means a livelock. */
    public static final int MAX_STEPS = 4_000;
    private static final String NOTHING_CAN_RUN = "no thread can run";

    private final RuntimeHelpers implementation;
    private final CaseProperty property;

    public CaseRunner(RuntimeHelpers implementation, CaseProperty property) {
        this.implementation = implementation;
        this.property = property;
    }

    /** A generated case, interleaved as its scheduler seed says. */
    public CaseRun run(GeneratedCase generated) {
        return run(generated.chain(), new RandomChooser(generated.scheduleSeed()));
    }

    public CaseRun run(ActionChain chain, Chooser chooser) {
        ActionCursor cursor = new ActionCursor();
        RecordingChooser recording = new RecordingChooser(chooser, cursor);
        InvariantWatch watch = new InvariantWatch();
        ScheduledRun scheduled = DeterministicScheduler.run(new ChainProgram(chain, cursor), implementation, recording,
                watch, MAX_STEPS);
        List<Integer> labels = recording.labels(scheduled.steps());
        CaseRun run = new CaseRun(chain, scheduled.schedule(), labels, recording.preemptions(), scheduled.ending(),
                scheduled.endingDetail(), scheduled.world().journal().entries(), scheduled.world(), null);
        CaseFailure failure = judge(scheduled, watch.breaches(), run);
        if (failure != null && failure.kind() == FailureKind.BREACH) {
            run = new CaseRun(chain, run.schedule(), labels, run.preemptions(), run.ending(), run.endingDetail(),
                    toFirstViolation(run.journal(), scheduled.world().violations()), run.world(), null);
        }
        return run.withFailure(failure);
    }

    /**
     * The journal up to the call during which the sanitizer recorded its first violation. A
     * thread that recorded a violation may make further calls before the scheduler regains
     * control; those calls are not part of the counterexample.
     */
    private static List<JournalEntry> toFirstViolation(List<JournalEntry> journal, List<Violation> violations) {
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

    private CaseFailure judge(ScheduledRun scheduled, List<Breach> during, CaseRun run) {
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
                if (!scheduled.endingDetail().startsWith(NOTHING_CAN_RUN)) {
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
        try {
            property.check(run);
            return null;
        } catch (Exception | AssertionError rejected) {
            return new CaseFailure(FailureKind.PROPERTY, List.of(), rejected.getClass().getName() + " "
                    + rejected.getMessage());
        }
    }
}
