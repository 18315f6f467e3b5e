package org.comlife.model.runtime;

/**
 * The server-process count as Windows keeps it: one monitor guards the count and the
 * suspension flag together, so the release to zero and the suspension are one step, and an
 * activation either sees the count before that step or sees the suspension after it.
 */
public class ReferenceServerProcessCount implements ServerProcessCount {
    private int count;
    private boolean suspended;

    @Override
    public synchronized int addRef() {
        return ++count;
    }

    @Override
    public synchronized int release() {
        if (count == 0) {
            return -1;
        }
        count--;
        if (count == 0) {
            suspended = true;
        }
        return count;
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
