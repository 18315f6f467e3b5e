package org.comlife.checks.lincheck;

/** Lincheck's two ways to look for a non-linearizable history. */
public enum LincheckStrategy {
    /** Lincheck's own scheduler explores interleavings at shared-memory accesses; failures come with the interleaving. */
    MODEL_CHECKING,
    /** Real threads run each scenario many times; failures come with the results only. */
    STRESS
}
