package org.comlife.model;

/** What a logical thread is doing, as far as COM can tell; the deadlock watchdog reads it. */
public enum WaitMode {
    /** Executing code (or not inside any COM wait). */
    RUNNING,
    /** Waiting for messages in a message loop, or pumping while it waits for a reply. */
    PUMPING,
    /** Waiting for a reply or an event without dispatching its own queue. */
    BLOCKED_NOT_PUMPING,
    /** Finished: the thread will make no further call. */
    TERMINATED
}
