package org.comlife.model;

/**
 * A deterministic scheduler's grip on the model: it decides which logical thread runs, one at
 * a time, and is told at the two kinds of scheduling point. Without a hook the model runs on
 * real threads as they come.
 *
 * <p>Both methods are called without any lock of the model held, on the Java thread that
 * drives the logical thread, and return when the scheduler gives that thread its turn again.
 */
public interface SchedulingHook {

    /** The thread finished an API call (the outermost one): another thread may run before its next. */
    void betweenCalls(ComThread thread);

    /**
     * The thread cannot go on until what it waits for happens (a reply, an event, a message, a
     * started server). Return once {@link ComThread#canProceed()} holds and it is its turn; the
     * thread then checks again.
     */
    void blocked(ComThread thread);
}
