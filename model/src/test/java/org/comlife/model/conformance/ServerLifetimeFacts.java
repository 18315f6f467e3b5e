package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.CLSID_TEST;
import static org.comlife.model.conformance.ComSetup.IFoo;

import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server-process count, the suspension of class objects, and LockServer, explicit and
 * implicit. The server's main thread is in an STA, as test_local_server's is; clients live in
 * another process's MTA.
 */
@DisplayName("Server-process count and LockServer")
class ServerLifetimeFacts {
    private final ComSetup com = new ComSetup();
    private final ComProcess server = com.server("server");
    private final ComThread main = com.sta(server, "server-main");
    private final TestFactory factory = TestFactory.forServer(main);

    private int register(int flags) {
        ComResult<Integer> cookie = main.coRegisterClassObject(CLSID_TEST, factory, ClsCtx.LOCAL_SERVER, flags);
        assertThat(cookie.hr()).isEqualTo(HResult.S_OK);
        return cookie.value();
    }

    private int count() {
        return server.serverProcessCount().count();
    }

    /** The helpers answer the new count. */
    @Test
    @DisplayName("CoAddRefServerProcess and CoReleaseServerProcess return the new per-process count, and 0 means the "
            + "server should begin its cleanup (Microsoft docs: CoReleaseServerProcess)")
    @WindowsFact(id = "L1", source = Source.MICROSOFT_DOCS, where = "CoReleaseServerProcess",
            expects = "0")
    void helpersAnswerTheNewCount() {
        assertThat(main.coAddRefServerProcess()).isEqualTo(1);
        assertThat(main.coAddRefServerProcess()).isEqualTo(2);
        assertThat(main.coReleaseServerProcess()).isEqualTo(1);
        assertThat(main.coReleaseServerProcess()).isZero();
        assertThat(com.world.violations()).isEmpty();
    }

    /** At zero, class objects are suspended and the SCM starts a new server for the next client. */
    @Test
    @DisplayName("When the count reaches 0, COM suspends the class objects: no new activation reaches the process, "
            + "and a new activation launches a new server instead (Microsoft docs: CoReleaseServerProcess)")
    @WindowsFact(id = "L2", source = Source.MICROSOFT_DOCS, where = "CoReleaseServerProcess")
    void releaseToZeroSendsTheNextClientElsewhere() {
        register(RegCls.MULTIPLEUSE);
        ComProcess[] launched = new ComProcess[1];
        com.world.scm().registerLauncher(CLSID_TEST, world -> {
            launched[0] = world.newProcess("server-2", ProcessRole.SERVER);
            ComThread thread = com.mta(launched[0], "server-2-main");
            thread.coRegisterClassObject(CLSID_TEST, TestFactory.forServer(thread), ClsCtx.LOCAL_SERVER,
                    RegCls.MULTIPLEUSE);
            return launched[0];
        });
        main.coAddRefServerProcess();
        assertThat(main.coReleaseServerProcess()).isZero();
        assertThat(server.serverProcessCount().isSuspended()).isTrue();
        ComThread client = com.mta("client");

        ComResult<InterfacePointer> instance = client.coCreateInstance(CLSID_TEST, ClsCtx.LOCAL_SERVER, IFoo);

        assertThat(instance.hr()).isEqualTo(HResult.S_OK);
        assertThat(com.world.scm().launches()).isEqualTo(1);
        assertThat(count()).as("nothing reached the suspended server").isZero();
        assertThat(launched[0].serverProcessCount().count()).isEqualTo(1);
    }

    /** Even in process, the suspended class is not handed out. */
    @Test
    @DisplayName("After the release to 0, a lookup of the still-registered class in its own process fails with "
            + "CO_E_SERVER_STOPPING, or REGDB_E_CLASSNOTREG on Windows 10 1709 and later (marshal.c test_local_server)")
    @WindowsFact(id = "L3", source = Source.WINE_MARSHAL_TESTS, where = "test_local_server",
            expects = "todo_wine ok(hr == CO_E_SERVER_STOPPING || hr == REGDB_E_CLASSNOTREG /* Win10 1709+ */, ...)")
    void suspendedClassIsNotHandedOut() {
        register(RegCls.MULTIPLEUSE);
        main.coAddRefServerProcess();
        main.coReleaseServerProcess();

        assertThat(main.coGetClassObject(CLSID_TEST, ClsCtx.SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.CO_E_SERVER_STOPPING);
    }

    /** A suspended class is still revoked as usual. */
    @Test
    @DisplayName("A class suspended by the release to 0 can and must still be revoked: CoRevokeClassObject succeeds "
            + "(marshal.c test_local_server)")
    @WindowsFact(id = "L4", source = Source.WINE_MARSHAL_TESTS, where = "test_local_server",
            expects = "ok_ole_success(hr, CoRevokeClassObject)")
    void suspendedClassIsRevoked() {
        int cookie = register(RegCls.MULTIPLEUSE);
        main.coAddRefServerProcess();
        main.coReleaseServerProcess();

        assertThat(main.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);
        assertThat(factory.refCount()).isEqualTo(1);
    }

    /** Regression of issue 16's second example: an in-apartment lookup takes no lock and suspends nothing. */
    @Test
    @DisplayName("CoGetClassObject(CLSCTX_INPROC_SERVER) in the registering apartment returns the class object itself "
            + "and takes no server lock: the count stays 0 and no shutdown is signalled (marshal.c test_local_server)")
    @WindowsFact(id = "L5", source = Source.WINE_MARSHAL_TESTS, where = "test_local_server",
            expects = "ok_no_locks()")
    void inApartmentLookupTakesNoLock() {
        register(RegCls.MULTIPLEUSE);

        for (int i = 0; i < 2; i++) {
            ComResult<InterfacePointer> found = main.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory);
            assertThat(found.hr()).as("lookup " + (i + 1)).isEqualTo(HResult.S_OK);
            assertThat(found.value()).isSameAs(factory);
            main.release(found.value());
        }

        assertThat(count()).isZero();
        assertThat(server.serverProcessCount().isSuspended()).isFalse();
        assertThat(factory.shutdownSignals()).isZero();
    }

    /** The same holds when the registering apartment asks for a local server. */
    @Test
    @DisplayName("CoGetClassObject(CLSCTX_LOCAL_SERVER) in the registering apartment hands out the class object "
            + "directly, so COM takes no implicit LockServer: nothing is marshaled out of the server "
            + "(Microsoft docs: Out-of-Process Server Implementation Helpers)")
    @WindowsFact(id = "L6", source = Source.MICROSOFT_DOCS, where = "Out-of-Process Server Implementation Helpers")
    void inApartmentLocalLookupTakesNoLock() {
        register(RegCls.MULTIPLEUSE);

        for (int i = 0; i < 2; i++) {
            ComResult<InterfacePointer> found = main.coGetClassObject(CLSID_TEST, Iid.IClassFactory);
            assertThat(found.hr()).as("lookup " + (i + 1)).isEqualTo(HResult.S_OK);
            main.release(found.value());
        }

        assertThat(count()).isZero();
        assertThat(server.serverProcessCount().isSuspended()).isFalse();
        assertThat(com.world.violations()).isEmpty();
    }

    /** LockServer on the direct class object counts, and the unlock to zero signals shutdown. */
    @Test
    @DisplayName("IClassFactory::LockServer(TRUE) on the class object obtained directly adds a server lock; "
            + "LockServer(FALSE) releases it, and the release to 0 signals shutdown (marshal.c test_local_server)")
    @WindowsFact(id = "L7", source = Source.WINE_MARSHAL_TESTS, where = "test_local_server",
            expects = "ok_more_than_one_lock(); ... ok_no_locks(); ok(ret != WAIT_TIMEOUT, ...)")
    void lockServerOnTheDirectClassObject() {
        register(RegCls.MULTIPLEUSE);
        InterfacePointer direct = main.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).value();

        assertThat(main.call(direct, ClassFactory.LOCK_SERVER, true).hr()).isEqualTo(HResult.S_OK);
        assertThat(count()).isEqualTo(1);
        assertThat(main.call(direct, ClassFactory.LOCK_SERVER, false).hr()).isEqualTo(HResult.S_OK);

        assertThat(count()).isZero();
        assertThat(factory.shutdownSignals()).isEqualTo(1);
    }

    /** A class object marshaled out to a client keeps the server locked while the client holds it. */
    @Test
    @DisplayName("COM takes a server lock when it marshals a class object out to a client and gives it back when the "
            + "client releases it, so a held class-object proxy keeps the server alive "
            + "(Microsoft docs: Out-of-Process Server Implementation Helpers)")
    @WindowsFact(id = "L8", source = Source.MICROSOFT_DOCS, where = "Out-of-Process Server Implementation Helpers")
    void marshaledClassObjectLocksTheServer() {
        register(RegCls.MULTIPLEUSE);
        ComThread client = com.mta("client");

        ComResult<InterfacePointer> proxy = client.coGetClassObject(CLSID_TEST, Iid.IClassFactory);
        assertThat(proxy.hr()).isEqualTo(HResult.S_OK);
        assertThat(count()).isEqualTo(1);
        client.release(proxy.value());

        assertThat(count()).isZero();
        assertThat(factory.shutdownSignals()).isEqualTo(1);
        assertThat(com.world.violations()).isEmpty();
    }

    /** A client's LockServer through the class-object proxy is answered by the proxy. */
    @Test
    @DisplayName("A client's LockServer through a class-object proxy returns S_OK without reaching the server, whose "
            + "implicit lock already keeps it alive (Microsoft docs: Out-of-Process Server Implementation Helpers)")
    @WindowsFact(id = "L12", source = Source.MICROSOFT_DOCS, where = "Out-of-Process Server Implementation Helpers",
            expects = "S_OK")
    void clientLockServerStaysInTheProxy() {
        register(RegCls.MULTIPLEUSE);
        ComThread client = com.mta("client");
        InterfacePointer proxy = client.coGetClassObject(CLSID_TEST, Iid.IClassFactory).value();

        assertThat(client.call(proxy, ClassFactory.LOCK_SERVER, true).hr()).isEqualTo(HResult.S_OK);
        assertThat(client.call(proxy, ClassFactory.LOCK_SERVER, false).hr()).isEqualTo(HResult.S_OK);

        assertThat(factory.locks()).isZero();
        assertThat(factory.unlocks()).isZero();
        assertThat(count()).as("the implicit lock").isEqualTo(1);
        client.release(proxy);
        assertThat(count()).isZero();
    }

    /** A suspended registration is invisible, even in process, until the resume. */
    @Test
    @DisplayName("A class registered REGCLS_SUSPENDED is not found, even in process, until CoResumeClassObjects; after "
            + "the resume the same lookup succeeds (marshal.c test_local_server)")
    @WindowsFact(id = "L9", source = Source.WINE_MARSHAL_TESTS, where = "test_local_server",
            expects = "todo_wine ok(hr == REGDB_E_CLASSNOTREG, ...); ... ok_ole_success(hr, CoGetClassObject)")
    void suspendedRegistrationWaitsForResume() {
        register(RegCls.MULTIPLEUSE | RegCls.SUSPENDED);

        assertThat(main.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        assertThat(main.coResumeClassObjects()).isEqualTo(HResult.S_OK);

        assertThat(main.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.S_OK);
    }

    /** One resume publishes every suspended class to the SCM. */
    @Test
    @DisplayName("CoResumeClassObjects publishes every class registered REGCLS_SUSPENDED in one call, and only then do "
            + "activation requests come in (Microsoft docs: CoResumeClassObjects)")
    @WindowsFact(id = "L10", source = Source.MICROSOFT_DOCS, where = "CoResumeClassObjects",
            expects = "S_OK")
    void resumePublishesEveryClass() {
        register(RegCls.MULTIPLEUSE | RegCls.SUSPENDED);
        TestFactory second = TestFactory.forServer(main);
        main.coRegisterClassObject(new Clsid("Second"), second, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE | RegCls.SUSPENDED);
        ComThread client = com.mta("client");
        assertThat(client.coGetClassObject(CLSID_TEST, Iid.IClassFactory).hr()).isEqualTo(HResult.REGDB_E_CLASSNOTREG);

        assertThat(main.coResumeClassObjects()).isEqualTo(HResult.S_OK);

        assertThat(server.classTable().registrations()).allMatch(registration -> registration.isPublished());
        ComResult<InterfacePointer> proxy = client.coGetClassObject(CLSID_TEST, Iid.IClassFactory);
        assertThat(proxy.hr()).isEqualTo(HResult.S_OK);
        client.release(proxy.value());
    }

    /** A server that starts but never registers the class is reported as such. */
    @Test
    @DisplayName("If the SCM launches the server but it never registers the class object, the activation fails with "
            + "CO_E_APPDIDNTREG (Microsoft docs: CoGetClassObject)")
    @WindowsFact(id = "L11", source = Source.MICROSOFT_DOCS, where = "CoGetClassObject",
            expects = "CO_E_APPDIDNTREG")
    void launchedServerThatNeverRegisters() {
        com.world.scm().registerLauncher(new Clsid("Lazy"), world -> {
            ComProcess lazy = world.newProcess("lazy", ProcessRole.SERVER);
            ComThread thread = com.mta(lazy, "lazy-main");
            thread.exitProcess();
            return lazy;
        });
        ComThread client = com.mta("client");

        assertThat(client.coGetClassObject(new Clsid("Lazy"), Iid.IClassFactory).hr())
                .isEqualTo(HResult.CO_E_APPDIDNTREG);
        assertThat(com.world.scm().launches()).isPositive();
    }
}
