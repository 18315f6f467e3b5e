package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoRegisterClassObject and CoRevokeClassObject. */
class ClassRegistrationTest {
    private static final Clsid CLSID_Test = new Clsid("Test");
    private static final Clsid CLSID_Other = new Clsid("Other");

    private final ComWorld world = new ComWorld();
    private final ComProcess server = world.newProcess("server", ProcessRole.SERVER);
    private final ComThread serverMain = server.newThread("server-main");
    private final ComThread serverWorker = server.newThread("server-worker");
    private TestServerFactory factory;

    @BeforeEach
    void setUp() {
        serverMain.coInitializeEx(ApartmentKind.STA);
        serverWorker.coInitializeEx(ApartmentKind.MTA);
        factory = new TestServerFactory(serverMain);
    }

    private int register(Clsid clsid, ClsCtx context, int flags) {
        ComResult<Integer> cookie = serverMain.coRegisterClassObject(clsid, factory, context, flags);
        assertThat(cookie.hr()).isEqualTo(HResult.S_OK);
        return cookie.value();
    }

    /** Registering answers S_OK with a non-zero cookie, AddRefs the factory and stores the registration in the caller's apartment. */
    @Test
    void registerAddRefsFactoryAndStoresRegistration() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        assertThat(cookie).isNotZero();
        assertThat(factory.refCount()).isEqualTo(2);
        Registration registration = server.classTable().find(cookie);
        assertThat(registration).isNotNull();
        assertThat(registration.clsid()).isEqualTo(CLSID_Test);
        assertThat(registration.factory()).isSameAs(factory);
        assertThat(registration.apartment()).isSameAs(serverMain.apartment());
        assertThat(world.violations()).isEmpty();
    }

    /** Each registration gets its own cookie. */
    @Test
    void cookiesAreUnique() {
        int first = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);
        int second = register(CLSID_Other, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);
        int third = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.SINGLEUSE);

        assertThat(first).isNotEqualTo(second).isNotEqualTo(third);
        assertThat(second).isNotEqualTo(third);
        assertThat(factory.refCount()).isEqualTo(4);
    }

    /** A LOCAL_SERVER registration without SUSPENDED is published to the SCM. */
    @Test
    void localServerIsPublished() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        assertThat(server.classTable().find(cookie).isPublished()).isTrue();
    }

    /** A LOCAL_SERVER registration with SUSPENDED is stored but not published. */
    @Test
    void suspendedIsNotPublished() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE | RegCls.SUSPENDED);

        Registration registration = server.classTable().find(cookie);
        assertThat(registration.isPublished()).isFalse();
        assertThat(registration.isWaitingForResume()).isTrue();
    }

    /** An INPROC_SERVER registration is never published to the SCM. */
    @Test
    void inprocIsNotPublished() {
        int cookie = register(CLSID_Test, ClsCtx.INPROC_SERVER, RegCls.MULTIPLEUSE);

        assertThat(server.classTable().find(cookie).isPublished()).isFalse();
    }

    /** A null factory answers E_INVALIDARG and stores nothing. */
    @Test
    void nullFactoryIsInvalidArg() {
        ComResult<Integer> result = serverMain.coRegisterClassObject(CLSID_Test, null, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE);

        assertThat(result.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(result.value()).isNull();
        assertThat(server.classTable().registrations()).isEmpty();
        assertThat(world.violations()).isEmpty();
    }

    /** A null class, a null context or unknown REGCLS bits answer E_INVALIDARG without touching the factory. */
    @Test
    void otherBadArgumentsAreInvalidArg() {
        assertThat(serverMain.coRegisterClassObject(null, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE).hr())
                .isEqualTo(HResult.E_INVALIDARG);
        assertThat(serverMain.coRegisterClassObject(CLSID_Test, factory, null, RegCls.MULTIPLEUSE).hr())
                .isEqualTo(HResult.E_INVALIDARG);
        assertThat(serverMain.coRegisterClassObject(CLSID_Test, factory, ClsCtx.LOCAL_SERVER, 0x100).hr())
                .isEqualTo(HResult.E_INVALIDARG);

        assertThat(server.classTable().registrations()).isEmpty();
        assertThat(factory.refCount()).isEqualTo(1);
    }

    /** A thread without COM answers CO_E_NOTINITIALIZED and does not AddRef the factory. */
    @Test
    void threadWithoutComIsNotInitialized() {
        serverWorker.coUninitialize();
        ComThread idle = server.newThread("idle");

        ComResult<Integer> result = idle.coRegisterClassObject(CLSID_Test, factory, ClsCtx.LOCAL_SERVER,
                RegCls.MULTIPLEUSE);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(server.classTable().registrations()).isEmpty();
        assertThat(factory.refCount()).isEqualTo(1);
    }

    /** Revoking from the registering apartment answers S_OK, removes and unpublishes the registration and releases the factory. */
    @Test
    void revokeRemovesAndReleases() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);
        Registration registration = server.classTable().find(cookie);

        assertThat(serverMain.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);

        assertThat(server.classTable().find(cookie)).isNull();
        assertThat(registration.isPublished()).isFalse();
        assertThat(factory.refCount()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** Revoking an unknown cookie answers E_INVALIDARG and changes nothing. */
    @Test
    void revokeUnknownIsInvalidArg() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        assertThat(serverMain.coRevokeClassObject(cookie + 1000)).isEqualTo(HResult.E_INVALIDARG);
        assertThat(serverMain.coRevokeClassObject(0)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(server.classTable().find(cookie)).isNotNull();
        assertThat(factory.refCount()).isEqualTo(2);
        assertThat(world.violations()).isEmpty();
    }

    /** Revoking the same cookie twice answers E_INVALIDARG the second time and releases the factory only once. */
    @Test
    void revokeTwiceIsInvalidArg() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);
        serverMain.coRevokeClassObject(cookie);

        assertThat(serverMain.coRevokeClassObject(cookie)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(factory.refCount()).isEqualTo(1);
        assertThat(factory.isDestroyed()).isFalse();
    }

    /** Revoking from another apartment answers RPC_E_WRONG_THREAD, records invariant 9, and the registration stays published with its factory reference. */
    @Test
    void revokeFromOtherApartmentIsWrongThread() {
        int cookie = register(CLSID_Test, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE);

        assertThat(serverWorker.coRevokeClassObject(cookie)).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        Registration registration = server.classTable().find(cookie);
        assertThat(registration).isNotNull();
        assertThat(registration.isPublished()).isTrue();
        assertThat(factory.refCount()).isEqualTo(2);
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsExactly(9);
        assertThat(serverMain.coRevokeClassObject(cookie)).isEqualTo(HResult.S_OK);
    }
}
