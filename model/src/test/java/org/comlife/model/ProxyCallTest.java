package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.Test;

/** A call through a proxy: where it runs, when it runs, and every refusal of the contract's row. */
class ProxyCallTest {
    /** How long the test waits for a caller on another Java thread to post its call and block. */
    private static final long CALL_POSTED_TIMEOUT_MILLIS = 5_000;
    /** How often the test looks whether the call has been posted. */
    private static final long POLL_INTERVAL_MILLIS = 1;

    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);

    /** Hands the object from its creator to the receiver through a stream, as the first source document does. */
    private static InterfacePointer handOff(ComThread owner, ComObject object, ComThread receiver) {
        MarshalStream stream = owner.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        ComResult<InterfacePointer> pointer = receiver.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);
        assertThat(pointer.hr()).isEqualTo(HResult.S_OK);
        return pointer.value();
    }

    /** Waits until one call waits in the STA's queue and its caller is blocked in the given mode. */
    private static void awaitPostedCall(Apartment sta, ComThread caller, WaitMode callerMode)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CALL_POSTED_TIMEOUT_MILLIS);
        while (sta.queuedCalls() != 1 || caller.waitMode() != callerMode) {
            if (System.nanoTime() > deadline) {
                fail("no call was posted to " + sta + " with its caller " + callerMode + " within "
                        + CALL_POSTED_TIMEOUT_MILLIS + " ms (queued " + sta.queuedCalls() + ", caller "
                        + caller.waitMode() + ")");
            }
            Thread.sleep(POLL_INTERVAL_MILLIS);
        }
    }

    /** A call into the MTA runs at once, on the server process's RPC worker, without any pumping. */
    @Test
    void callIntoMtaRunsOnWorker() {
        ComThread worker = process.newThread("worker");
        ComThread main = process.newThread("main");
        worker.coInitializeEx(ApartmentKind.MTA);
        main.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(worker);
        InterfacePointer proxy = handOff(worker, object, main);

        CallResult result = main.call(proxy, EchoObject.PING);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isEqualTo("Ping ran on rpc-worker");
        assertThat(object.calls()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** An interface pointer returned by a call arrives in the caller's apartment as a proxy bound to it. */
    @Test
    void returnedPointerArrivesAsProxy() {
        ComThread worker = process.newThread("worker");
        ComThread main = process.newThread("main");
        worker.coInitializeEx(ApartmentKind.MTA);
        main.coInitializeEx(ApartmentKind.STA);
        InterfacePointer proxy = handOff(worker, new EchoObject(worker), main);

        CallResult result = main.call(proxy, EchoObject.SPAWN);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.pointer()).isInstanceOf(Proxy.class);
        assertThat(((Proxy) result.pointer()).clientApartment()).isSameAs(main.apartment());
        assertThat(main.call(result.pointer(), EchoObject.PING).hr()).isEqualTo(HResult.S_OK);
    }

    /** A call into an STA is posted to the owner's queue, waits while the owner does not pump, and completes on the owner once it pumps. */
    @Test
    void callIntoStaRunsOnlyWhenOwnerPumps() throws Exception {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject site = new EchoObject(main);
        InterfacePointer proxy = handOff(main, site, background);
        AtomicReference<CallResult> reply = new AtomicReference<>();

        try (JoinedThreads threads = new JoinedThreads()) {
            threads.start("background", () -> reply.set(background.call(proxy, EchoObject.PING)));
            awaitPostedCall(main.apartment(), background, WaitMode.BLOCKED_NOT_PUMPING);

            assertThat(reply.get()).as("the call must not complete before the owner pumps").isNull();
            assertThat(site.calls()).isZero();
            assertThat(main.pumpMessages()).isEqualTo(1);
            threads.joinAll();
        }

        assertThat(reply.get().hr()).isEqualTo(HResult.S_OK);
        assertThat(reply.get().value()).isEqualTo("Ping ran on main");
        assertThat(main.apartment().queuedCalls()).isZero();
        assertThat(world.violations()).isEmpty();
    }

    /** An STA caller pumps its own queue while it waits for the reply of a call into another STA. */
    @Test
    void staCallerPumpsWhileWaiting() throws Exception {
        ComThread main = process.newThread("main");
        ComThread caller = process.newThread("sta-caller");
        main.coInitializeEx(ApartmentKind.STA);
        caller.coInitializeEx(ApartmentKind.STA);
        EchoObject site = new EchoObject(main);
        InterfacePointer proxy = handOff(main, site, caller);
        AtomicReference<CallResult> reply = new AtomicReference<>();

        try (JoinedThreads threads = new JoinedThreads()) {
            threads.start("sta-caller", () -> reply.set(caller.call(proxy, EchoObject.PING)));
            awaitPostedCall(main.apartment(), caller, WaitMode.PUMPING);

            assertThat(reply.get()).isNull();
            assertThat(main.pumpMessages()).isEqualTo(1);
            threads.joinAll();
        }

        assertThat(reply.get().hr()).isEqualTo(HResult.S_OK);
        assertThat(reply.get().value()).isEqualTo("Ping ran on main");
    }

    /** A proxy used from another apartment of its process answers RPC_E_WRONG_THREAD; the call never reaches the object. */
    @Test
    void otherApartmentIsWrongThread() {
        ComThread owner = process.newThread("owner");
        ComThread holder = process.newThread("holder");
        ComThread intruder = process.newThread("intruder");
        owner.coInitializeEx(ApartmentKind.MTA);
        holder.coInitializeEx(ApartmentKind.STA);
        intruder.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(owner);
        Proxy proxy = (Proxy) handOff(owner, object, holder);

        CallResult result = intruder.call(proxy, EchoObject.PING);

        assertThat(result.hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(object.calls()).isZero();
        assertThat(proxy.refCount()).isEqualTo(1);
        assertThat(holder.call(proxy, EchoObject.PING).hr()).isEqualTo(HResult.S_OK);
    }

    /** A thread without COM calling a proxy answers CO_E_NOTINITIALIZED. */
    @Test
    void threadWithoutComIsNotInitialized() {
        ComProcess server = world.newProcess("server", ProcessRole.SERVER);
        ComThread serverThread = server.newThread("server-main");
        serverThread.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(serverThread);
        ComThread holder = process.newThread("holder");
        holder.coInitializeEx(ApartmentKind.STA);
        InterfacePointer proxy = handOff(serverThread, object, holder);
        ComThread idle = process.newThread("idle");

        assertThat(idle.call(proxy, EchoObject.PING).hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(object.calls()).isZero();
    }

    /** A proxy whose client apartment is gone answers CO_E_OBJNOTCONNECTED, even when its thread has joined COM again. */
    @Test
    void clientApartmentGoneIsObjNotConnected() {
        ComThread worker = process.newThread("worker");
        ComThread holder = process.newThread("holder");
        worker.coInitializeEx(ApartmentKind.MTA);
        holder.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(worker);
        InterfacePointer proxy = handOff(worker, object, holder);
        holder.coUninitialize();
        holder.coInitializeEx(ApartmentKind.STA);

        CallResult result = holder.call(proxy, EchoObject.PING);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(object.calls()).isZero();
    }

    /** A proxy whose stub is gone (the object's apartment died) answers RPC_E_DISCONNECTED. */
    @Test
    void stubGoneIsDisconnected() {
        ComThread owner = process.newThread("owner");
        ComThread holder = process.newThread("holder");
        owner.coInitializeEx(ApartmentKind.STA);
        holder.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(owner);
        InterfacePointer proxy = handOff(owner, object, holder);
        owner.coUninitialize();

        assertThat(holder.call(proxy, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(object.calls()).isZero();
    }

    /** A proxy whose server process has exited answers RPC_E_DISCONNECTED. */
    @Test
    void serverProcessGoneIsDisconnected() {
        ComProcess server = world.newProcess("server", ProcessRole.SERVER);
        ComThread serverThread = server.newThread("server-main");
        serverThread.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(serverThread);
        ComThread client = process.newThread("client");
        client.coInitializeEx(ApartmentKind.STA);
        InterfacePointer proxy = handOff(serverThread, object, client);
        serverThread.exitProcess();

        assertThat(client.call(proxy, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(object.calls()).isZero();
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsOnly(2);
    }

    /** A null pointer or a null method answers E_POINTER and records nothing. */
    @Test
    void nullPointerIsEPointer() {
        ComThread main = process.newThread("main");
        main.coInitializeEx(ApartmentKind.STA);

        assertThat(main.call(null, EchoObject.PING).hr()).isEqualTo(HResult.E_POINTER);
        assertThat(main.call(new EchoObject(main), null).hr()).isEqualTo(HResult.E_POINTER);
        assertThat(world.violations()).isEmpty();
    }
}
