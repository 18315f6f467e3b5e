package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Activation through the SCM: routing, refusals, COM's implicit LockServer, and launching servers. */
class ActivationTest {
    private static final Clsid CLSID_Test = new Clsid("Test");

    private final ComWorld world = new ComWorld();
    private final ComProcess clientProcess = world.newProcess("client", ProcessRole.CLIENT);
    private final ComThread client = clientProcess.newThread("client");

    @BeforeEach
    void setUp() {
        client.coInitializeEx(ApartmentKind.STA);
    }

    /** A server whose count was released to 0: its class objects are suspended and it is stopping. */
    private TestServer stoppingServer(String name) {
        TestServer server = TestServer.start(world, name, CLSID_Test, RegCls.MULTIPLEUSE);
        server.thread().coAddRefServerProcess();
        assertThat(server.thread().coReleaseServerProcess()).isZero();
        return server;
    }

    /** A launcher that starts a fresh test server for the class. */
    private static ServerLauncher launcher(String name) {
        return launchedWorld -> TestServer.start(launchedWorld, name, CLSID_Test, RegCls.MULTIPLEUSE).process();
    }

    /** CoGetClassObject of a published class answers S_OK with a proxy to the server's factory, bound to the client's apartment. */
    @Test
    void getClassObjectGivesFactoryProxy() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> result = client.coGetClassObject(CLSID_Test, Iid.IClassFactory);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isInstanceOf(Proxy.class);
        Proxy factory = (Proxy) result.value();
        assertThat(factory.target()).isSameAs(server.factory());
        assertThat(factory.clientApartment()).isSameAs(client.apartment());
        assertThat(world.violations()).isEmpty();
    }

    /** CoCreateInstance answers S_OK with a working instance proxy; releasing it ends the server's last reference and begins shutdown. */
    @Test
    void createInstanceGivesWorkingInstance() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> result = client.coCreateInstance(CLSID_Test, TestServerFactory.ITestInstance);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isInstanceOf(Proxy.class);
        assertThat(server.factory().created()).isEqualTo(1);
        assertThat(server.serverRefs()).as("the instance's reference; the factory's lock is given back").isEqualTo(1);
        assertThat(client.call(result.value(), "Work").hr()).isEqualTo(HResult.S_OK);

        client.release(result.value());

        assertThat(server.serverRefs()).isZero();
        assertThat(server.factory().shutdownSignals()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** COM takes a server lock before the factory leaves the server and gives it back (shutdown at 0, class objects suspended) when the client releases it. */
    @Test
    void implicitLockHeldWhileClientHoldsFactory() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);

        InterfacePointer factory = client.coGetClassObject(CLSID_Test, Iid.IClassFactory).value();
        assertThat(server.serverRefs()).isEqualTo(1);
        assertThat(((Proxy) factory).implicitLocks()).isEqualTo(1);

        client.release(factory);

        assertThat(server.serverRefs()).isZero();
        assertThat(server.factory().shutdownSignals()).isEqualTo(1);
        assertThat(server.suspended()).isTrue();
        assertThat(world.violations()).isEmpty();
    }

    /** COM's implicit lock and unlock both act on the count, never on the factory's own LockServer, so they balance. */
    @Test
    void implicitLockServerBalancesOnTheCount() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);

        InterfacePointer factory = client.coGetClassObject(CLSID_Test, Iid.IClassFactory).value();
        assertThat(server.serverRefs()).as("locked before the factory leaves the server").isEqualTo(1);
        client.release(factory);

        assertThat(server.serverRefs()).isZero();
        assertThat(server.factory().lockTrueCalls()).isZero();
        assertThat(server.factory().lockFalseCalls()).isZero();
        assertThat(server.factory().shutdownSignals()).as("the implicit unlock to 0 asks the server to shut down")
                .isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** LockServer called by the client on the factory proxy answers S_OK and does nothing in the server. */
    @Test
    void clientLockServerIsLocal() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);
        InterfacePointer factory = client.coGetClassObject(CLSID_Test, Iid.IClassFactory).value();
        int lockCallsBefore = server.factory().lockTrueCalls() + server.factory().lockFalseCalls();

        assertThat(client.call(factory, ClassFactory.LOCK_SERVER, Boolean.TRUE).hr()).isEqualTo(HResult.S_OK);
        assertThat(client.call(factory, ClassFactory.LOCK_SERVER, Boolean.FALSE).hr()).isEqualTo(HResult.S_OK);

        assertThat(server.serverRefs()).isEqualTo(1);
        assertThat(server.factory().lockTrueCalls() + server.factory().lockFalseCalls()).isEqualTo(lockCallsBefore);
        assertThat(server.factory().shutdownSignals()).isZero();
    }

    /** An unknown class with no launcher answers REGDB_E_CLASSNOTREG and launches nothing. */
    @Test
    void unknownClassIsClassNotReg() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);

        ComResult<InterfacePointer> result = client.coGetClassObject(new Clsid("Unknown"), Iid.IClassFactory);

        assertThat(result.hr()).isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        assertThat(result.value()).isNull();
        assertThat(server.serverRefs()).isZero();
        assertThat(world.scm().launches()).isZero();
    }

    /** A class registered SUSPENDED and not yet resumed answers REGDB_E_CLASSNOTREG; after CoResumeClassObjects it is served. */
    @Test
    void suspendedClassIsClassNotRegUntilResumed() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE | RegCls.SUSPENDED);

        assertThat(client.coGetClassObject(CLSID_Test, Iid.IClassFactory).hr()).isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        assertThat(server.serverRefs()).isZero();

        server.thread().coResumeClassObjects();
        assertThat(client.coGetClassObject(CLSID_Test, Iid.IClassFactory).hr()).isEqualTo(HResult.S_OK);
    }

    /** A server whose release to 0 suspended its class objects, with no launcher, answers CO_E_SERVER_STOPPING and takes no lock. */
    @Test
    void stoppingServerIsServerStopping() {
        TestServer server = stoppingServer("server");

        ComResult<InterfacePointer> result = client.coCreateInstance(CLSID_Test, TestServerFactory.ITestInstance);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_SERVER_STOPPING);
        assertThat(result.value()).isNull();
        assertThat(server.serverRefs()).isZero();
        assertThat(server.factory().created()).isZero();
        assertThat(world.violations()).isEmpty();
    }

    /** With a stopping server and a registered launcher, the SCM launches a new server and the retry is served by it. */
    @Test
    void stoppingServerWithLauncherLaunchesNewServer() {
        TestServer stopping = stoppingServer("server-1");
        world.scm().registerLauncher(CLSID_Test, launcher("server-2"));

        ComResult<InterfacePointer> result = client.coGetClassObject(CLSID_Test, Iid.IClassFactory);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(world.scm().launches()).isEqualTo(1);
        ComProcess servedBy = ((Proxy) result.value()).stub().apartment().process();
        assertThat(servedBy).isNotSameAs(stopping.process());
        assertThat(servedBy.name()).isEqualTo("server-2");
        assertThat(stopping.serverRefs()).isZero();
        assertThat(world.violations()).isEmpty();
    }

    /** With no server at all and a registered launcher, the SCM launches one server and later activations reuse it. */
    @Test
    void scmCountsLaunches() {
        world.scm().registerLauncher(CLSID_Test, launcher("launched"));

        assertThat(client.coCreateInstance(CLSID_Test, TestServerFactory.ITestInstance).hr()).isEqualTo(HResult.S_OK);
        assertThat(client.coCreateInstance(CLSID_Test, TestServerFactory.ITestInstance).hr()).isEqualTo(HResult.S_OK);

        assertThat(world.scm().launches()).isEqualTo(1);
        assertThat(world.processes()).extracting(ComProcess::name).containsExactly("client", "launched");
    }

    /** A launcher that starts no process counts as a launch and the activation answers REGDB_E_CLASSNOTREG. */
    @Test
    void launcherStartingNothingIsClassNotReg() {
        world.scm().registerLauncher(CLSID_Test, launchedWorld -> null);

        assertThat(client.coGetClassObject(CLSID_Test, Iid.IClassFactory).hr()).isEqualTo(HResult.REGDB_E_CLASSNOTREG);
        assertThat(world.scm().launches()).isEqualTo(1);
    }

    /** A thread without COM answers CO_E_NOTINITIALIZED; a null class answers E_INVALIDARG; neither takes a lock. */
    @Test
    void badCallersAreRefused() {
        TestServer server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);
        ComThread idle = clientProcess.newThread("idle");

        assertThat(idle.coGetClassObject(CLSID_Test, Iid.IClassFactory).hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(client.coGetClassObject(null, Iid.IClassFactory).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(client.coCreateInstance(CLSID_Test, null).hr()).isEqualTo(HResult.E_INVALIDARG);

        assertThat(server.serverRefs()).isZero();
        assertThat(world.violations()).isEmpty();
    }
}
