package org.comlife.specs.sequential;

import org.comlife.model.runtime.ServerProcessCount;

/**
 * What the server-process count means, one call at a time: a count and a suspension flag, the
 * release to zero suspending, an activation lock refused while suspended. A concurrent
 * implementation is correct when every concurrent history equals some sequential history of
 * this class (linearizability).
 */
public final class SequentialServerProcessCount implements ServerProcessCount {
    private int count;
    private boolean suspended;

    @Override
    public int addRef() {
        return ++count;
    }

    @Override
    public int release() {
        if (count == 0) {
            return -1;
        }
        if (--count == 0) {
            suspended = true;
        }
        return count;
    }

    @Override
    public boolean lockForActivation() {
        if (suspended) {
            return false;
        }
        count++;
        return true;
    }

    @Override
    public void suspend() {
        suspended = true;
    }

    @Override
    public void resume() {
        suspended = false;
    }

    @Override
    public boolean isSuspended() {
        return suspended;
    }

    @Override
    public int count() {
        return count;
    }
}
