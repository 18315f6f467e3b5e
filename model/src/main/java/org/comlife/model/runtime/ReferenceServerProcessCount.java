package org.comlife.model.runtime;

/**
 * The server-process count as Windows keeps it: one monitor guards the count and the
 * suspension flag together, so the release to zero and the suspension are one step, and an
 * activation either sees the count before that step or sees the suspension after it.
 *
 * <p>{@link #decrement()} is the release's first half, exposed so that an implementation
 * derived from this one (a seeded fault, a user's variant) changes only the step it changes;
 * every other operation is one public method, replaced alone the same way.
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
        int remaining = decrement();
        if (remaining == 0) {
            suspend();
        }
        return remaining;
    }

    /** Subtracts one and returns the new count; -1, and no change, when the count is already 0. */
    protected synchronized int decrement() {
        if (count == 0) {
            return -1;
        }
        return --count;
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
