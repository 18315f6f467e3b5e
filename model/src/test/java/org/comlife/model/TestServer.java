package org.comlife.model;

/**
 * Test fixture: a running out-of-process server: a SERVER process whose main thread is in the
 * MTA (so calls into it run at once, without pumping) and has registered one
 * {@link TestServerFactory} as a LOCAL_SERVER class object. The registration holds the only
 * reference to the factory.
 */
record TestServer(ComProcess process, ComThread thread, TestServerFactory factory, int cookie) {

    /** Starts the server and registers its class with the given REGCLS flags. */
    static TestServer start(ComWorld world, String name, Clsid clsid, int flags) {
        ComProcess process = world.newProcess(name, ProcessRole.SERVER);
        ComThread thread = process.newThread(name + "-main");
        if (thread.coInitializeEx(ApartmentKind.MTA) != HResult.S_OK) {
            throw new IllegalStateException("the test server's CoInitializeEx failed");
        }
        TestServerFactory factory = new TestServerFactory(thread);
        ComResult<Integer> cookie = thread.coRegisterClassObject(clsid, factory, ClsCtx.LOCAL_SERVER, flags);
        if (!cookie.succeeded()) {
            throw new IllegalStateException("the test server's CoRegisterClassObject failed: " + cookie);
        }
        thread.release(factory);
        return new TestServer(process, thread, factory, cookie.value());
    }

    /** The server-process count (serverRefs). */
    int serverRefs() {
        return process.serverProcessCount().count();
    }

    /** Whether the server's class objects are suspended. */
    boolean suspended() {
        return process.serverProcessCount().isSuspended();
    }
}
