package org.comlife.checks.exhaustive;

/** What an exhaustive exploration concluded. */
public enum Verdict {
    /** Every reachable state was explored and none broke an invariant. */
    PASSED,
    /** Some reachable state breaks an invariant; the shortest schedule found leads there. */
    VIOLATION,
    /** The budget ran out before every state was explored: nothing is claimed. */
    BOUND_REACHED,
    /** A run could not be completed or replayed (a program that blocks outside the model, or is not deterministic). */
    ERROR
}
