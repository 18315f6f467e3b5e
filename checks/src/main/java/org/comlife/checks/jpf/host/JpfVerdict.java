package org.comlife.checks.jpf.host;

/** What one JPF run concluded. Only PASSED is a pass; every other verdict says why not. */
public enum JpfVerdict {
    /** The whole state space was explored, with no error, and the target really ran. */
    PASSED,
    /** JPF found a broken property: an uncaught exception (a broken invariant) or a deadlock. */
    ERROR_FOUND,
    /** The budget stopped the search before it was complete and no error was found so far. */
    BOUND_REACHED,
    /** JPF did not run the target (class not found, VM not initialized, nothing executed). */
    TARGET_NOT_LOADED,
    /** JPF itself failed: an exception in JPF, a crash or a hang of the JPF JVM. */
    FAILED;

    public boolean isPass() {
        return this == PASSED;
    }
}
