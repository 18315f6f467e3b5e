package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.IBar;
import static org.comlife.model.conformance.ComSetup.IFoo;
import static org.comlife.model.conformance.ComSetup.handedOver;
import static org.comlife.model.conformance.ComSetup.marshaled;
import static org.comlife.model.conformance.ComSetup.releaseFromStart;
import static org.comlife.model.conformance.ComSetup.unmarshalFromStart;

import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.Invariant;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NORMAL marshaling: one unmarshal or one release, in the same and in another apartment, and apartment shutdown. */
@DisplayName("NORMAL marshaling lifetimes")
class NormalMarshalingFacts {
    private final ComSetup com = new ComSetup();

    /** The stub's reference on the object lasts from the marshal to CoReleaseMarshalData. */
    @Test
    @DisplayName("A NORMAL marshal makes COM hold a reference on the object, and CoReleaseMarshalData of the "
            + "packet gives it back (marshal.c test_normal_marshal_and_release)")
    @WindowsFact(id = "N1", source = Source.WINE_MARSHAL_TESTS, where = "test_normal_marshal_and_release",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void releaseMarshalDataGivesBackTheReference() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);
        assertThat(object.isDestroyed()).as("COM holds it").isFalse();

        assertThat(releaseFromStart(host, stream)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** In its own apartment the packet unmarshals to the object itself, and the stub's references go. */
    @Test
    @DisplayName("Unmarshaling a NORMAL packet in the apartment that marshaled it returns the object itself, and "
            + "releasing that pointer drops the last reference (marshal.c test_normal_marshal_and_unmarshal)")
    @WindowsFact(id = "N2", source = Source.WINE_MARSHAL_TESTS, where = "test_normal_marshal_and_unmarshal",
            expects = "ok_zero_external_conn(); ... ok_no_locks()")
    void sameApartmentUnmarshalIsTheObject() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);

        InterfacePointer pointer = unmarshalFromStart(host, stream);

        assertThat(pointer).isSameAs(object);
        assertThat(object.home().stubs()).as("no external connection left").isEmpty();
        host.release(pointer);
        assertThat(object.isDestroyed()).isTrue();
    }

    /** A second unmarshal in the same apartment is refused; the first pointer still holds the object. */
    @Test
    @DisplayName("A second unmarshal of the same NORMAL packet in the same apartment fails with CO_E_OBJNOTCONNECTED "
            + "and leaves the first pointer valid (marshal.c test_normal_marshal_and_unmarshal_twice)")
    @WindowsFact(id = "N3", source = Source.WINE_MARSHAL_TESTS, where = "test_normal_marshal_and_unmarshal_twice",
            expects = "ok(hr == CO_E_OBJNOTCONNECTED, ...)")
    void secondSameApartmentUnmarshalFails() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);
        InterfacePointer first = unmarshalFromStart(host, stream);

        host.rewindStream(stream);
        assertThat(host.coUnmarshalInterface(stream, IFoo).hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);

        assertThat(object.isDestroyed()).isFalse();
        assertThat(host.call(first, "Ping").hr()).isEqualTo(HResult.S_OK);
        host.release(first);
        assertThat(object.isDestroyed()).isTrue();
    }

    /** In another apartment the packet gives a proxy, and the proxy's last release lets the object go. */
    @Test
    @DisplayName("Unmarshaling a NORMAL packet in another apartment gives a proxy, and releasing the proxy releases "
            + "the object (marshal.c test_interthread_marshal_and_unmarshal)")
    @WindowsFact(id = "N4", source = Source.WINE_MARSHAL_TESTS, where = "test_interthread_marshal_and_unmarshal",
            expects = "ok_no_locks()")
    void otherApartmentUnmarshalIsAProxy() {
        ComThread host = com.mta("host");
        ComThread client = com.sta("client");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);

        InterfacePointer proxy = unmarshalFromStart(client, stream);

        assertThat(proxy).isInstanceOf(Proxy.class);
        assertThat(object.isDestroyed()).isFalse();
        client.release(proxy);
        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }

    /** Windows unmarshals a released NORMAL packet elsewhere and fails later; the model refuses at once. */
    @Test
    @DisplayName("If the marshaler calls CoReleaseMarshalData first, a later unmarshal in another apartment still "
            + "succeeds and calls through the proxy fail with RPC_E_DISCONNECTED "
            + "(marshal.c test_marshal_and_unmarshal_invalid)")
    @WindowsFact(id = "N5", source = Source.WINE_MARSHAL_TESTS, where = "test_marshal_and_unmarshal_invalid",
            expects = "todo_wine ok_ole_success(hr, CoUnmarshalInterface); ok(hr == RPC_E_DISCONNECTED, ...)",
            model = "the unmarshal fails at once with CO_E_OBJNOTCONNECTED and records invariant 3",
            departure = "the contract's strict choice: every second end of a NORMAL packet is refused and reported "
                    + "where it happens, deterministically")
    void releasedPacketIsRefusedAtOnce() {
        ComThread host = com.mta("host");
        ComThread client = com.sta("client");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);
        assertThat(releaseFromStart(host, stream)).isEqualTo(HResult.S_OK);
        assertThat(object.isDestroyed()).isTrue();

        client.rewindStream(stream);
        assertThat(client.coUnmarshalInterface(stream, IFoo).hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);

        assertThat(com.world.violations()).extracting(v -> v.invariant()).containsExactly(Invariant.PACKET_ENDS_ONCE);
    }

    /** An unmarshal for an interface the object lacks still ends the packet and gives its references back. */
    @Test
    @DisplayName("In the marshaling apartment, unmarshaling a NORMAL packet for an interface the object does not "
            + "implement fails with E_NOINTERFACE and still consumes the packet's references "
            + "(marshal.c test_same_apartment_unmarshal_failure)")
    @WindowsFact(id = "N6", source = Source.WINE_MARSHAL_TESTS, where = "test_same_apartment_unmarshal_failure",
            expects = "ok(hr == E_NOINTERFACE, ...); ok_no_locks()")
    void unsupportedInterfaceConsumesThePacket() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);

        host.rewindStream(stream);
        assertThat(host.coUnmarshalInterface(stream, IBar).hr()).isEqualTo(HResult.E_NOINTERFACE);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.packets().get(0).hasEnded()).isTrue();
    }

    /** Marshaling for an interface the object lacks writes nothing. */
    @Test
    @DisplayName("CoMarshalInterface for an interface the object does not implement fails with E_NOINTERFACE "
            + "(marshal.c test_no_marshaler)")
    @WindowsFact(id = "N7", source = Source.WINE_MARSHAL_TESTS, where = "test_no_marshaler",
            expects = "ok(hr == E_NOINTERFACE, ...)")
    void marshalOfUnsupportedInterfaceFails() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        MarshalStream stream = host.createStream();

        assertThat(host.coMarshalInterface(stream, IBar, object, MarshalFlags.NORMAL)).isEqualTo(HResult.E_NOINTERFACE);

        assertThat(stream.packets()).isEmpty();
        assertThat(object.refCount()).isEqualTo(1);
    }

    /** The release reads the packet at the stream's position, so an unrewound stream has none. */
    @Test
    @DisplayName("CoReleaseMarshalData on a stream that was not rewound fails with STG_E_READFAULT and changes "
            + "nothing; after a rewind it succeeds (compobj.c test_CoMarshalInterface)")
    @WindowsFact(id = "N8", source = Source.WINE_COMPOBJ_TESTS, where = "test_CoMarshalInterface",
            expects = "ok(hr == STG_E_READFAULT, ...); ok_ole_success(hr, \"CoReleaseMarshalData\")")
    void releaseOfUnrewoundStreamFails() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        MarshalStream stream = host.createStream();
        host.coMarshalInterface(stream, IFoo, object, MarshalFlags.NORMAL);

        assertThat(host.coReleaseMarshalData(stream)).isEqualTo(HResult.STG_E_READFAULT);
        assertThat(object.home().stubs().get(0).extRefs()).isEqualTo(5);

        assertThat(releaseFromStart(host, stream)).isEqualTo(HResult.S_OK);
        assertThat(object.home().stubs()).isEmpty();
    }

    /** The exporting apartment's CoUninitialize releases the object under a proxy held elsewhere. */
    @Test
    @DisplayName("When the apartment that exported an object is uninitialized, COM releases the object although a "
            + "proxy to it is still held, and releasing that proxy later is harmless "
            + "(marshal.c test_marshal_stub_apartment_shutdown)")
    @WindowsFact(id = "N9", source = Source.WINE_MARSHAL_TESTS, where = "test_marshal_stub_apartment_shutdown",
            expects = "ok_no_locks()")
    void stubApartmentShutdownReleasesTheObject() {
        ComThread host = com.sta("host");
        ComThread client = com.mta("client");
        TestObject object = new TestObject(host);
        InterfacePointer proxy = handedOver(host, object, client);

        host.coUninitialize();

        assertThat(object.isDestroyed()).isTrue();
        assertThat(client.release(proxy)).isZero();
        assertThat(com.world.violations()).isEmpty();
    }

    /** The proxy's apartment's CoUninitialize gives the proxy's references back at once. */
    @Test
    @DisplayName("When the apartment holding a proxy is uninitialized, the proxy's references are given back at once, "
            + "calls through it fail with CO_E_OBJNOTCONNECTED, and its Release returns 0 "
            + "(marshal.c test_marshal_proxy_apartment_shutdown)")
    @WindowsFact(id = "N10", source = Source.WINE_MARSHAL_TESTS, where = "test_marshal_proxy_apartment_shutdown",
            expects = "ok(hr == CO_E_OBJNOTCONNECTED, ...); ok(!ref, ...)")
    void proxyApartmentShutdownGivesBackItsReferences() {
        ComThread host = com.mta("host");
        ComThread client = com.sta("client");
        TestObject object = new TestObject(host);
        InterfacePointer proxy = handedOver(host, object, client);

        client.coUninitialize();

        assertThat(object.isDestroyed()).isTrue();
        assertThat(client.call(proxy, "Ping").hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(client.release(proxy)).isZero();
    }

    /** The same holds for a proxy of the MTA, released when the MTA's last member leaves. */
    @Test
    @DisplayName("When the MTA holding a proxy loses its last member, the proxy's references are given back and "
            + "releasing the proxy later is harmless (marshal.c test_marshal_proxy_mta_apartment_shutdown)")
    @WindowsFact(id = "N11", source = Source.WINE_MARSHAL_TESTS, where = "test_marshal_proxy_mta_apartment_shutdown",
            expects = "ok_no_locks()")
    void mtaProxyApartmentShutdownGivesBackItsReferences() {
        ComThread host = com.sta("host");
        ComThread client = com.mta("client");
        TestObject object = new TestObject(host);
        InterfacePointer proxy = handedOver(host, object, client);

        client.coUninitialize();

        assertThat(object.isDestroyed()).isTrue();
        assertThat(client.release(proxy)).isZero();
        assertThat(com.world.violations()).isEmpty();
    }

    /** A packet nobody unmarshaled ends with its apartment. */
    @Test
    @DisplayName("Uninitializing the apartment that marshaled a NORMAL packet nobody unmarshaled releases the packet's "
            + "references on the object (marshal.c test_crash_couninitialize)")
    @WindowsFact(id = "N12", source = Source.WINE_MARSHAL_TESTS, where = "crash_couninitialize_proc",
            expects = "ok_no_locks()")
    void apartmentShutdownEndsPendingPacket() {
        ComThread host = com.sta("host");
        TestObject object = new TestObject(host);
        marshaled(host, object, MarshalFlags.NORMAL);
        host.release(object);

        host.coUninitialize();

        assertThat(object.isDestroyed()).isTrue();
        assertThat(com.world.packets().get(0).hasEnded()).isTrue();
        assertThat(com.world.violations()).isEmpty();
    }
}
