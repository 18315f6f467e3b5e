package org.comlife.checks.lincheck;

import org.comlife.specs.sequential.SequentialServerProcessCount;
import org.comlife.model.runtime.ServerProcessCount;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The server-process count as Lincheck drives it: each operation is one call of the helper.
 *
 * <p>Claimed linearizable: {@code addRef}, {@code release} (its result and its suspension of
 * class objects at zero), {@code lockForActivation} (the implicit LockServer of an activation,
 * refused once suspended) and {@code resume}, against
 * {@link org.comlife.specs.sequential.SequentialServerProcessCount}. So a release that returns
 * 0 and an activation lock that succeeds must be ordered one way or the other: either the
 * activation came first and the release cannot return 0, or the release came first and the
 * activation is refused. Left out: {@code count()} and {@code isSuspended()}, which are
 * diagnostic reads, and what the process does after the release returns 0 (that is the
 * server's code, checked by the scenario engines). Each scenario starts at a count of one, as
 * a server with one live instance.
 */
public abstract class ServerProcessCountOperations {
    private final ServerProcessCount count = newCount();

    /** Every scenario starts with one instance alive (count 1), so a single release reaches zero. */
    protected ServerProcessCountOperations() {
        count.addRef();
    }

    /** The implementation under test (or the sequential specification). */
    protected abstract ServerProcessCount newCount();

    @Operation
    public int addRef() {
        return count.addRef();
    }

    @Operation
    public int release() {
        return count.release();
    }

    @Operation
    public boolean lockForActivation() {
        return count.lockForActivation();
    }

    @Operation
    public void resume() {
        count.resume();
    }

    /** The count and the suspension, for checks that compare end states too (not an operation). */
    public String state() {
        return "count " + count.count() + (count.isSuspended() ? ", suspended" : ", not suspended");
    }

    /** Runs the helper of the implementation currently under test. */
    public static final class UnderTest extends ServerProcessCountOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected ServerProcessCount newCount() {
            return ImplementationUnderTest.current().newServerProcessCount();
        }
    }

    /** The sequential specification: the same operations over {@link SequentialServerProcessCount}. */
    public static final class Specification extends ServerProcessCountOperations {
        @Override
        protected ServerProcessCount newCount() {
            return new SequentialServerProcessCount();
        }
    }
}
