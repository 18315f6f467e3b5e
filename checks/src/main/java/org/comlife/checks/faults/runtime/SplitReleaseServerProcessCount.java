package org.comlife.checks.faults.runtime;

import org.comlife.model.runtime.ServerProcessCount;

/**
 * Seeded fault split-release: {@code CoReleaseServerProcess} decrements under the lock, lets
 * go of it, and suspends the class objects under the lock again. Between the two steps an
 * activation sees a count of zero with class objects not yet suspended, takes its implicit
 * lock, and is served by a process that the release then tells to shut down.
 *
 * <p>The fix is {@code ReferenceServerProcessCount}: decrement and suspend in one critical
 * section.
 */
public final class SplitReleaseServerProcessCount implements ServerProcessCount {
    private int count;
    private boolean suspended;

    @Override
    public synchronized int addRef() {
        return ++count;
    }

    @Override
    public int release() {
        int remaining;
        synchronized (this) {
            if (count == 0) {
                return -1;
            }
            remaining = --count;
        }
        // The bug: the suspension is a second step; an activation can come in between.
        if (remaining == 0) {
            suspend();
        }
        return remaining;
    }

    @Override
    public synchronized boolean lockForActivation() {
        if (suspended) {
            return false;
        }
        count++;
        return true;
    }

    @Override
    public synchronized void suspend() {
        suspended = true;
    }

    @Override
    public synchronized void resume() {
        suspended = false;
    }

    @Override
    public synchronized boolean isSuspended() {
        return suspended;
    }

    @Override
    public synchronized int count() {
        return count;
    }
}
