package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.IFoo;
import static org.comlife.model.conformance.ComSetup.marshaled;
import static org.comlife.model.conformance.ComSetup.unmarshalFromStart;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Global Interface Table: a TABLESTRONG packet per cookie, got any number of times, revoked once. */
@DisplayName("The Global Interface Table")
class GlobalInterfaceTableFacts {
    private final ComSetup com = new ComSetup();
    private final ComThread main = com.sta("main");
    private final TestObject object = new TestObject(main);

    private int register() {
        ComResult<Integer> cookie = main.registerInterfaceInGlobal(object, IFoo);
        assertThat(cookie.hr()).isEqualTo(HResult.S_OK);
        return cookie.value();
    }

    /** The table holds the object until the cookie is revoked. */
    @Test
    @DisplayName("RegisterInterfaceInGlobal keeps the object referenced until RevokeInterfaceFromGlobal, which "
            + "releases it (marshal.c test_globalinterfacetable)")
    @WindowsFact(id = "G1", source = Source.WINE_MARSHAL_TESTS, where = "test_globalinterfacetable",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void tableHoldsTheObjectUntilRevoked() {
        int cookie = register();
        main.release(object);
        assertThat(object.isDestroyed()).isFalse();

        assertThat(main.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** A thread needs COM to get from the table. */
    @Test
    @DisplayName("GetInterfaceFromGlobal on a thread without COM, in a process with no MTA, fails with "
            + "CO_E_NOTINITIALIZED, and after CoInitialize the same call succeeds (marshal.c get_global_interface_proc)")
    @WindowsFact(id = "G2", source = Source.WINE_MARSHAL_TESTS, where = "get_global_interface_proc",
            expects = "ok(hr == CO_E_NOTINITIALIZED, ...); ok_ole_success(...)")
    void getNeedsCom() {
        int cookie = register();
        ComThread other = com.bare("other");

        assertThat(other.getInterfaceFromGlobal(cookie, IFoo).hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        other.coInitializeEx(ApartmentKind.STA);
        ComResult<InterfacePointer> got = other.getInterfaceFromGlobal(cookie, IFoo);

        assertThat(got.hr()).isEqualTo(HResult.S_OK);
        other.release(got.value());
    }

    /** One cookie serves any number of gets, for any interface the object has. */
    @Test
    @DisplayName("GetInterfaceFromGlobal may be called any number of times for one cookie, and with another IID than "
            + "the one registered, such as IUnknown (marshal.c test_globalinterfacetable)")
    @WindowsFact(id = "G3", source = Source.WINE_MARSHAL_TESTS, where = "test_globalinterfacetable",
            expects = "ok_ole_success(...)")
    void getManyTimes() {
        int cookie = register();
        ComThread mta = com.mta("mta");

        for (Iid iid : new Iid[] {Iid.IUnknown, IFoo, IFoo}) {
            ComResult<InterfacePointer> got = mta.getInterfaceFromGlobal(cookie, iid);
            assertThat(got.hr()).as(iid.name()).isEqualTo(HResult.S_OK);
            mta.release(got.value());
        }
        assertThat(com.world.violations()).isEmpty();
    }

    /** The registering apartment gets the object itself, another apartment a proxy bound to it. */
    @Test
    @DisplayName("In the registering apartment GetInterfaceFromGlobal returns a direct pointer; in another apartment a "
            + "proxy usable only there (Microsoft docs: IGlobalInterfaceTable::GetInterfaceFromGlobal)")
    @WindowsFact(id = "G4", source = Source.MICROSOFT_DOCS, where = "IGlobalInterfaceTable::GetInterfaceFromGlobal")
    void directPointerOrProxy() {
        int cookie = register();
        ComThread mta = com.mta("mta");

        InterfacePointer direct = main.getInterfaceFromGlobal(cookie, IFoo).value();
        InterfacePointer proxy = mta.getInterfaceFromGlobal(cookie, IFoo).value();

        assertThat(direct).isSameAs(object);
        assertThat(proxy).isInstanceOf(Proxy.class);
        assertThat(((Proxy) proxy).clientApartment()).isSameAs(mta.apartment());
    }

    /** Any apartment may revoke. */
    @Test
    @DisplayName("RevokeInterfaceFromGlobal may be called from any apartment of the process, not only the registering "
            + "one (Microsoft docs: IGlobalInterfaceTable::RevokeInterfaceFromGlobal)")
    @WindowsFact(id = "G5", source = Source.MICROSOFT_DOCS, where = "IGlobalInterfaceTable::RevokeInterfaceFromGlobal")
    void revokeFromAnyApartment() {
        int cookie = register();
        main.release(object);
        ComThread mta = com.mta("mta");

        assertThat(mta.revokeInterfaceFromGlobal(cookie)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** Unknown and revoked cookies are invalid arguments, checked before the apartment. */
    @Test
    @DisplayName("A cookie that was never registered, or was revoked, makes GetInterfaceFromGlobal and "
            + "RevokeInterfaceFromGlobal fail with E_INVALIDARG, checked before the apartment "
            + "(Microsoft docs: IGlobalInterfaceTable::GetInterfaceFromGlobal)")
    @WindowsFact(id = "G6", source = Source.MICROSOFT_DOCS, where = "IGlobalInterfaceTable::GetInterfaceFromGlobal",
            expects = "E_INVALIDARG")
    void unknownCookie() {
        int cookie = register();
        main.revokeInterfaceFromGlobal(cookie);
        ComThread bare = com.bare("bare");

        assertThat(main.getInterfaceFromGlobal(cookie, IFoo).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.getInterfaceFromGlobal(cookie + 1000, IFoo).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(bare.getInterfaceFromGlobal(cookie + 1000, IFoo).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.revokeInterfaceFromGlobal(cookie + 1000)).isEqualTo(HResult.E_INVALIDARG);
    }

    /** NULL is refused. */
    @Test
    @DisplayName("RegisterInterfaceInGlobal with a NULL pointer fails with E_INVALIDARG "
            + "(Microsoft docs: IGlobalInterfaceTable::RegisterInterfaceInGlobal)")
    @WindowsFact(id = "G7", source = Source.MICROSOFT_DOCS, where = "IGlobalInterfaceTable::RegisterInterfaceInGlobal",
            expects = "E_INVALIDARG")
    void registerNull() {
        assertThat(main.registerInterfaceInGlobal(null, IFoo).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(com.app.globalInterfaceTable().cookies()).isEmpty();
    }

    /** The registered pointer may be a proxy; gets elsewhere reach the original object. */
    @Test
    @DisplayName("The pointer registered may itself be a proxy for an object of another apartment; a get from a third "
            + "apartment reaches the original object (Microsoft docs: IGlobalInterfaceTable::RegisterInterfaceInGlobal)")
    @WindowsFact(id = "G8", source = Source.MICROSOFT_DOCS, where = "IGlobalInterfaceTable::RegisterInterfaceInGlobal")
    void proxyInTheTable() {
        ComThread host = com.mta("host");
        TestObject remote = new TestObject(host);
        InterfacePointer proxy = unmarshalFromStart(main, marshaled(host, remote, MarshalFlags.NORMAL));
        int cookie = main.registerInterfaceInGlobal(proxy, IFoo).value();
        ComThread third = com.sta("third");

        InterfacePointer got = third.getInterfaceFromGlobal(cookie, IFoo).value();

        assertThat(got).isInstanceOf(Proxy.class);
        assertThat(((Proxy) got).stub().object()).isSameAs(remote);
        assertThat(third.call(got, "Ping").value()).isEqualTo("rpc-worker");
    }
}
