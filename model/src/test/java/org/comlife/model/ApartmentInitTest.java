package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CoInitializeEx and CoUninitialize: joining, counting, and the death of an apartment. */
class ApartmentInitTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
    private final ComThread main = process.newThread("main");
    private final ComThread other = process.newThread("other");

    /** The first CoInitializeEx(STA) answers S_OK, counts 1 and gives the thread an STA it owns. */
    @Test
    void firstStaInitCreatesOwnedSta() {
        assertThat(main.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.S_OK);

        Apartment sta = main.apartment();
        assertThat(main.initCount()).isEqualTo(1);
        assertThat(sta.kind()).isEqualTo(ApartmentKind.STA);
        assertThat(sta.owner()).isSameAs(main);
        assertThat(sta.isAlive()).isTrue();
        assertThat(process.apartments()).contains(sta);
    }

    /** Two threads initializing STA get two different apartments. */
    @Test
    void eachStaThreadGetsItsOwnSta() {
        main.coInitializeEx(ApartmentKind.STA);
        other.coInitializeEx(ApartmentKind.STA);

        assertThat(main.apartment()).isNotSameAs(other.apartment());
    }

    /** The first CoInitializeEx(MTA) answers S_OK and joins the process's one MTA, shared by every MTA thread. */
    @Test
    void firstMtaInitJoinsTheOneMta() {
        assertThat(main.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);
        assertThat(other.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);

        assertThat(main.apartment().kind()).isEqualTo(ApartmentKind.MTA);
        assertThat(main.apartment()).isSameAs(other.apartment()).isSameAs(process.mta());
        assertThat(main.apartment().owner()).isNull();
    }

    /** The same model again answers S_FALSE, increments initCount and keeps the apartment (STA). */
    @Test
    void sameStaModelAgainIsSFalse() {
        main.coInitializeEx(ApartmentKind.STA);
        Apartment sta = main.apartment();

        assertThat(main.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.S_FALSE);
        assertThat(main.initCount()).isEqualTo(2);
        assertThat(main.apartment()).isSameAs(sta);
    }

    /** The same model again answers S_FALSE, increments initCount and keeps the apartment (MTA). */
    @Test
    void sameMtaModelAgainIsSFalse() {
        main.coInitializeEx(ApartmentKind.MTA);

        assertThat(main.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_FALSE);
        assertThat(main.initCount()).isEqualTo(2);
        assertThat(main.apartment()).isSameAs(process.mta());
    }

    /** Asking an STA thread for the MTA answers RPC_E_CHANGED_MODE and changes neither initCount nor the apartment. */
    @Test
    void staThenMtaIsChangedModeWithoutIncrement() {
        main.coInitializeEx(ApartmentKind.STA);
        Apartment sta = main.apartment();

        assertThat(main.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.RPC_E_CHANGED_MODE);
        assertThat(main.initCount()).isEqualTo(1);
        assertThat(main.apartment()).isSameAs(sta);
        assertThat(process.mta()).isNull();
    }

    /** Asking an MTA thread for an STA answers RPC_E_CHANGED_MODE and changes neither initCount nor the apartment. */
    @Test
    void mtaThenStaIsChangedModeWithoutIncrement() {
        main.coInitializeEx(ApartmentKind.MTA);
        int apartmentsBefore = process.apartments().size();

        assertThat(main.coInitializeEx(ApartmentKind.STA)).isEqualTo(HResult.RPC_E_CHANGED_MODE);
        assertThat(main.initCount()).isEqualTo(1);
        assertThat(main.apartment()).isSameAs(process.mta());
        assertThat(process.apartments()).hasSize(apartmentsBefore);
    }

    /** A CHANGED_MODE answer is not counted: one CoUninitialize still ends the apartment. */
    @Test
    void changedModeNeedsNoExtraUninitialize() {
        main.coInitializeEx(ApartmentKind.STA);
        Apartment sta = main.apartment();
        main.coInitializeEx(ApartmentKind.MTA);

        main.coUninitialize();

        assertThat(sta.isAlive()).isFalse();
        assertThat(main.initCount()).isZero();
    }

    /** A null model answers E_INVALIDARG and leaves the thread uninitialized. */
    @Test
    void nullModelIsInvalidArg() {
        assertThat(main.coInitializeEx(null)).isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.initCount()).isZero();
        assertThat(main.apartment()).isNull();
        assertThat(process.apartments()).isEmpty();
    }

    /** A CoUninitialize that balances a nested init decrements initCount and leaves the apartment alive. */
    @Test
    void nestedUninitializeKeepsApartment() {
        main.coInitializeEx(ApartmentKind.STA);
        main.coInitializeEx(ApartmentKind.STA);
        Apartment sta = main.apartment();

        main.coUninitialize();

        assertThat(main.initCount()).isEqualTo(1);
        assertThat(sta.isAlive()).isTrue();
        assertThat(main.apartment()).isSameAs(sta);
    }

    /** The last CoUninitialize kills the thread's STA and leaves the thread without an apartment. */
    @Test
    void lastUninitializeKillsSta() {
        main.coInitializeEx(ApartmentKind.STA);
        Apartment sta = main.apartment();

        main.coUninitialize();

        assertThat(main.initCount()).isZero();
        assertThat(sta.isAlive()).isFalse();
        assertThat(main.apartment()).isNull();
    }

    /** The MTA dies only when its last member leaves. */
    @Test
    void mtaDiesWithItsLastMember() {
        main.coInitializeEx(ApartmentKind.MTA);
        other.coInitializeEx(ApartmentKind.MTA);
        Apartment mta = process.mta();

        main.coUninitialize();
        assertThat(mta.isAlive()).isTrue();

        other.coUninitialize();
        assertThat(mta.isAlive()).isFalse();
        assertThat(process.mta()).isNull();
    }

    /** CoUninitialize on a thread that never initialized does nothing and does not throw. */
    @Test
    void uninitializeWithoutInitIsIgnored() {
        other.coInitializeEx(ApartmentKind.STA);
        Apartment sta = other.apartment();

        main.coUninitialize();
        main.coUninitialize();

        assertThat(main.initCount()).isZero();
        assertThat(sta.isAlive()).isTrue();
        assertThat(world.violations()).isEmpty();
    }

    /** After its last CoUninitialize a thread can initialize again, into a fresh apartment. */
    @Test
    void reinitializeAfterUninitializeGivesFreshApartment() {
        main.coInitializeEx(ApartmentKind.STA);
        Apartment first = main.apartment();
        main.coUninitialize();

        assertThat(main.coInitializeEx(ApartmentKind.MTA)).isEqualTo(HResult.S_OK);
        assertThat(main.apartment()).isNotSameAs(first);
        assertThat(main.apartment().kind()).isEqualTo(ApartmentKind.MTA);
    }

    /** When an apartment dies its class registrations are revoked and their factories released. */
    @Test
    void deathRevokesRegistrations() {
        main.coInitializeEx(ApartmentKind.STA);
        TestServerFactory factory = new TestServerFactory(main);
        Clsid clsid = new Clsid("Registered");
        int cookie = main.coRegisterClassObject(clsid, factory, ClsCtx.LOCAL_SERVER, RegCls.MULTIPLEUSE).value();
        assertThat(factory.refCount()).isEqualTo(2);

        main.coUninitialize();

        assertThat(process.classTable().find(cookie)).isNull();
        assertThat(process.classTable().registrations()).isEmpty();
        assertThat(factory.refCount()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** When an apartment dies the proxies it holds are disconnected and give their references back to the stub. */
    @Test
    void deathDisconnectsHeldProxies() {
        other.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(other);
        MarshalStream stream = other.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        main.coInitializeEx(ApartmentKind.STA);
        Proxy proxy = (Proxy) main.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();
        StubManager stub = proxy.stub();
        assertThat(stub.extRefs()).isEqualTo(MarshalPacket.NORMAL_PUBLIC_REFS);
        assertThat(object.refCount()).isEqualTo(2);

        main.coUninitialize();

        assertThat(proxy.isConnected()).isFalse();
        assertThat(stub.extRefs()).isZero();
        assertThat(stub.isDisconnected()).isTrue();
        assertThat(object.refCount()).isEqualTo(1);
        assertThat(object.isDestroyed()).isFalse();
    }

    /** When an apartment dies its stubs are released: the object gets its reference back and proxies elsewhere see RPC_E_DISCONNECTED. */
    @Test
    void deathReleasesStubs() {
        main.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(main);
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        other.coInitializeEx(ApartmentKind.MTA);
        InterfacePointer proxy = other.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();
        StubManager stub = ((Proxy) proxy).stub();
        assertThat(object.refCount()).isEqualTo(2);

        main.coUninitialize();

        assertThat(stub.isDisconnected()).isTrue();
        assertThat(stub.extRefs()).isZero();
        assertThat(object.refCount()).isEqualTo(1);
        assertThat(object.home().stubs()).isEmpty();
        assertThat(other.call(proxy, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(object.calls()).isZero();
    }
}
