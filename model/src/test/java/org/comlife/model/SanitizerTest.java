package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.Test;

/**
 * Misuse done on purpose is reported by the model's own sanitizer with the right invariant,
 * answered with the documented code, and leaves the model's state intact.
 */
class SanitizerTest {
    private static final Clsid CLSID_Test = new Clsid("Test");

    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("devenv", ProcessRole.CLIENT);

    private List<Integer> invariants() {
        return world.violations().stream().map(v -> v.invariant().number()).toList();
    }

    /** The right hand-off (marshal, unmarshal once, call, release) records no violation. */
    @Test
    void correctHandOffIsClean() {
        ComThread owner = process.newThread("owner");
        ComThread background = process.newThread("background");
        owner.coInitializeEx(ApartmentKind.MTA);
        background.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(owner);
        MarshalStream stream = owner.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        InterfacePointer proxy = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();

        background.call(proxy, EchoObject.PING);
        background.release(proxy);
        owner.release(object);

        assertThat(world.violations()).isEmpty();
        assertThat(object.isDestroyed()).isTrue();
    }

    /** Releasing the stream after CoGetInterfaceAndReleaseStream (missing Detach) is invariant 4; refCount stays 0. */
    @Test
    void doubleStreamReleaseIsInvariant4() {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, new EchoObject(main))
                .value();
        background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(background.releaseStream(stream)).isZero();

        assertThat(invariants()).containsExactly(4);
        assertThat(stream.refCount()).isZero();
    }

    /** Calling CoGetInterfaceAndReleaseStream twice on one stream is invariant 4 and answers E_UNEXPECTED; refCount stays 0 and the proxy keeps its references. */
    @Test
    void doubleGetInterfaceAndReleaseStreamIsInvariant4() {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, new EchoObject(main))
                .value();
        Proxy proxy = (Proxy) background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();

        ComResult<InterfacePointer> second = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(second.hr()).isEqualTo(HResult.E_UNEXPECTED);
        assertThat(second.value()).isNull();
        assertThat(invariants()).containsExactly(4);
        assertThat(stream.refCount()).isZero();
        assertThat(proxy.refCount()).isEqualTo(1);
        assertThat(proxy.stub().extRefs()).isEqualTo(5);
    }

    /** A second unmarshal of a NORMAL packet is invariant 3, answers CO_E_OBJNOTCONNECTED and takes no reference. */
    @Test
    void secondUnmarshalOfNormalPacketIsInvariant3() {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(main);
        MarshalStream stream = main.createStream();
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL);
        main.rewindStream(stream);
        Proxy proxy = (Proxy) background.coUnmarshalInterface(stream, EchoObject.IEcho).value();
        main.rewindStream(stream);

        assertThat(background.coUnmarshalInterface(stream, EchoObject.IEcho).hr())
                .isEqualTo(HResult.CO_E_OBJNOTCONNECTED);

        assertThat(invariants()).containsExactly(3);
        assertThat(proxy.stub().extRefs()).isEqualTo(5);
        assertThat(proxy.refCount()).isEqualTo(1);
        assertThat(object.refCount()).isEqualTo(2);
    }

    /** A raw STA pointer called on a foreign thread is invariant 5 and answers RPC_E_WRONG_THREAD; the object is not entered. */
    @Test
    void rawPointerOnForeignThreadIsInvariant5() {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject site = new EchoObject(main);

        assertThat(background.call(site, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        assertThat(invariants()).containsExactly(5);
        assertThat(site.calls()).isZero();
        assertThat(site.refCount()).isEqualTo(1);
    }

    /** A proxy used from an apartment other than its client apartment is invariant 5 and answers RPC_E_WRONG_THREAD. */
    @Test
    void proxyFromOtherApartmentIsInvariant5() {
        ComThread owner = process.newThread("owner");
        ComThread first = process.newThread("bg1");
        ComThread second = process.newThread("bg2");
        owner.coInitializeEx(ApartmentKind.MTA);
        first.coInitializeEx(ApartmentKind.STA);
        second.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(owner);
        MarshalStream stream = owner.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        Proxy cached = (Proxy) first.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();

        assertThat(second.call(cached, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        assertThat(invariants()).containsExactly(5);
        assertThat(object.calls()).isZero();
        assertThat(cached.isConnected()).isTrue();
        assertThat(cached.refCount()).isEqualTo(1);
    }

    /** Releasing the server-process count below zero is invariant 1; the answer and the count stay 0. */
    @Test
    void releaseBelowZeroIsInvariant1() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);

        assertThat(server.thread().coReleaseServerProcess()).isZero();
        assertThat(server.thread().coReleaseServerProcess()).isZero();

        assertThat(invariants()).containsExactly(1, 1);
        assertThat(server.serverRefs()).isZero();
    }

    /** A call through a proxy into a server process that exited is invariant 2 and answers RPC_E_DISCONNECTED. */
    @Test
    void callIntoExitedServerIsInvariant2() {
        ComProcess serverProcess = world.newProcess("server", ProcessRole.SERVER);
        ComThread serverThread = serverProcess.newThread("server-main");
        serverThread.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(serverThread);
        ComThread client = process.newThread("client");
        client.coInitializeEx(ApartmentKind.STA);
        MarshalStream stream = serverThread.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        InterfacePointer proxy = client.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();
        serverThread.exitProcess();
        int afterExit = world.violations().size();

        assertThat(client.call(proxy, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);

        List<Violation> fromCall = world.violations().subList(afterExit, world.violations().size());
        assertThat(fromCall).extracting(v -> v.invariant().number()).containsExactly(2);
        assertThat(object.calls()).isZero();
        assertThat(serverProcess.isExited()).isTrue();
    }

    /** Revoking a GIT cookie twice is invariant 9 and answers E_INVALIDARG; the other entries stay. */
    @Test
    void gitCookieRevokedTwiceIsInvariant9() {
        ComThread main = process.newThread("main");
        main.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(main);
        int cookie = main.registerInterfaceInGlobal(object, EchoObject.IEcho).value();
        int kept = main.registerInterfaceInGlobal(object, EchoObject.IEcho).value();
        assertThat(main.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.S_OK);

        assertThat(main.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(invariants()).containsExactly(9);
        assertThat(process.globalInterfaceTable().cookies()).containsExactly(kept);
        assertThat(object.home().stubs().get(0).extRefs()).isEqualTo(1);
    }

    /** Revoking a class registration from another apartment is invariant 9, answers RPC_E_WRONG_THREAD, and the registration stays. */
    @Test
    void classRevokedFromOtherApartmentIsInvariant9() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);
        ComThread worker = server.process().newThread("server-sta");
        worker.coInitializeEx(ApartmentKind.STA);

        assertThat(worker.coRevokeClassObject(server.cookie())).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        assertThat(invariants()).containsExactly(9);
        assertThat(server.process().classTable().find(server.cookie())).isNotNull();
        assertThat(server.factory().refCount()).isEqualTo(1);
    }

    /**
     * The main STA waiting on an event without pumping while a background thread calls into it
     * through a proxy is a deadlock: invariant 6 is recorded once and both waits fail with
     * E_UNEXPECTED; the call never runs.
     */
    @Test
    void nonPumpingStaWaitIsInvariant6Deadlock() throws Exception {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject site = new EchoObject(main);
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        InterfacePointer proxy = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();
        ComEvent backgroundDone = world.newEvent("background-done");
        AtomicReference<CallResult> call = new AtomicReference<>();
        AtomicReference<HResult> wait = new AtomicReference<>();

        try (JoinedThreads threads = new JoinedThreads()) {
            threads.start("background", () -> call.set(background.call(proxy, EchoObject.PING)));
            threads.start("main", () -> wait.set(main.waitForEvent(backgroundDone)));
            threads.joinAll();
        }

        assertThat(call.get().hr()).isEqualTo(HResult.E_UNEXPECTED);
        assertThat(wait.get()).isEqualTo(HResult.E_UNEXPECTED);
        assertThat(world.isDeadlocked()).isTrue();
        assertThat(invariants()).containsExactly(6);
        assertThat(site.calls()).isZero();
    }

    /** The same program with a pumping wait (CoWaitForMultipleHandles) runs the call and records no violation. */
    @Test
    void pumpingStaWaitIsClean() throws Exception {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject site = new EchoObject(main);
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        InterfacePointer proxy = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();
        ComEvent backgroundDone = world.newEvent("background-done");
        AtomicReference<CallResult> call = new AtomicReference<>();
        AtomicReference<HResult> wait = new AtomicReference<>();

        try (JoinedThreads threads = new JoinedThreads()) {
            threads.start("background", () -> {
                call.set(background.call(proxy, EchoObject.PING));
                background.setEvent(backgroundDone);
            });
            threads.start("main", () -> wait.set(main.waitForEventPumping(backgroundDone)));
            threads.joinAll();
        }

        assertThat(call.get().hr()).isEqualTo(HResult.S_OK);
        assertThat(wait.get()).isEqualTo(HResult.S_OK);
        assertThat(world.isDeadlocked()).isFalse();
        assertThat(world.violations()).isEmpty();
        assertThat(site.calls()).isEqualTo(1);
    }
}
