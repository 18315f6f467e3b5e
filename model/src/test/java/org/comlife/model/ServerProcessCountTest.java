package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoAddRefServerProcess, CoReleaseServerProcess, CoSuspendClassObjects, CoResumeClassObjects and the server side of LockServer. */
class ServerProcessCountTest {
    private static final Clsid CLSID_Test = new Clsid("Test");
    private static final Clsid CLSID_Other = new Clsid("Other");

    private final ComWorld world = new ComWorld();
    private final ComProcess clientProcess = world.newProcess("client", ProcessRole.CLIENT);
    private final ComThread client = clientProcess.newThread("client");
    private TestServer server;
    private ComThread self;

    @BeforeEach
    void setUp() {
        server = TestServer.start(world, "server", CLSID_Test, RegCls.MULTIPLEUSE);
        self = server.thread();
        client.coInitializeEx(ApartmentKind.STA);
    }

    /** CoAddRefServerProcess returns each new count. */
    @Test
    void addRefReturnsNewCount() {
        assertThat(self.coAddRefServerProcess()).isEqualTo(1);
        assertThat(self.coAddRefServerProcess()).isEqualTo(2);
        assertThat(self.coAddRefServerProcess()).isEqualTo(3);
        assertThat(server.serverRefs()).isEqualTo(3);
    }

    /** CoReleaseServerProcess returns each new count, and class objects stay active above zero. */
    @Test
    void releaseReturnsNewCount() {
        self.coAddRefServerProcess();
        self.coAddRefServerProcess();

        assertThat(self.coReleaseServerProcess()).isEqualTo(1);
        assertThat(server.suspended()).isFalse();
        assertThat(server.process().isShutdownCommitted()).isFalse();
        assertThat(self.coReleaseServerProcess()).isZero();
    }

    /** The release to 0 suspends class objects in the same step: the next activation is refused with CO_E_SERVER_STOPPING. */
    @Test
    void releaseToZeroSuspendsClassObjects() {
        self.coAddRefServerProcess();

        assertThat(self.coReleaseServerProcess()).isZero();

        assertThat(server.suspended()).isTrue();
        assertThat(server.process().isShutdownCommitted()).isTrue();
        assertThat(client.coGetClassObject(CLSID_Test, Iid.IClassFactory).hr())
                .isEqualTo(HResult.CO_E_SERVER_STOPPING);
        assertThat(server.serverRefs()).isZero();
        assertThat(world.violations()).isEmpty();
    }

    /** A release with the count at 0 answers 0, keeps the count at 0 and records invariant 1. */
    @Test
    void releaseBelowZeroStaysAtZero() {
        assertThat(self.coReleaseServerProcess()).isZero();

        assertThat(server.serverRefs()).isZero();
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsExactly(1);
        assertThat(self.coAddRefServerProcess()).isEqualTo(1);
    }

    /** CoSuspendClassObjects answers S_OK; registrations stay but the SCM gets no new activation from this process. */
    @Test
    void suspendStopsActivationsButKeepsRegistrations() {
        assertThat(self.coSuspendClassObjects()).isEqualTo(HResult.S_OK);

        assertThat(server.suspended()).isTrue();
        assertThat(server.process().classTable().find(server.cookie())).isNotNull();
        ComResult<InterfacePointer> refused = client.coGetClassObject(CLSID_Test, Iid.IClassFactory);
        assertThat(refused.hr().failed()).isTrue();
        assertThat(refused.value()).isNull();
        assertThat(server.serverRefs()).isZero();
        assertThat(self.coRevokeClassObject(server.cookie())).isEqualTo(HResult.S_OK);
    }

    /** CoResumeClassObjects answers S_OK and publishes every suspended registration in one call. */
    @Test
    void resumePublishesEverySuspendedRegistration() {
        TestServerFactory other = new TestServerFactory(self);
        int first = self.coRegisterClassObject(CLSID_Other, other, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE | RegCls.SUSPENDED).value();
        int second = self.coRegisterClassObject(new Clsid("Third"), other, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE | RegCls.SUSPENDED).value();
        assertThat(server.process().classTable().find(first).isPublished()).isFalse();

        assertThat(self.coResumeClassObjects()).isEqualTo(HResult.S_OK);

        assertThat(server.process().classTable().find(first).isPublished()).isTrue();
        assertThat(server.process().classTable().find(second).isPublished()).isTrue();
        assertThat(client.coGetClassObject(CLSID_Other, Iid.IClassFactory).hr()).isEqualTo(HResult.S_OK);
    }

    /** CoResumeClassObjects clears a suspension, so activations are served again. */
    @Test
    void resumeClearsSuspension() {
        self.coSuspendClassObjects();

        assertThat(self.coResumeClassObjects()).isEqualTo(HResult.S_OK);

        assertThat(server.suspended()).isFalse();
        assertThat(client.coGetClassObject(CLSID_Test, Iid.IClassFactory).hr()).isEqualTo(HResult.S_OK);
    }

    /** LockServer(TRUE) called on the server answers S_OK and adds one server-process reference. */
    @Test
    void lockServerTrueAddsReference() {
        CallResult result = self.call(server.factory(), ClassFactory.LOCK_SERVER, Boolean.TRUE);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(server.serverRefs()).isEqualTo(1);
    }

    /** LockServer(FALSE) answers S_OK and releases one reference; above zero no shutdown begins. */
    @Test
    void lockServerFalseAboveZeroDoesNotShutDown() {
        self.call(server.factory(), ClassFactory.LOCK_SERVER, Boolean.TRUE);
        self.call(server.factory(), ClassFactory.LOCK_SERVER, Boolean.TRUE);

        assertThat(self.call(server.factory(), ClassFactory.LOCK_SERVER, Boolean.FALSE).hr()).isEqualTo(HResult.S_OK);

        assertThat(server.serverRefs()).isEqualTo(1);
        assertThat(server.factory().shutdownSignals()).isZero();
        assertThat(server.suspended()).isFalse();
    }

    /** LockServer(FALSE) that brings the count to 0 begins shutdown once, with class objects suspended. */
    @Test
    void lockServerFalseToZeroBeginsShutdown() {
        self.call(server.factory(), ClassFactory.LOCK_SERVER, Boolean.TRUE);

        assertThat(self.call(server.factory(), ClassFactory.LOCK_SERVER, Boolean.FALSE).hr()).isEqualTo(HResult.S_OK);

        assertThat(server.serverRefs()).isZero();
        assertThat(server.factory().shutdownSignals()).isEqualTo(1);
        assertThat(server.suspended()).isTrue();
        assertThat(world.violations()).isEmpty();
    }

    /** LockServer without a boolean answers E_INVALIDARG and leaves the count alone. */
    @Test
    void lockServerWithoutArgumentIsInvalidArg() {
        assertThat(self.call(server.factory(), ClassFactory.LOCK_SERVER).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(server.serverRefs()).isZero();
    }
}
