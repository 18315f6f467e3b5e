package org.comlife.checks.coverage.bugs;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/** A server-process count that takes CoSuspendClassObjects for a shutdown step. */
public class SuspendOnlyAtZeroCount extends ReferenceServerProcessCount {
    @Override
    public synchronized void suspend() {
        // The bug: an explicit CoSuspendClassObjects is ignored while references are outstanding.
        if (count() == 0) {
            super.suspend();
        }
    }
}
