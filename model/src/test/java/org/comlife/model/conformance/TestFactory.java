package org.comlife.model.conformance;

import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ComObject;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;

/**
 * The suite's class object. CreateInstance makes an instance for IFoo or IUnknown and answers
 * E_NOINTERFACE otherwise (as Wine's test factory does); LockServer counts the server-process
 * count as the out-of-process helpers document, and the factory records every LockServer it
 * receives and every shutdown signal (a release of the count to 0 by a LockServer(FALSE),
 * explicit or COM's, or by an instance's final release). A server's factory makes
 * {@link ServerInstance}s, which hold a server-process reference for their whole life.
 */
final class TestFactory extends ClassFactory {
    private final boolean server;
    private int locks;
    private int unlocks;
    private int shutdownSignals;

    /** An in-process factory: its instances are plain {@link TestObject}s. */
    TestFactory(ComThread creator) {
        this(creator, false);
    }

    private TestFactory(ComThread creator, boolean server) {
        super(creator, "TestFactory");
        this.server = server;
    }

    /** An out-of-process server's factory: its instances count themselves with the server-process count. */
    static TestFactory forServer(ComThread creator) {
        return new TestFactory(creator, true);
    }

    synchronized int locks() {
        return locks;
    }

    synchronized int unlocks() {
        return unlocks;
    }

    synchronized int shutdownSignals() {
        return shutdownSignals;
    }

    @Override
    protected CallResult createInstance(ComThread executing, Iid iid) {
        if (!ComSetup.IFoo.equals(iid) && !Iid.IUnknown.equals(iid)) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }
        return CallResult.ok(server ? new ServerInstance(executing, this) : new TestObject(executing));
    }

    @Override
    protected void lockServer(ComThread executing, boolean lock) {
        synchronized (this) {
            if (lock) {
                locks++;
            } else {
                unlocks++;
            }
        }
        super.lockServer(executing, lock);
    }

    @Override
    protected synchronized void onLastLockReleased(ComThread executing) {
        shutdownSignals++;
    }

    /** An instance of a server: CoAddRefServerProcess when made, CoReleaseServerProcess in its final release. */
    static final class ServerInstance extends ComObject {
        private final TestFactory factory;

        ServerInstance(ComThread creator, TestFactory factory) {
            super(creator, "ServerInstance", ComSetup.IFoo);
            this.factory = factory;
            creator.coAddRefServerProcess();
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return CallResult.ok(executing.name());
        }

        @Override
        protected void onFinalRelease(ComThread releasing) {
            if (releasing.coReleaseServerProcess() == 0) {
                factory.onLastLockReleased(releasing);
            }
        }
    }
}
