package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.CLSID_TEST;
import static org.comlife.model.conformance.ComSetup.IFoo;
import static org.comlife.model.conformance.ComSetup.handedOver;
import static org.comlife.model.conformance.ComSetup.marshaled;
import static org.comlife.model.conformance.ComSetup.unmarshalFromStart;

import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ClsCtx;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.RegCls;
import org.comlife.model.program.RealThreads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CoInitializeEx and CoUninitialize, the implicit MTA, threads that end without uninitializing, calls inside calls. */
@DisplayName("Apartments and threads")
class ApartmentFacts {
    /** How long the facts on real threads may take before the harness calls them hung. */
    private static final long JOIN_TIMEOUT_MILLIS = 10_000;

    private final ComSetup com = new ComSetup();

    /** Initializing twice with the same model counts, and says so. */
    @Test
    @DisplayName("The first CoInitializeEx on a thread returns S_OK and every further call with the same model "
            + "S_FALSE (compobj.c test_IInitializeSpy)")
    @WindowsFact(id = "A1", source = Source.WINE_COMPOBJ_TESTS, where = "test_IInitializeSpy",
            expects = "ok(hr == S_FALSE, ...)")
    void initializeTwice() {
        ComThread thread = com.bare("thread");

        assertThat(thread.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.S_OK);
        assertThat(thread.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.S_FALSE);
        assertThat(thread.initCount()).isEqualTo(2);
    }

    /** The other model is refused and not counted. */
    @Test
    @DisplayName("CoInitializeEx with the other concurrency model fails with RPC_E_CHANGED_MODE and does not count "
            + "(compobj.c test_OleInitialize_InitCounting)")
    @WindowsFact(id = "A2", source = Source.WINE_COMPOBJ_TESTS, where = "test_OleInitialize_InitCounting",
            expects = "ok(hr == RPC_E_CHANGED_MODE, ...)")
    void otherModelIsRefused() {
        ComThread thread = com.mta("thread");

        assertThat(thread.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.RPC_E_CHANGED_MODE);

        assertThat(thread.initCount()).isEqualTo(1);
        assertThat(thread.apartment().kind()).isEqualTo(ApartmentKind.MTA);
    }

    /** Every successful initialization needs its uninitialization; the last one closes COM on the thread. */
    @Test
    @DisplayName("Each successful CoInitializeEx, S_FALSE ones included, needs its own CoUninitialize; only the last "
            + "closes COM on the thread, after which CoInitializeEx returns S_OK again (Microsoft docs: CoUninitialize)")
    @WindowsFact(id = "A3", source = Source.MICROSOFT_DOCS, where = "CoUninitialize")
    void uninitializeNests() {
        ComThread thread = com.bare("thread");
        thread.coInitializeEx(ApartmentKind.STA);
        thread.coInitializeEx(ApartmentKind.STA);

        thread.coUninitialize();
        assertThat(thread.apartment()).as("still initialized").isNotNull();
        thread.coUninitialize();
        assertThat(thread.apartment()).isNull();

        assertThat(thread.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);
    }

    /** Without an apartment (and no MTA to fall back on), calls answer CO_E_NOTINITIALIZED. */
    @Test
    @DisplayName("After the balancing CoUninitialize, COM calls on the thread fail with CO_E_NOTINITIALIZED when no "
            + "MTA exists in the process (compobj.c test_OleInitialize_InitCounting)")
    @WindowsFact(id = "A4", source = Source.WINE_COMPOBJ_TESTS, where = "test_OleInitialize_InitCounting",
            expects = "ok(hr == CO_E_NOTINITIALIZED, ...)")
    void callsAfterUninitializeAreRefused() {
        ComThread thread = com.sta("thread");
        thread.coUninitialize();

        assertThat(thread.coCreateInstance(CLSID_TEST, ClsCtx.INPROC_SERVER, IFoo).hr())
                .isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(thread.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IClassFactory).hr())
                .isEqualTo(HResult.CO_E_NOTINITIALIZED);
    }

    /** A thread without COM uses the process's MTA for the calls COM serves there. */
    @Test
    @DisplayName("A thread that never called CoInitializeEx, in a process whose MTA exists, is in the implicit MTA: "
            + "CoRegisterClassObject, CoGetClassObject, CoCreateInstance, CoRevokeClassObject, CoLockObjectExternal and "
            + "CoDisconnectObject succeed there (compobj.c test_implicit_mta)")
    @WindowsFact(id = "A5", source = Source.WINE_COMPOBJ_TESTS, where = "implicit_mta_proc",
            expects = "ok_ole_success(hr, \"CoDisconnectObject\")")
    void implicitMtaServesCalls() {
        ComThread member = com.mta("member");
        ComThread implicit = com.bare("implicit");
        TestFactory factory = new TestFactory(member);
        TestObject object = new TestObject(member);

        var cookie = implicit.coRegisterClassObject(CLSID_TEST, factory, ClsCtx.INPROC_SERVER, RegCls.SINGLEUSE);
        assertThat(cookie.hr()).isEqualTo(HResult.S_OK);
        var classObject = implicit.coGetClassObject(CLSID_TEST, ClsCtx.INPROC_SERVER, Iid.IUnknown);
        assertThat(classObject.hr()).isEqualTo(HResult.S_OK);
        implicit.release(classObject.value());
        var instance = implicit.coCreateInstance(CLSID_TEST, ClsCtx.INPROC_SERVER, IFoo);
        assertThat(instance.hr()).isEqualTo(HResult.S_OK);
        implicit.release(instance.value());
        assertThat(implicit.coRevokeClassObject(cookie.value())).isEqualTo(HResult.S_OK);
        assertThat(implicit.coLockObjectExternal(object, true, true)).isEqualTo(HResult.S_OK);
        assertThat(implicit.coDisconnectObject(object)).isEqualTo(HResult.S_OK);

        assertThat(implicit.apartment()).isSameAs(member.apartment());
        assertThat(com.world.violations()).isEmpty();
    }

    /** A proxy unmarshaled in the implicit MTA belongs to the MTA, not to an STA the thread enters later. */
    @Test
    @DisplayName("A thread in the implicit MTA can unmarshal and call an object; once it enters an STA, calls through "
            + "that proxy fail with RPC_E_WRONG_THREAD, and after it leaves the STA the proxy releases normally "
            + "(marshal.c implicit_mta_unmarshal_proc)")
    @WindowsFact(id = "A6", source = Source.WINE_MARSHAL_TESTS, where = "implicit_mta_unmarshal_proc",
            expects = "ok(hr == RPC_E_WRONG_THREAD, ...); ... ok_no_locks()")
    void implicitMtaProxyBelongsToTheMta() {
        ComThread host = com.mta(com.server("host-process"), "host");
        com.mta("member");
        ComThread implicit = com.bare("implicit");
        TestObject object = new TestObject(host);
        InterfacePointer proxy = handedOver(host, object, implicit);
        assertThat(implicit.call(proxy, "Ping").hr()).isEqualTo(HResult.S_OK);

        implicit.coInitializeEx(ApartmentKind.STA);
        assertThat(implicit.call(proxy, "Ping").hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        implicit.coUninitialize();

        assertThat(implicit.release(proxy)).isZero();
        assertThat(object.isDestroyed()).isTrue();
    }

    /** The apartment check comes before the stream is read. */
    @Test
    @DisplayName("With no MTA in the process, CoUnmarshalInterface on a thread without COM fails with "
            + "CO_E_NOTINITIALIZED even for an empty stream, and with STG_E_READFAULT once the thread is initialized "
            + "(compobj.c test_CoUnmarshalInterface)")
    @WindowsFact(id = "A7", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoUnmarshalInterface",
            expects = "todo_wine ok(hr == CO_E_NOTINITIALIZED, ...); ok(hr == STG_E_READFAULT, ...)")
    void apartmentIsCheckedBeforeTheStream() {
        ComThread thread = com.bare("thread");
        MarshalStream empty = thread.createStream();

        assertThat(thread.coUnmarshalInterface(empty, IFoo).hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        thread.coInitializeEx(ApartmentKind.STA);
        assertThat(thread.coUnmarshalInterface(empty, IFoo).hr()).isEqualTo(HResult.STG_E_READFAULT);
    }

    /** COM's own worker in the MTA is already in the MTA. */
    @Test
    @DisplayName("A thread on which COM dispatches an incoming call to the MTA is already in the auto-joined MTA: "
            + "CoInitializeEx(COINIT_MULTITHREADED) there returns S_FALSE (marshal.c local_server_GetClassID)")
    @WindowsFact(id = "A8", source = Source.WINE_MARSHAL_TESTS, where = "local_server_GetClassID",
            expects = "ok( hr == S_FALSE, ...)")
    void incomingMtaCallIsInTheMta() {
        ComThread host = com.mta(com.server("server"), "host");
        ComThread client = com.sta("client");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        InterfacePointer proxy = unmarshalFromStart(client, stream);
        HResult[] answers = new HResult[2];

        CallResult result = client.call(proxy, "GetClassID", (TestObject.InCall) (executing, self) -> {
            answers[0] = executing.coInitializeEx(ApartmentKind.MTA);
            executing.coUninitialize();
            answers[1] = executing.coInitializeEx(ApartmentKind.STA);
            return HResult.S_OK;
        });

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(answers).containsExactly(HResult.S_FALSE, HResult.RPC_E_CHANGED_MODE);
        assertThat(client.call(proxy, "Ping").hr()).as("the MTA stays").isEqualTo(HResult.S_OK);
    }

    /** The MTA lives while any member does, whoever created it. */
    @Test
    @DisplayName("The MTA lives as long as any thread is in it: after the thread that created it calls "
            + "CoUninitialize, objects another MTA thread exported stay usable "
            + "(marshal.c test_mta_creation_thread_change_apartment)")
    @WindowsFact(id = "A9", source = Source.WINE_MARSHAL_TESTS, where = "test_mta_creation_thread_change_apartment",
            expects = "ok_ole_success(hr, IClassFactory_CreateInstance)")
    void mtaOutlivesItsCreator() {
        ComThread creator = com.mta("creator");
        ComThread second = com.mta("second");
        TestObject object = new TestObject(second);
        MarshalStream stream = marshaled(second, object, MarshalFlags.NORMAL);

        creator.coUninitialize();
        creator.coInitializeEx(ApartmentKind.STA);
        InterfacePointer proxy = unmarshalFromStart(creator, stream);

        assertThat(creator.call(proxy, "Ping").hr()).isEqualTo(HResult.S_OK);
    }

    /** Regression of issue 16's third example: a server thread's exit releases what its apartment exported. */
    @Test
    @DisplayName("If the thread that owns an exported object's apartment exits without CoUninitialize, COM still "
            + "releases the object, and the client's proxy stays releasable (marshal.c test_no_couninitialize_server)")
    @WindowsFact(id = "A10", source = Source.WINE_MARSHAL_TESTS, where = "test_no_couninitialize_server",
            expects = "ok_no_locks()")
    void serverThreadExitReleasesItsObjects() {
        ComThread server = com.mta("server");
        ComThread client = com.sta("client");
        TestObject object = new TestObject(server);
        InterfacePointer proxy = handedOver(server, object, client);

        server.terminate();

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.app.mta()).as("its last member left the MTA").isNull();
        assertThat(client.call(proxy, "Ping").hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(client.release(proxy)).isZero();
        assertThat(com.world.violations()).isEmpty();
    }

    /** A client thread's exit gives its proxies' references back, even to an STA that is not pumping. */
    @Test
    @DisplayName("If an STA client thread that holds a proxy exits without CoUninitialize, its proxy's references are "
            + "released, without deadlock even toward a host STA (marshal.c test_no_couninitialize_client)")
    @WindowsFact(id = "A11", source = Source.WINE_MARSHAL_TESTS, where = "test_no_couninitialize_client",
            expects = "ok_no_locks(); ok_zero_external_conn()")
    void clientThreadExitGivesBackItsProxies() {
        ComThread host = com.sta("host");
        ComThread client = com.sta("client");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);
        unmarshalFromStart(client, stream);

        client.terminate();

        assertThat(object.isDestroyed()).isTrue();
        assertThat(object.home().stubs()).isEmpty();
        assertThat(com.world.isDeadlocked()).isFalse();
    }

    /** An STA blocked in an outgoing call still runs the calls made back into it. */
    @Test
    @DisplayName("An STA thread waiting for an outgoing COM call keeps dispatching incoming calls: a call from the "
            + "server back into the waiting thread completes (marshal.c test_message_reentrancy)")
    @WindowsFact(id = "A12", source = Source.WINE_MARSHAL_TESTS, where = "test_message_reentrancy",
            expects = "ok(ret, ...)")
    void waitingStaDispatchesCallsBack() throws InterruptedException {
        ComThread first = com.sta("first");
        ComThread second = com.sta("second");
        TestObject firstObject = new TestObject(first);
        TestObject secondObject = new TestObject(second);
        InterfacePointer toFirst = unmarshalFromStart(second, marshaled(first, firstObject, MarshalFlags.NORMAL));
        InterfacePointer toSecond = unmarshalFromStart(first, marshaled(second, secondObject, MarshalFlags.NORMAL));
        RealThreads threads = new RealThreads();
        threads.start(second, ComThread::runMessageLoop);
        String[] ranOn = new String[1];

        CallResult result = first.call(toSecond, "CallBack", (TestObject.InCall) (executing, self) -> {
            CallResult back = executing.call(toFirst, "Ping");
            ranOn[0] = (String) back.value();
            return back.hr();
        });
        first.postQuit(second);
        threads.joinAll(JOIN_TIMEOUT_MILLIS);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(ranOn[0]).isEqualTo("first");
        assertThat(com.world.violations()).isEmpty();
    }

    /** CoWaitForMultipleHandles in an STA runs the calls that arrive while it waits. */
    @Test
    @DisplayName("CoWaitForMultipleHandles in an STA services incoming COM calls while it waits: another thread's "
            + "call into the waiting STA completes (compobj.c test_CoWaitForMultipleHandles_thread)")
    @WindowsFact(id = "A13", source = Source.WINE_COMPOBJ_TESTS, where = "cowait_unmarshal_thread",
            expects = "ok(index == WAIT_OBJECT_0, ...)")
    void coWaitServicesCalls() throws InterruptedException {
        ComThread sta = com.sta("sta");
        ComThread caller = com.mta("caller");
        TestObject object = new TestObject(sta);
        MarshalStream stream = marshaled(sta, object, MarshalFlags.NORMAL);
        ComEvent done = com.world.newEvent("done");
        CallResult[] result = new CallResult[1];
        RealThreads threads = new RealThreads();
        threads.start(caller, self -> {
            InterfacePointer proxy = unmarshalFromStart(self, stream);
            result[0] = self.call(proxy, "Ping");
            self.release(proxy);
            self.setEvent(done);
        });

        assertThat(sta.waitForEventPumping(done)).isEqualTo(HResult.S_OK);
        threads.joinAll(JOIN_TIMEOUT_MILLIS);

        assertThat(result[0].hr()).isEqualTo(HResult.S_OK);
        assertThat(result[0].value()).isEqualTo("sta");
    }

    /** A pending WM_QUIT does not stop an outgoing call. */
    @Test
    @DisplayName("A WM_QUIT already posted to an STA does not stop a COM call the thread makes from completing, and "
            + "stays posted (marshal.c test_WM_QUIT_handling)")
    @WindowsFact(id = "A14", source = Source.WINE_MARSHAL_TESTS, where = "test_WM_QUIT_handling",
            expects = "ok(hr == S_FALSE, ...)")
    void pendingQuitDoesNotStopACall() {
        ComProcess server = com.server("server");
        ComThread host = com.mta(server, "host");
        ComThread sta = com.sta("sta");
        TestObject object = new TestObject(host);
        InterfacePointer proxy = unmarshalFromStart(sta, marshaled(host, object, MarshalFlags.NORMAL));

        assertThat(sta.postQuit(sta)).isEqualTo(HResult.S_OK);
        assertThat(sta.call(proxy, "CreateInstance").hr()).isEqualTo(HResult.S_OK);

        assertThat(sta.apartment().isQuitPosted()).isTrue();
    }
}
