package org.comlife.checks.faults.runtime;

import org.comlife.model.runtime.ReferenceServerProcessCount;

/**
 * Seeded fault split-release: {@code CoReleaseServerProcess} decrements under the lock, lets
 * go of it, and suspends the class objects under the lock again. Between the two steps an
 * activation sees a count of zero with class objects not yet suspended, takes its implicit
 * lock, and is served by a process that the release then tells to shut down.
 *
 * <p>The fix is {@code ReferenceServerProcessCount}: decrement and suspend in one critical
 * section.
 */
public final class SplitReleaseServerProcessCount extends ReferenceServerProcessCount {

    @Override
    public int release() {
        int remaining = decrement();
        // The bug: the suspension is a second critical section; an activation can come in between.
        if (remaining == 0) {
            suspend();
        }
        return remaining;
    }
}
