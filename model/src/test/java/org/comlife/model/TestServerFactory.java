package org.comlife.model;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: the class factory of a small out-of-process server. Its instances hold a
 * server-process reference for their whole life (as the examples' Widget does); it records
 * every LockServer call it receives and every time the server was told to begin shutdown.
 */
final class TestServerFactory extends ClassFactory {
    static final Iid ITestInstance = new Iid("ITestInstance");

    private final AtomicInteger lockTrue = new AtomicInteger();
    private final AtomicInteger lockFalse = new AtomicInteger();
    private final AtomicInteger shutdownSignals = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();

    TestServerFactory(ComThread creator) {
        super(creator, "TestServerFactory");
    }

    /** LockServer(TRUE) calls that reached this factory. */
    int lockTrueCalls() {
        return lockTrue.get();
    }

    /** LockServer(FALSE) calls that reached this factory. */
    int lockFalseCalls() {
        return lockFalse.get();
    }

    /** How many times a release to zero told the server to begin shutdown. */
    int shutdownSignals() {
        return shutdownSignals.get();
    }

    /** How many instances CreateInstance made. */
    int created() {
        return created.get();
    }

    @Override
    protected CallResult createInstance(ComThread executing, Iid iid) {
        if (!ITestInstance.equals(iid) && !Iid.IUnknown.equals(iid)) {
            return CallResult.fail(HResult.E_NOINTERFACE);
        }
        created.incrementAndGet();
        return CallResult.ok(new Instance(executing, this));
    }

    @Override
    protected void lockServer(ComThread executing, boolean lock) {
        (lock ? lockTrue : lockFalse).incrementAndGet();
        super.lockServer(executing, lock);
    }

    @Override
    protected void onLastLockReleased(ComThread executing) {
        shutdownSignals.incrementAndGet();
    }

    /** An instance: CoAddRefServerProcess when created, CoReleaseServerProcess in its final release. */
    static final class Instance extends ComObject {
        private final TestServerFactory factory;

        Instance(ComThread creator, TestServerFactory factory) {
            super(creator, "TestInstance", ITestInstance);
            this.factory = factory;
            creator.coAddRefServerProcess();
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return CallResult.ok(method + " ran on " + executing.name());
        }

        @Override
        protected void onFinalRelease(ComThread releasing) {
            if (releasing.coReleaseServerProcess() == 0) {
                factory.shutdownSignals.incrementAndGet();
            }
        }
    }
}
