package org.comlife.specs.sequential;

import org.comlife.model.HResult;

/**
 * What serving activations means for one local server with one published MULTIPLEUSE class, one
 * call at a time: the server-process count with its suspension, every factory marshaled out
 * holding one implicit lock counted before it left, and that lock given back when the client lets
 * go of the factory. It starts with one factory out (held by another client): the count is 1, the
 * lock of that factory. A concurrent activation path is correct when every concurrent history of
 * activations and releases equals some sequential history of this class (linearizability).
 *
 * <table>
 *   <caption>The state table</caption>
 *   <tr><th>call</th><th>not suspended</th><th>suspended</th></tr>
 *   <tr><td>{@link #activate}</td><td>count + 1 (the factory's lock): S_OK</td><td>nothing: CO_E_SERVER_STOPPING</td></tr>
 *   <tr><td>{@link #activateInApartment}</td><td>nothing counted: S_OK</td><td>CO_E_SERVER_STOPPING</td></tr>
 *   <tr><td>{@link #releaseFactory}</td><td colspan="2">the first time, the held factory's lock released (at 0 class
 *       objects are suspended); after that nothing</td></tr>
 *   <tr><td>{@link #releaseServer}</td><td colspan="2">CoReleaseServerProcess: count - 1, suspends at 0; -1 at 0</td></tr>
 *   <tr><td>{@link #addRefServer}</td><td colspan="2">CoAddRefServerProcess: count + 1</td></tr>
 * </table>
 */
public final class SequentialClassObjectActivation {
    private final SequentialServerProcessCount count = new SequentialServerProcessCount();
    private boolean factoryHeld = true;

    public SequentialClassObjectActivation() {
        count.addRef();
    }

    /** An activation from another apartment: the factory marshaled out with its implicit lock, or refused. */
    public HResult activate() {
        return count.lockForActivation() ? HResult.S_OK : HResult.CO_E_SERVER_STOPPING;
    }

    /** An activation from the registering apartment: the factory itself, no lock; refused while suspended. */
    public HResult activateInApartment() {
        return count.isSuspended() ? HResult.CO_E_SERVER_STOPPING : HResult.S_OK;
    }

    /** The held factory released: its implicit lock goes back, once. */
    public void releaseFactory() {
        if (factoryHeld) {
            factoryHeld = false;
            count.release();
        }
    }

    /** CoReleaseServerProcess: the new count, class objects suspended at 0; -1 when it was already 0. */
    public int releaseServer() {
        return count.release();
    }

    /** CoAddRefServerProcess: the new count. */
    public int addRefServer() {
        return count.addRef();
    }

    public int count() {
        return count.count();
    }
}
