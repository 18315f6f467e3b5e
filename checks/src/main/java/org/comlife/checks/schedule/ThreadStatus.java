package org.comlife.checks.schedule;

/**
 * Where a logical thread stands in a run taken one API step at a time: the deterministic
 * scheduler's, the JPF tier's turns', and part of every explored state.
 */
public enum ThreadStatus {
    /** At a scheduling point between two API calls: it can always take the next step. */
    BETWEEN_CALLS,
    /** Waiting inside a call (a reply, an event, a message, a launch): it can go on once that has happened. */
    BLOCKED,
    /** Holding the turn. */
    RUNNING,
    /** Its body has ended. */
    DONE,
    /** Its body ended by throwing (an API answered what the program did not expect); done for scheduling. */
    FAILED;

    /** Whether the thread's code has ended, cleanly or not: it has no future. */
    public boolean ended() {
        return this == DONE || this == FAILED;
    }
}
