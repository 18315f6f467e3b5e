package org.comlife.checks.coverage.bugs;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/** A server-process count whose implicit activation lock is an ordinary CoAddRefServerProcess. */
public class LockIgnoresSuspensionCount extends ReferenceServerProcessCount {
    @Override
    public synchronized boolean lockForActivation() {
        // The bug: the suspension is not looked at, so an activation gets in after shutdown began.
        addRef();
        return true;
    }
}
