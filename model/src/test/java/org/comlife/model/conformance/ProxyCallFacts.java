package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.IBar;
import static org.comlife.model.conformance.ComSetup.marshaled;
import static org.comlife.model.conformance.ComSetup.unmarshalFromStart;

import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Invariant;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Calls and QueryInterface through a proxy from the wrong place: another apartment, the implicit
 * MTA, a thread without COM, and after the stub is gone. The object lives in a server process's
 * MTA, the proxy in an STA of the application, and the misbehaving threads are the application's.
 */
@DisplayName("Calls and QueryInterface through proxies")
class ProxyCallFacts {
    /** The IID Wine's test asks a proxy for that only the proxy itself implements. */
    private static final Iid IID_IMULTIQI = new Iid("IMultiQI");

    private final ComSetup com = new ComSetup();
    private final ComProcess server = com.server("server");
    private final ComThread host = com.mta(server, "host");
    private final ComThread owner = com.sta("owner");
    private final TestObject object = new TestObject(host);
    private final MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
    private final InterfacePointer proxy = unmarshalFromStart(owner, stream);

    /** A call from another apartment is refused and reported. */
    @Test
    @DisplayName("A method call through a proxy from another apartment, an MTA or another STA, fails with "
            + "RPC_E_WRONG_THREAD (marshal.c bad_thread_proc)")
    @WindowsFact(id = "P1", source = Source.WINE_MARSHAL_TESTS, where = "bad_thread_proc",
            expects = "ok(hr == RPC_E_WRONG_THREAD, ...)")
    void callFromAnotherApartment() {
        ComThread mta = com.mta("mta");
        ComThread sta = com.sta("sta");

        assertThat(mta.call(proxy, "CreateInstance").hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(sta.call(proxy, "CreateInstance").hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        assertThat(com.world.violations()).extracting(v -> v.invariant())
                .containsOnly(Invariant.APARTMENT_AFFINITY).hasSize(2);
    }

    /** The implicit MTA is another apartment too. */
    @Test
    @DisplayName("A method call through an STA's proxy from a thread in the implicit MTA fails with "
            + "RPC_E_WRONG_THREAD (marshal.c bad_thread_proc)")
    @WindowsFact(id = "P2", source = Source.WINE_MARSHAL_TESTS, where = "bad_thread_proc (after CoIncrementMTAUsage)",
            expects = "ok(hr == RPC_E_WRONG_THREAD, ...)")
    void callFromImplicitMta() {
        com.mta("member");
        ComThread implicit = com.bare("implicit");

        assertThat(implicit.call(proxy, "CreateInstance").hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
    }

    /** Without COM, and without an MTA to fall back on, the call is not initialized. */
    @Test
    @DisplayName("A method call through a proxy from a thread without COM, in a process with no MTA, fails with "
            + "CO_E_NOTINITIALIZED (marshal.c bad_thread_proc)")
    @WindowsFact(id = "P3", source = Source.WINE_MARSHAL_TESTS, where = "bad_thread_proc",
            expects = "todo_wine ok(hr == CO_E_NOTINITIALIZED, ...)")
    void callWithoutCom() {
        ComThread bare = com.bare("bare");

        assertThat(bare.call(proxy, "CreateInstance").hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(object.isDestroyed()).isFalse();
    }

    /** QueryInterface through a proxy is refused without COM, even for an interface the proxy answers itself. */
    @Test
    @DisplayName("QueryInterface through a proxy from a thread without COM fails with RPC_E_WRONG_THREAD, not "
            + "CO_E_NOTINITIALIZED, even for IMultiQI, which the proxy implements itself (marshal.c bad_thread_proc)")
    @WindowsFact(id = "P4", source = Source.WINE_MARSHAL_TESTS, where = "bad_thread_proc",
            expects = "todo_wine ok(hr == RPC_E_WRONG_THREAD, ...)")
    void queryInterfaceWithoutCom() {
        ComThread bare = com.bare("bare");
        int before = ((Proxy) proxy).refCount();

        assertThat(bare.queryInterface(proxy, IID_IMULTIQI).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(bare.queryInterface(proxy, Iid.IUnknown).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        assertThat(((Proxy) proxy).refCount()).as("no reference taken").isEqualTo(before);
    }

    /** QueryInterface through a proxy from another apartment is refused. */
    @Test
    @DisplayName("QueryInterface through a proxy from another apartment fails with RPC_E_WRONG_THREAD "
            + "(marshal.c bad_thread_proc_sta)")
    @WindowsFact(id = "P5", source = Source.WINE_MARSHAL_TESTS, where = "bad_thread_proc_sta",
            expects = "todo_wine ok(hr == RPC_E_WRONG_THREAD, ...)")
    void queryInterfaceFromAnotherApartment() {
        ComThread sta = com.sta("sta");
        ComThread mta = com.mta("mta");

        assertThat(sta.queryInterface(proxy, Iid.IUnknown).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(mta.queryInterface(proxy, Iid.IUnknown).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(com.world.violations()).extracting(v -> v.invariant()).containsOnly(Invariant.APARTMENT_AFFINITY);
    }

    /** A release from the wrong apartment is misuse, but it still releases. */
    @Test
    @DisplayName("Releasing a proxy from the wrong apartment still releases it: its references on the object are "
            + "given back (marshal.c test_proxy_used_in_wrong_thread)")
    @WindowsFact(id = "P6", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_used_in_wrong_thread",
            expects = "ok_no_locks()")
    void releaseFromTheWrongApartmentReleases() {
        host.release(object);
        ComThread sta = com.sta("sta");

        sta.release(proxy);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).extracting(v -> v.invariant()).containsExactly(Invariant.APARTMENT_AFFINITY);
    }

    /** Calls through a proxy whose stub is gone are disconnected. */
    @Test
    @DisplayName("Calls through a proxy whose stub no longer exists fail with RPC_E_DISCONNECTED "
            + "(marshal.c test_marshal_and_unmarshal_invalid)")
    @WindowsFact(id = "P7", source = Source.WINE_MARSHAL_TESTS, where = "test_marshal_and_unmarshal_invalid",
            expects = "ok(hr == RPC_E_DISCONNECTED, ...)")
    void callThroughProxyOfGoneStub() {
        host.coUninitialize();

        assertThat(owner.call(proxy, "CreateInstance").hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(owner.release(proxy)).isZero();
    }

    /** The object's own interfaces decide a QueryInterface through its proxy. */
    @Test
    @DisplayName("QueryInterface through a proxy for an interface the object does not implement fails with "
            + "E_NOINTERFACE (marshal.c test_handler_marshaling)")
    @WindowsFact(id = "P8", source = Source.WINE_MARSHAL_TESTS, where = "test_handler_marshaling",
            expects = "ok(hr == E_NOINTERFACE, ...)")
    void queryInterfaceForAnUnimplementedInterface() {
        assertThat(owner.queryInterface(proxy, IBar).hr()).isEqualTo(HResult.E_NOINTERFACE);
    }

    /** In its own apartment a proxy answers IUnknown with one more reference. */
    @Test
    @DisplayName("QueryInterface through a proxy for IUnknown succeeds in the proxy's apartment "
            + "(marshal.c test_proxy_interfaces)")
    @WindowsFact(id = "P9", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_interfaces",
            expects = "ok_ole_success(hr, IUnknown_QueryInterface IID_IUnknown)")
    void queryInterfaceForIUnknown() {
        var result = owner.queryInterface(proxy, Iid.IUnknown);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        owner.release(result.value());
        owner.release(proxy);
        host.release(object);
        assertThat(object.isDestroyed()).isTrue();
    }

    /** The model's proxies implement no interface of their own. */
    @Test
    @DisplayName("Every standard proxy also answers QueryInterface for IClientSecurity, IMultiQI and IMarshal without "
            + "asking the object (marshal.c test_proxy_interfaces)")
    @WindowsFact(id = "P10", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_interfaces",
            expects = "ok_ole_success(hr, IUnknown_QueryInterface IID_IMultiQI)",
            model = "QueryInterface for them answers E_NOINTERFACE: a proxy answers only its object's interfaces",
            departure = "the proxy manager's own interfaces (security blankets, multi-QI, re-marshaling through "
                    + "IMarshal) are not modelled; no program of the contract calls them")
    void proxyOwnInterfacesAreNotModelled() {
        assertThat(owner.queryInterface(proxy, IID_IMULTIQI).hr()).isEqualTo(HResult.E_NOINTERFACE);
        assertThat(owner.queryInterface(proxy, new Iid("IMarshal")).hr()).isEqualTo(HResult.E_NOINTERFACE);
        assertThat(owner.queryInterface(proxy, new Iid("IClientSecurity")).hr()).isEqualTo(HResult.E_NOINTERFACE);
    }
}
