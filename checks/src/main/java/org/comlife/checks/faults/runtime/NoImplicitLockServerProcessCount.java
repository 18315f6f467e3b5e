package org.comlife.checks.faults.runtime;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/**
 * Seeded fault lockserver-window: the implicit LockServer(TRUE) of an activation checks that
 * class objects are not suspended but does not take the lock, as if COM did no implicit
 * LockServer when it marshals a class factory out. A client holding only the factory then
 * keeps nothing alive: another client's last release takes the count to 0 and the server shuts
 * down under the factory. COM still gives the lock back when the factory is released, so the
 * count also runs one short per activation.
 *
 * <p>The fix is {@code ReferenceServerProcessCount}: check the suspension and count the lock
 * in one critical section.
 */
public final class NoImplicitLockServerProcessCount extends ReferenceServerProcessCount {

    @Override
    public boolean lockForActivation() {
        // The bug: the activation is let in, but no lock is counted for the factory it gets.
        return !isSuspended();
    }
}
