package org.comlife.checks.property.execute;

import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.GeneratedCase;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.specs.invariants.Breach;

/**
 * Runs a chain under the deterministic scheduler against an implementation, checking every
 * invariant after every step and the end-of-run invariants when nothing is left to run
 * ({@link RunJudge}), then the user's property.
 */
public final class CaseRunner {
    /** A bound no correct chain comes near: reaching it means a livelock. */
    public static final int MAX_STEPS = 4_000;

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
                    RunJudge.toFirstViolation(run.journal(), scheduled.world().violations()), run.world(), null);
        }
        return run.withFailure(failure);
    }

    private CaseFailure judge(ScheduledRun scheduled, List<Breach> during, CaseRun run) {
        CaseFailure failure = RunJudge.judge(scheduled, during);
        if (failure != null) {
            return failure;
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
