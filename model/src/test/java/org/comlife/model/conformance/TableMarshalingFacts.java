package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.IFoo;
import static org.comlife.model.conformance.ComSetup.handedOver;
import static org.comlife.model.conformance.ComSetup.marshaled;
import static org.comlife.model.conformance.ComSetup.releaseFromStart;
import static org.comlife.model.conformance.ComSetup.unmarshalFromStart;

import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * TABLESTRONG and TABLEWEAK packets and re-marshaled proxies. The host is an MTA thread and the
 * client an STA, as in Wine's tests (which host on an STA that pumps): calls into the MTA need no
 * pumping here. As in those tests' run without IExternalConnection, which the model lacks.
 */
@DisplayName("TABLESTRONG, TABLEWEAK and re-marshaled proxies")
class TableMarshalingFacts {
    private final ComSetup com = new ComSetup();
    private final ComThread host = com.mta("host");
    private final ComThread client = com.sta("client");
    private final TestObject object = new TestObject(host);

    /** A packet of the object with the flags, the host's own reference let go: only COM holds the object. */
    private MarshalStream packetAlone(MarshalFlags flags) {
        MarshalStream stream = marshaled(host, object, flags);
        host.release(object);
        return stream;
    }

    /** A strong table packet keeps the object until its own data is released. */
    @Test
    @DisplayName("A TABLESTRONG packet can be unmarshaled several times, releasing every proxy does not release the "
            + "object, and CoReleaseMarshalData of the packet does (marshal.c test_tablestrong_marshal_and_unmarshal_twice)")
    @WindowsFact(id = "T1", source = Source.WINE_MARSHAL_TESTS, where = "test_tablestrong_marshal_and_unmarshal_twice",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void tableStrongKeepsTheObjectUntilReleased() {
        MarshalStream stream = packetAlone(MarshalFlags.TABLESTRONG);
        InterfacePointer first = unmarshalFromStart(client, stream);
        InterfacePointer second = unmarshalFromStart(client, stream);
        client.release(first);
        client.release(second);
        assertThat(object.isDestroyed()).isFalse();

        assertThat(releaseFromStart(host, stream)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** A weak table packet holds the object through its stub until the packet is released. */
    @Test
    @DisplayName("A TABLEWEAK marshal on its own makes COM hold a reference on the object until CoReleaseMarshalData "
            + "releases it (marshal.c test_tableweak_marshal_releasedata2)")
    @WindowsFact(id = "T2", source = Source.WINE_MARSHAL_TESTS, where = "test_tableweak_marshal_releasedata2",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void tableWeakAloneHoldsTheObject() {
        MarshalStream stream = packetAlone(MarshalFlags.TABLEWEAK);
        assertThat(object.isDestroyed()).isFalse();

        assertThat(releaseFromStart(host, stream)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** Once released and unreferenced, a weak packet refers to nothing. */
    @Test
    @DisplayName("Once a TABLEWEAK packet is released and no strong reference exists, its unmarshal fails with "
            + "CO_E_OBJNOTREG (marshal.c test_tableweak_marshal_releasedata2)")
    @WindowsFact(id = "T3", source = Source.WINE_MARSHAL_TESTS, where = "test_tableweak_marshal_releasedata2",
            expects = "todo_wine ok(hr == CO_E_OBJNOTREG, ...)")
    void releasedWeakPacketIsNotRegistered() {
        MarshalStream stream = packetAlone(MarshalFlags.TABLEWEAK);
        releaseFromStart(host, stream);

        client.rewindStream(stream);
        assertThat(client.coUnmarshalInterface(stream, IFoo).hr()).isEqualTo(HResult.CO_E_OBJNOTREG);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** Weak references alone keep the stub until the last of them. */
    @Test
    @DisplayName("With two TABLEWEAK packets, releasing one keeps the object referenced and releasing the second "
            + "releases it (marshal.c test_two_tableweak_marshal_and_releasedata)")
    @WindowsFact(id = "T4", source = Source.WINE_MARSHAL_TESTS, where = "test_two_tableweak_marshal_and_releasedata",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void lastWeakPacketReleasesTheObject() {
        MarshalStream first = marshaled(host, object, MarshalFlags.TABLEWEAK);
        MarshalStream second = packetAlone(MarshalFlags.TABLEWEAK);

        releaseFromStart(host, first);
        assertThat(object.isDestroyed()).isFalse();
        releaseFromStart(host, second);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** The last strong reference destroys the stub even while a weak packet is outstanding. */
    @Test
    @DisplayName("A TABLEWEAK packet can be unmarshaled several times, and when every resulting proxy is released the "
            + "object is released although the weak packet is still outstanding "
            + "(marshal.c test_tableweak_marshal_and_unmarshal_twice)")
    @WindowsFact(id = "T5", source = Source.WINE_MARSHAL_TESTS, where = "test_tableweak_marshal_and_unmarshal_twice",
            expects = "ok_no_locks()")
    void lastProxyOfWeakPacketReleasesTheObject() {
        MarshalStream stream = packetAlone(MarshalFlags.TABLEWEAK);
        InterfacePointer first = unmarshalFromStart(client, stream);
        InterfacePointer second = unmarshalFromStart(client, stream);

        client.release(first);
        assertThat(object.isDestroyed()).isFalse();
        client.release(second);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(object.home().stubs()).isEmpty();
    }

    /** Regression of issue 16's first example: the model never brings the destroyed object back. */
    @Test
    @DisplayName("After the last strong reference has gone, unmarshaling the outstanding TABLEWEAK packet fails with "
            + "CO_E_OBJNOTREG and the object stays released (marshal.c test_proxy_marshal_and_unmarshal_weak)")
    @WindowsFact(id = "T6", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_marshal_and_unmarshal_weak",
            expects = "todo_wine ok(hr == CO_E_OBJNOTREG, ...); ok_no_locks()")
    void outstandingWeakPacketNeverResurrects() {
        MarshalStream stream = packetAlone(MarshalFlags.TABLEWEAK);
        client.release(unmarshalFromStart(client, stream));
        assertThat(object.isDestroyed()).isTrue();

        client.rewindStream(stream);
        assertThat(client.coUnmarshalInterface(stream, IFoo).hr()).isEqualTo(HResult.CO_E_OBJNOTREG);
        host.rewindStream(stream);
        assertThat(host.coUnmarshalInterface(stream, IFoo).hr()).as("in its own apartment too")
                .isEqualTo(HResult.CO_E_OBJNOTREG);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(object.refCount()).isZero();
        assertThat(com.world.violations()).isEmpty();
    }

    /** A weak packet depends on its stub, not on its own data, while a proxy keeps the stub. */
    @Test
    @DisplayName("A TABLEWEAK packet released with CoReleaseMarshalData can still be unmarshaled while a proxy keeps "
            + "the stub alive, and the object goes with the last proxy (marshal.c test_tableweak_marshal_releasedata1)")
    @WindowsFact(id = "T7", source = Source.WINE_MARSHAL_TESTS, where = "test_tableweak_marshal_releasedata1",
            expects = "ok_ole_success(hr, CoUnmarshalInterface); ... ok_no_locks()")
    void releasedWeakPacketUnmarshalsWhileTheStubLives() {
        MarshalStream stream = packetAlone(MarshalFlags.TABLEWEAK);
        InterfacePointer first = unmarshalFromStart(client, stream);
        assertThat(releaseFromStart(host, stream)).isEqualTo(HResult.S_OK);
        assertThat(object.isDestroyed()).isFalse();

        InterfacePointer second = unmarshalFromStart(client, stream);

        client.release(first);
        client.release(second);
        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** Releasing a NORMAL packet's data drops the last strong reference, whatever weak ones remain. */
    @Test
    @DisplayName("With a TABLEWEAK and a NORMAL packet of one object, CoReleaseMarshalData of the NORMAL packet "
            + "releases the object despite the weak packet (marshal.c test_tableweak_and_normal_marshal_and_releasedata)")
    @WindowsFact(id = "T8", source = Source.WINE_MARSHAL_TESTS,
            where = "test_tableweak_and_normal_marshal_and_releasedata", expects = "ok_no_locks()")
    void normalReleaseDropsTheObjectDespiteWeak() {
        MarshalStream weak = marshaled(host, object, MarshalFlags.TABLEWEAK);
        MarshalStream normal = packetAlone(MarshalFlags.NORMAL);

        releaseFromStart(host, normal);

        assertThat(object.isDestroyed()).isTrue();
        client.rewindStream(weak);
        assertThat(client.coUnmarshalInterface(weak, IFoo).hr()).isEqualTo(HResult.CO_E_OBJNOTREG);
    }

    /** Both proxies' strong references count; the object goes with the last. */
    @Test
    @DisplayName("With a TABLEWEAK and a NORMAL packet unmarshaled into one client apartment, releasing the normal "
            + "proxy keeps the object and releasing the weak one releases it "
            + "(marshal.c test_tableweak_and_normal_marshal_and_unmarshal)")
    @WindowsFact(id = "T9", source = Source.WINE_MARSHAL_TESTS,
            where = "test_tableweak_and_normal_marshal_and_unmarshal", expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void weakAndNormalProxies() {
        MarshalStream weak = marshaled(host, object, MarshalFlags.TABLEWEAK);
        MarshalStream normal = packetAlone(MarshalFlags.NORMAL);
        InterfacePointer weakProxy = unmarshalFromStart(client, weak);
        InterfacePointer normalProxy = unmarshalFromStart(client, normal);

        client.release(normalProxy);
        assertThat(object.isDestroyed()).isFalse();
        client.release(weakProxy);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** A proxy can be marshaled more often than it holds references; the object lasts until the last. */
    @Test
    @DisplayName("A proxy can be marshaled NORMAL six times, more than its own five references; after the original "
            + "proxy is released all six unmarshal, and the object goes with the last of them "
            + "(marshal.c test_proxy_marshal_and_unmarshal)")
    @WindowsFact(id = "T10", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_marshal_and_unmarshal",
            expects = "ok_ole_success(hr, CoMarshalInterface); ... ok_no_locks()")
    void proxyMarshaledSixTimes() {
        InterfacePointer proxy = handedOver(host, object, client);
        MarshalStream again = client.createStream();
        for (int i = 0; i < 6; i++) {
            assertThat(client.coMarshalInterface(again, IFoo, proxy, MarshalFlags.NORMAL)).isEqualTo(HResult.S_OK);
        }
        client.release(proxy);
        assertThat(object.isDestroyed()).isFalse();

        client.rewindStream(again);
        for (int i = 0; i < 6; i++) {
            var unmarshaled = client.coUnmarshalInterface(again, IFoo);
            assertThat(unmarshaled.hr()).isEqualTo(HResult.S_OK);
            client.release(unmarshaled.value());
        }

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** The packet of a re-marshaled proxy names the original object, not the proxy. */
    @Test
    @DisplayName("Re-marshaling a proxy for an interface not yet unmarshaled works, and the new packet refers to the "
            + "original object, not to the proxy (marshal.c test_proxy_marshal_and_unmarshal2)")
    @WindowsFact(id = "T11", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_marshal_and_unmarshal2",
            expects = "ok_ole_success(hr, CoUnmarshalInterface); ... ok_no_locks()")
    void remarshaledProxyRefersToTheObject() {
        MarshalStream stream = host.createStream();
        host.coMarshalInterface(stream, Iid.IUnknown, object, MarshalFlags.NORMAL);
        host.release(object);
        host.rewindStream(stream);
        InterfacePointer proxy = client.coUnmarshalInterface(stream, Iid.IUnknown).value();
        MarshalStream again = marshaled(client, proxy, MarshalFlags.NORMAL);
        ComThread other = com.sta("other");

        InterfacePointer second = unmarshalFromStart(other, again);

        assertThat(second).isInstanceOf(Proxy.class);
        assertThat(((Proxy) second).stub().object()).isSameAs(object);
        client.release(proxy);
        assertThat(object.isDestroyed()).isFalse();
        other.release(second);
        assertThat(object.isDestroyed()).isTrue();
    }

    /** A TABLESTRONG packet of a proxy is a strong reference on the original stub. */
    @Test
    @DisplayName("A proxy re-marshaled TABLESTRONG keeps the object alive after the original proxy is released, until "
            + "the object's apartment ends (marshal.c test_proxy_marshal_and_unmarshal_strong)")
    @WindowsFact(id = "T12", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_marshal_and_unmarshal_strong",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void proxyMarshaledTableStrong() {
        InterfacePointer proxy = handedOver(host, object, client);
        MarshalStream strong = marshaled(client, proxy, MarshalFlags.TABLESTRONG);
        client.release(proxy);
        client.release(unmarshalFromStart(client, strong));
        assertThat(object.isDestroyed()).isFalse();

        host.coUninitialize();

        assertThat(object.isDestroyed()).isTrue();
    }

    /** A TABLEWEAK packet of a proxy does not keep the object; it then answers CO_E_OBJNOTREG. */
    @Test
    @DisplayName("A proxy re-marshaled TABLEWEAK does not keep the object alive: releasing the original proxy releases "
            + "it, and the weak packet then fails with CO_E_OBJNOTREG (marshal.c test_proxy_marshal_and_unmarshal_weak)")
    @WindowsFact(id = "T13", source = Source.WINE_MARSHAL_TESTS, where = "test_proxy_marshal_and_unmarshal_weak",
            expects = "todo_wine ok(hr == CO_E_OBJNOTREG, ...); ok_no_locks()")
    void proxyMarshaledTableWeak() {
        InterfacePointer proxy = handedOver(host, object, client);
        MarshalStream weak = marshaled(client, proxy, MarshalFlags.TABLEWEAK);

        client.release(proxy);

        assertThat(object.isDestroyed()).isTrue();
        client.rewindStream(weak);
        assertThat(client.coUnmarshalInterface(weak, IFoo).hr()).isEqualTo(HResult.CO_E_OBJNOTREG);
        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** In the stub's own apartment a table packet gives the object itself, any number of times. */
    @Test
    @DisplayName("In the apartment that marshaled it, a TABLESTRONG packet unmarshals to the object itself any number "
            + "of times (Microsoft docs: IGlobalInterfaceTable, a direct pointer in the registering apartment)")
    @WindowsFact(id = "T14", source = Source.MICROSOFT_DOCS, where = "IGlobalInterfaceTable interface")
    void tableStrongInOwnApartmentIsTheObject() {
        MarshalStream stream = marshaled(host, object, MarshalFlags.TABLESTRONG);

        InterfacePointer first = unmarshalFromStart(host, stream);
        InterfacePointer second = unmarshalFromStart(host, stream);

        assertThat(first).isSameAs(object);
        assertThat(second).isSameAs(object);
        host.release(first);
        host.release(second);
        host.release(object);
        assertThat(object.isDestroyed()).as("the packet still holds it").isFalse();
        releaseFromStart(host, stream);
        assertThat(object.isDestroyed()).isTrue();
    }
}
