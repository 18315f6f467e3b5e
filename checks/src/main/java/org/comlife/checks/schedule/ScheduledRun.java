package org.comlife.checks.schedule;

import java.util.List;
import org.comlife.model.ComWorld;

/**
 * One run of a program under the deterministic scheduler: the world it ended in, the
 * schedule (which thread ran at each step, enough to replay it), how it ended, and every
 * failure of a logical thread's own code.
 */
public record ScheduledRun(ComWorld world, List<String> schedule, Ending ending, String endingDetail,
                           List<String> threadFailures) {

    /** How a run ended. */
    public enum Ending {
        /** Every logical thread finished. */
        COMPLETED,
        /** The observer stopped it (a violation found, or a state already explored). */
        STOPPED,
        /** It reached the step bound before finishing. */
        BOUND_REACHED,
        /** A thread stopped outside the model's control (blocked on a Java lock, looping): a broken program. */
        STUCK,
        /** A replayed schedule could not be followed. */
        DIVERGED
    }

    public int steps() {
        return schedule.size();
    }
}
