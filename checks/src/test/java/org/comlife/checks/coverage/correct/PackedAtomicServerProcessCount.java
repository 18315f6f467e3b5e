package org.comlife.checks.coverage.correct;

import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.runtime.ServerProcessCount;

/**
 * A server-process count without a monitor: the count and the suspension flag are packed into
 * one AtomicInteger (count times two, plus one while suspended), so the release to zero and the
 * suspension are one compare-and-set, and an activation's check and increment are another.
 */
public class PackedAtomicServerProcessCount implements ServerProcessCount {
    private static final int SUSPENDED = 1;
    private static final int ONE = 2;
    private final AtomicInteger state = new AtomicInteger();

    @Override
    public int addRef() {
        return state.addAndGet(ONE) / ONE;
    }

    @Override
    public int release() {
        while (true) {
            int seen = state.get();
            int remaining = seen / ONE - 1;
            if (remaining < 0) {
                return -1;
            }
            int next = remaining == 0 ? SUSPENDED : seen - ONE;
            if (state.compareAndSet(seen, next)) {
                return remaining;
            }
        }
    }

    @Override
    public boolean lockForActivation() {
        while (true) {
            int seen = state.get();
            if ((seen & SUSPENDED) != 0) {
                return false;
            }
            if (state.compareAndSet(seen, seen + ONE)) {
                return true;
            }
        }
    }

    @Override
    public void suspend() {
        setSuspended(true);
    }

    @Override
    public void resume() {
        setSuspended(false);
    }

    private void setSuspended(boolean suspended) {
        while (true) {
            int seen = state.get();
            if (state.compareAndSet(seen, suspended ? seen | SUSPENDED : seen & ~SUSPENDED)) {
                return;
            }
        }
    }

    @Override
    public boolean isSuspended() {
        return (state.get() & SUSPENDED) != 0;
    }

    @Override
    public int count() {
        return state.get() / ONE;
    }
}
