package org.comlife.checks.faults;

/** Where a seeded bug lives. */
public enum FaultKind {
    /** A program that misuses the COM API; it runs with the reference runtime helpers. */
    CLIENT,
    /** A runtime helper implementation with a bug; a correct program exercises it. */
    RUNTIME
}
