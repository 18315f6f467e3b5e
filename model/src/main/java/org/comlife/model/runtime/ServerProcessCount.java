package org.comlife.model.runtime;

/**
 * The process-wide server reference count of an out-of-process server, with the suspension of
 * its class objects ({@code CoAddRefServerProcess}, {@code CoReleaseServerProcess},
 * {@code CoSuspendClassObjects}, {@code CoResumeClassObjects}).
 *
 * <p>The contract an implementation must keep: the release that brings the count to zero
 * suspends class objects in the same atomic step, so that no activation can slip in between;
 * and an activation's implicit lock is refused atomically once the class objects are suspended.
 */
public interface ServerProcessCount {

    /** CoAddRefServerProcess: adds one and returns the new count. */
    int addRef();

    /**
     * CoReleaseServerProcess: subtracts one and returns the new count; a return of 0 means
     * "begin shutdown", and class objects are suspended by then. When the count is already 0
     * nothing changes and -1 is returned: the caller released more than it added.
     */
    int release();

    /**
     * The implicit LockServer(TRUE) COM performs before a class factory leaves the server for
     * an activation: atomically, false when class objects are suspended, else adds one.
     */
    boolean lockForActivation();

    /** CoSuspendClassObjects: no new activation is let in. */
    void suspend();

    /** CoResumeClassObjects: activations are let in again. */
    void resume();

    boolean isSuspended();

    int count();
}
