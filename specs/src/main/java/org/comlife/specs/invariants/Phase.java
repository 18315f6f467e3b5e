package org.comlife.specs.invariants;

/** When a property is checked. */
public enum Phase {
    /** In every state: a safety property. */
    ALWAYS,
    /** When the run has ended (every thread terminated, or the world deadlocked): "eventually" read at the end of a bounded run. */
    AT_END
}
