package org.comlife.checks.property.execute;

/** How a case failed. */
public enum FailureKind {
    /** An invariant broke in some state during the run. */
    BREACH,
    /** An end-of-run invariant broke in the final state. */
    BREACH_AT_END,
    /** Nothing could run any more, yet not every thread finished, and no invariant explains it. */
    STUCK,
    /** A chain thread's own code threw: a bug of the engine or of the implementation's contract. */
    THREAD_FAILED,
    /** The run reached the step bound: a livelock. */
    BOUND_REACHED,
    /** A replayed schedule could not be followed. */
    DIVERGED,
    /** The user's property rejected the run. */
    PROPERTY
}
