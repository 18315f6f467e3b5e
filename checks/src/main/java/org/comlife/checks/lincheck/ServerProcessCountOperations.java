package org.comlife.checks.lincheck;

import org.comlife.specs.sequential.SequentialServerProcessCount;
import org.comlife.model.runtime.ServerProcessCount;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The server-process count as Lincheck drives it: each operation is one call of the helper.
 * Each scenario starts at a count of one, as a server with one live instance, so a single
 * release reaches zero and suspends while an addRef or an activation lock may keep references
 * alive (suspension with live counts).
 *
 * <p>Claimed linearizable against {@link org.comlife.specs.sequential.SequentialServerProcessCount},
 * one line per operation:
 * <ul>
 * <li>{@code addRef}: the new count;</li>
 * <li>{@code release}: the new count, -1 at zero, and the suspension of class objects in the same step at zero;</li>
 * <li>{@code lockForActivation}: refused while suspended, else the count goes up, atomically with the check;</li>
 * <li>{@code suspend}: CoSuspendClassObjects, whatever the count (references outstanding stay);</li>
 * <li>{@code resume}: CoResumeClassObjects, the count untouched;</li>
 * <li>{@code count} and {@code isSuspended}: the reads the model's shutdown checks rely on.</li>
 * </ul>
 * So a release that returns 0 and an activation lock that succeeds must be ordered one way or
 * the other: either the activation came first and the release cannot return 0, or the release
 * came first and the activation is refused. Left out: what the process does after the release
 * returns 0 (that is the server's code, checked by the scenario engines).
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
    public void suspend() {
        count.suspend();
    }

    @Operation
    public void resume() {
        count.resume();
    }

    @Operation
    public int count() {
        return count.count();
    }

    @Operation
    public boolean isSuspended() {
        return count.isSuspended();
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
