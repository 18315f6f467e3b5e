package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Global Interface Table: register under a cookie, get any number of times, revoke once. */
class GlobalInterfaceTableTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("devenv", ProcessRole.CLIENT);
    private final ComThread main = process.newThread("main");
    private final ComThread background = process.newThread("background");
    private EchoObject site;

    @BeforeEach
    void setUp() {
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        site = new EchoObject(main);
    }

    private int register() {
        ComResult<Integer> cookie = main.registerInterfaceInGlobal(site, EchoObject.IEcho);
        assertThat(cookie.hr()).isEqualTo(HResult.S_OK);
        return cookie.value();
    }

    private StubManager stub() {
        assertThat(site.home().stubs()).hasSize(1);
        return site.home().stubs().get(0);
    }

    /** Registering answers S_OK with a non-zero cookie and marshals the object TABLESTRONG (one strong reference). */
    @Test
    void registerGivesCookieAndTableStrongReference() {
        int cookie = register();

        assertThat(cookie).isNotZero();
        assertThat(process.globalInterfaceTable().cookies()).containsExactly(cookie);
        assertThat(stub().extRefs()).isEqualTo(1);
    }

    /** Two registrations get two different cookies. */
    @Test
    void cookiesAreUnique() {
        int first = register();
        int second = register();

        assertThat(first).isNotEqualTo(second);
    }

    /** The entry keeps the object alive after its creator released it, until the cookie is revoked. */
    @Test
    void entryKeepsObjectAliveUntilRevoked() {
        int cookie = register();
        main.release(site);
        assertThat(site.isDestroyed()).isFalse();

        assertThat(main.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.S_OK);

        assertThat(site.isDestroyed()).isTrue();
    }

    /** Get in the registering apartment gives the raw object; in another apartment a proxy bound to it. */
    @Test
    void getGivesPointerForCallersApartment() {
        int cookie = register();

        ComResult<InterfacePointer> local = main.getInterfaceFromGlobal(cookie, EchoObject.IEcho);
        ComResult<InterfacePointer> remote = background.getInterfaceFromGlobal(cookie, EchoObject.IEcho);

        assertThat(local.hr()).isEqualTo(HResult.S_OK);
        assertThat(local.value()).isSameAs(site);
        assertThat(remote.hr()).isEqualTo(HResult.S_OK);
        assertThat(remote.value()).isInstanceOf(Proxy.class);
        assertThat(((Proxy) remote.value()).clientApartment()).isSameAs(background.apartment());
    }

    /** Get may be called any number of times; each answers S_OK and the entry stays. */
    @Test
    void getAnyNumberOfTimes() {
        int cookie = register();

        for (int i = 0; i < 3; i++) {
            assertThat(background.getInterfaceFromGlobal(cookie, EchoObject.IEcho).hr()).isEqualTo(HResult.S_OK);
        }

        assertThat(process.globalInterfaceTable().cookies()).containsExactly(cookie);
        assertThat(stub().extRefs()).as("the table's reference and one per get").isEqualTo(4);
        assertThat(world.violations()).isEmpty();
    }

    /** Revoking answers S_OK, removes the entry and releases its marshal data, leaving proxies already handed out. */
    @Test
    void revokeRemovesEntryAndReleasesData() {
        int cookie = register();
        Proxy proxy = (Proxy) background.getInterfaceFromGlobal(cookie, EchoObject.IEcho).value();
        StubManager stub = stub();

        assertThat(main.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.S_OK);

        assertThat(process.globalInterfaceTable().cookies()).isEmpty();
        assertThat(stub.extRefs()).isEqualTo(1);
        assertThat(proxy.isConnected()).isTrue();
    }

    /** Get with an unknown cookie answers E_INVALIDARG and a null pointer. */
    @Test
    void getUnknownCookieIsInvalidArg() {
        int cookie = register();

        ComResult<InterfacePointer> result = background.getInterfaceFromGlobal(cookie + 1000, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(result.value()).isNull();
        assertThat(background.getInterfaceFromGlobal(0, EchoObject.IEcho).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(stub().extRefs()).isEqualTo(1);
    }

    /** Get with a revoked cookie answers E_INVALIDARG. */
    @Test
    void getRevokedCookieIsInvalidArg() {
        int cookie = register();
        main.revokeInterfaceFromGlobal(cookie);

        assertThat(background.getInterfaceFromGlobal(cookie, EchoObject.IEcho).hr()).isEqualTo(HResult.E_INVALIDARG);
    }

    /** Get from a thread without COM answers CO_E_NOTINITIALIZED. */
    @Test
    void getFromThreadWithoutComIsNotInitialized() {
        int cookie = register();
        ComThread idle = process.newThread("idle");
        background.coUninitialize();

        ComResult<InterfacePointer> result = idle.getInterfaceFromGlobal(cookie, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(result.value()).isNull();
        assertThat(stub().extRefs()).isEqualTo(1);
    }

    /** Revoking an unknown cookie answers E_INVALIDARG, changes nothing and is not a double revoke. */
    @Test
    void revokeUnknownCookieIsInvalidArg() {
        int cookie = register();

        assertThat(main.revokeInterfaceFromGlobal(cookie + 1000)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(process.globalInterfaceTable().cookies()).containsExactly(cookie);
        assertThat(stub().extRefs()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** Revoking a cookie a second time answers E_INVALIDARG and leaves other entries' references alone. */
    @Test
    void revokeTwiceIsInvalidArg() {
        int cookie = register();
        int other = register();
        main.revokeInterfaceFromGlobal(cookie);

        assertThat(main.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(process.globalInterfaceTable().cookies()).containsExactly(other);
        assertThat(stub().extRefs()).isEqualTo(1);
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsExactly(9);
    }

    /** Registering a null pointer or with a null IID answers E_INVALIDARG and adds no entry. */
    @Test
    void registerNullIsInvalidArg() {
        assertThat(main.registerInterfaceInGlobal(null, EchoObject.IEcho).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.registerInterfaceInGlobal(site, null).hr()).isEqualTo(HResult.E_INVALIDARG);

        assertThat(process.globalInterfaceTable().cookies()).isEmpty();
        assertThat(site.home().stubs()).isEmpty();
    }
}
