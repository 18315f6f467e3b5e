package org.comlife.specs.invariants;

import org.comlife.model.Invariant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ClassFactory;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComObject;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.MarshalStream;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.runtime.ReferenceServerProcessCount;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Each state property fires on a state built on purpose to break it, so a clean check means
 * something. Logical threads are driven one after another from the test thread; nothing here
 * blocks (the server's objects live in its MTA, where calls run at once).
 */
class PropertiesDetectBreachesTest {
    private static final Clsid CLSID_Thing = new Clsid("Thing");
    private static final Iid IThing = new Iid("IThing");

    /** An instance that counts itself with the server-process count, as a correct server's do. */
    private static final class Thing extends ComObject {
        Thing(ComThread creator) {
            super(creator, "Thing", IThing);
            creator.coAddRefServerProcess();
        }

        @Override
        protected void onFinalRelease(ComThread releasing) {
            releasing.coReleaseServerProcess();
        }

        @Override
        protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
            return CallResult.ok(null);
        }
    }

    /** A factory whose LockServer(FALSE) never begins a shutdown: the test decides when the server exits. */
    private static final class ThingFactory extends ClassFactory {
        ThingFactory(ComThread creator) {
            super(creator, "ThingFactory");
        }

        @Override
        protected CallResult createInstance(ComThread executing, Iid iid) {
            return CallResult.ok(new Thing(executing));
        }

        @Override
        protected void onLastLockReleased(ComThread executing) {
        }
    }

    private record Setup(ComWorld world, ComProcess server, ComThread serverThread, ComThread client) {
    }

    /** A server with a published class in its MTA and a client thread in another process's MTA. */
    private static Setup serverAndClient(RuntimeHelpers helpers) {
        ComWorld world = new ComWorld(helpers);
        ComProcess server = world.newProcess("server", ProcessRole.SERVER);
        ComThread serverThread = server.newThread("server-main");
        assertThat(serverThread.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);
        ThingFactory factory = new ThingFactory(serverThread);
        assertThat(serverThread.coRegisterClassObject(CLSID_Thing, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE)
                .succeeded()).isTrue();
        serverThread.release(factory);
        ComThread client = world.newProcess("client", ProcessRole.CLIENT).newThread("client");
        assertThat(client.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);
        return new Setup(world, server, serverThread, client);
    }

    private static List<Property> brokenProperties(ComWorld world, boolean atEnd) {
        return InvariantChecker.check(WorldSnapshot.of(world), atEnd).stream().map(Breach::property).toList();
    }

    /** A server that exits while a client holds one of its objects breaks invariant 2 (state and sanitizer). */
    @Test
    void exitWithHeldReferenceIsPrematureShutdown() {
        Setup setup = serverAndClient(RuntimeHelpers.reference());
        InterfacePointer thing = setup.client().coCreateInstance(CLSID_Thing, IThing).value();
        assertThat(thing).isNotNull();
        assertThat(brokenProperties(setup.world(), false)).isEmpty();

        setup.serverThread().exitProcess();

        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(setup.world()), false);
        assertThat(breaches).extracting(Breach::property)
                .contains(Property.NO_REFERENCE_INTO_STOPPING_SERVER, Property.SANITIZER);
        assertThat(breaches).extracting(Breach::invariant).containsOnly(Invariant.NO_PREMATURE_SHUTDOWN);
        assertThat(setup.client().call(thing, "Work").hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
    }

    /** A factory marshaled out without the implicit lock leaves a held factory with a zero count: invariant 8. */
    @Test
    void factoryWithoutLockBreaksInvariantEight() {
        RuntimeHelpers noImplicitLock = RuntimeHelpers.reference().withServerProcessCount("no-implicit-lock",
                () -> new ReferenceServerProcessCount() {
                    @Override
                    public synchronized boolean lockForActivation() {
                        return !isSuspended();
                    }
                });
        Setup setup = serverAndClient(noImplicitLock);
        InterfacePointer factory = setup.client().coGetClassObject(CLSID_Thing, Iid.IClassFactory).value();
        assertThat(factory).isNotNull();

        assertThat(brokenProperties(setup.world(), false)).containsExactly(Property.FACTORY_REFERENCE_HOLDS_LOCK);
    }

    /** A server nobody references that never exits is a leak at the end of the run: invariant 10. */
    @Test
    void runningUnreferencedServerIsALeakAtTheEnd() {
        Setup setup = serverAndClient(RuntimeHelpers.reference());

        assertThat(brokenProperties(setup.world(), false)).isEmpty();
        assertThat(brokenProperties(setup.world(), true)).containsExactly(Property.RELEASED_SERVER_EXITED);
    }

    /** A NORMAL packet that is never unmarshaled nor released leaks at the end: invariant 3. */
    @Test
    void unconsumedNormalPacketLeaksAtTheEnd() {
        Setup setup = serverAndClient(RuntimeHelpers.reference());
        setup.serverThread().exitProcess();
        ComThread main = setup.world().processes().get(1).newThread("main");
        assertThat(main.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.S_OK);
        Thing thing = new Thing(main);
        assertThat(main.coMarshalInterThreadInterfaceInStream(IThing, thing).succeeded()).isTrue();

        assertThat(brokenProperties(setup.world(), true)).containsExactly(Property.NORMAL_PACKETS_ENDED);
        main.coUninitialize();
        assertThat(brokenProperties(setup.world(), true)).as("teardown ends the packet").isEmpty();
    }

    /** A stream that never held a packet and is still held at the end was left by a failed marshal: invariant 4. */
    @Test
    void emptyStreamLeftAtTheEndIsReported() {
        Setup setup = serverAndClient(RuntimeHelpers.reference());
        setup.serverThread().exitProcess();
        MarshalStream stream = setup.world().newStream();

        assertThat(brokenProperties(setup.world(), true)).containsExactly(Property.NO_EMPTY_STREAM_LEFT);
        stream.release();
        assertThat(brokenProperties(setup.world(), true)).as("released").isEmpty();
    }

    /** Releasing the server-process count below zero is reported under invariant 1 and the count stays at 0. */
    @Test
    void releaseBelowZeroIsReportedAndCountStaysZero() {
        Setup setup = serverAndClient(RuntimeHelpers.reference());

        assertThat(setup.serverThread().coReleaseServerProcess()).isZero();

        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(setup.world()), false);
        assertThat(breaches).extracting(Breach::invariant).containsExactly(Invariant.SERVER_COUNT);
        assertThat(setup.server().serverProcessCount().count()).isZero();
    }

    /** Releasing an exported object more often than its code owns destroys it under its live stub: invariant 11. */
    @Test
    void overReleasedExportedObjectBreaksInvariantEleven() {
        Setup setup = serverAndClient(RuntimeHelpers.reference());
        ComThread main = setup.world().processes().get(1).newThread("main");
        assertThat(main.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);
        Thing thing = new Thing(main);
        assertThat(main.coMarshalInterThreadInterfaceInStream(IThing, thing).succeeded()).isTrue();
        assertThat(brokenProperties(setup.world(), false)).isEmpty();

        main.release(thing);
        main.release(thing);

        assertThat(thing.isDestroyed()).isTrue();
        assertThat(brokenProperties(setup.world(), false)).containsExactly(Property.NO_LIVE_STUB_OF_DESTROYED_OBJECT);
    }
}
