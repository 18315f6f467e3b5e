package org.comlife.checks.lincheck;

import org.comlife.model.ComResult;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Proxy;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.specs.sequential.SequentialClassObjectActivation;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The activation path of a real model server as Lincheck drives it ({@link ActivationFixture}):
 * activations of its one published class from a client's MTA and from the registering STA,
 * against the server-process count's releases and the release of a factory another client holds.
 * Each scenario starts with that factory out, so the count is 1 and one release reaches zero.
 *
 * <p>Claimed linearizable against {@link SequentialClassObjectActivation}, one line per operation:
 * <ul>
 * <li>{@code activate}: S_OK with a proxy that holds its implicit lock, the lock counted before the
 *     factory left; CO_E_SERVER_STOPPING, nothing handed out, once class objects are suspended;</li>
 * <li>{@code activateInApartment}: S_OK with the factory itself and no lock; CO_E_SERVER_STOPPING once suspended;</li>
 * <li>{@code activateUnregistered}: a class the server never registered: REGDB_E_CLASSNOTREG, nothing counted;</li>
 * <li>{@code releaseFactory}: the held factory's proxy released: its implicit lock goes back once; the holder's
 *     releases run on one thread, as its apartment's code makes them (a proxy's last release disconnects at
 *     once and gives the lock back after, so a second release racing it returns before the lock is back);</li>
 * <li>{@code releaseServer}: CoReleaseServerProcess on the count (suspends at 0);</li>
 * <li>{@code addRefServer}: CoAddRefServerProcess;</li>
 * <li>{@code count}: the count the shutdown decision reads.</li>
 * </ul>
 * So an activation served with its factory out and a release that returned 0 must be ordered one
 * way or the other: either the lock came first and the release cannot reach 0, or the release
 * came first and the activation is refused. Left out: the SCM's routing and relaunch, SINGLEUSE and
 * suspended registrations (the class table's own check), and what the server's code does at its
 * last lock.
 */
public abstract class ClassObjectActivationOperations {
    /** The answer of an activation that handed out a factory whose implicit lock is not held. */
    public static final String NO_LOCK = "S_OK without its implicit lock";
    /** The answer of an in-apartment activation that handed out a proxy instead of the factory. */
    public static final String PROXY_IN_APARTMENT = "S_OK through a proxy";

    private final ActivationFixture fixture = new ActivationFixture(helpers());

    /** The runtime whose activation path is under test. */
    protected abstract RuntimeHelpers helpers();

    @Operation
    public String activate() {
        ComResult<InterfacePointer> answer = fixture.activate(fixture.client);
        if (!answer.succeeded()) {
            return answer.hr().name();
        }
        InterfacePointer factory = answer.value();
        return factory instanceof Proxy && ((Proxy) factory).implicitLocks() > 0 ? HResult.S_OK.name() : NO_LOCK;
    }

    @Operation
    public String activateInApartment() {
        ComResult<InterfacePointer> answer = fixture.activate(fixture.serverMain);
        if (!answer.succeeded()) {
            return answer.hr().name();
        }
        return answer.value() == fixture.factory ? HResult.S_OK.name() : PROXY_IN_APARTMENT;
    }

    @Operation
    public String activateUnregistered() {
        return fixture.activateUnregistered().hr().name();
    }

    /** The holder's own code releases its factory: one thread, never two at once (see the class comment). */
    @Operation(nonParallelGroup = "holder")
    public void releaseFactory() {
        fixture.heldFactory.release(fixture.holder);
    }

    @Operation
    public int releaseServer() {
        return fixture.server.serverProcessCount().release();
    }

    @Operation
    public int addRefServer() {
        return fixture.server.serverProcessCount().addRef();
    }

    @Operation
    public int count() {
        return fixture.server.serverProcessCount().count();
    }

    /** The count and the suspension, for outcomes that compare end states (not an operation). */
    public String state() {
        return fixture.countState();
    }

    /** Runs the activation path of the implementation currently under test. */
    public static final class UnderTest extends ClassObjectActivationOperations {
        public UnderTest() {
            ImplementationUnderTest.noteInvocation();
        }

        @Override
        protected RuntimeHelpers helpers() {
            return ImplementationUnderTest.current();
        }
    }

    /** The sequential specification: the same operations over {@link SequentialClassObjectActivation}. */
    public static final class Specification {
        private final SequentialClassObjectActivation activation = new SequentialClassObjectActivation();

        public String activate() {
            return activation.activate().name();
        }

        public String activateInApartment() {
            return activation.activateInApartment().name();
        }

        public String activateUnregistered() {
            return HResult.REGDB_E_CLASSNOTREG.name();
        }

        public void releaseFactory() {
            activation.releaseFactory();
        }

        public int releaseServer() {
            return activation.releaseServer();
        }

        public int addRefServer() {
            return activation.addRefServer();
        }

        public int count() {
            return activation.count();
        }
    }
}
