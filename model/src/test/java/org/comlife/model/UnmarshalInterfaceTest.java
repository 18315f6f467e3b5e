package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoUnmarshalInterface: raw object or proxy, and every refusal of the contract's row. */
class UnmarshalInterfaceTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
    private final ComThread main = process.newThread("main");
    private final ComThread background = process.newThread("background");
    private EchoObject object;
    private MarshalStream stream;

    @BeforeEach
    void setUp() {
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        object = new EchoObject(main);
        stream = main.createStream();
    }

    /** Marshals the object into the stream with these flags and rewinds it. */
    private StubManager marshal(MarshalFlags flags) {
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, flags)).isEqualTo(HResult.S_OK);
        main.rewindStream(stream);
        return stream.packets().get(0).stub();
    }

    /** In the object's own apartment a NORMAL packet unmarshals to the raw object and its 5 references are dropped. */
    @Test
    void sameApartmentGivesRawObjectAndDropsPacketRefs() {
        StubManager stub = marshal(MarshalFlags.NORMAL);

        ComResult<InterfacePointer> result = main.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isSameAs(object);
        assertThat(stub.extRefs()).isZero();
        assertThat(object.refCount()).as("the creator's reference and the unmarshaled one").isEqualTo(2);
        assertThat(stream.position()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** In another apartment a packet unmarshals to a proxy bound to the caller's apartment, which keeps the packet's references. */
    @Test
    void otherApartmentGivesProxyBoundToCaller() {
        StubManager stub = marshal(MarshalFlags.NORMAL);

        ComResult<InterfacePointer> result = background.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isInstanceOf(Proxy.class);
        Proxy proxy = (Proxy) result.value();
        assertThat(proxy.clientApartment()).isSameAs(background.apartment());
        assertThat(proxy.target()).isSameAs(object);
        assertThat(proxy.refCount()).isEqualTo(1);
        assertThat(proxy.remoteRefs()).isEqualTo(5);
        assertThat(stub.extRefs()).isEqualTo(5);
        assertThat(background.apartment().proxies()).containsExactly(proxy);
        assertThat(stream.position()).isEqualTo(1);
    }

    /** A TABLESTRONG packet unmarshals any number of times: one proxy per client apartment, one stub reference per unmarshal. */
    @Test
    void tableStrongUnmarshalsRepeatedly() {
        StubManager stub = marshal(MarshalFlags.TABLESTRONG);

        InterfacePointer first = background.coUnmarshalInterface(stream, EchoObject.IEcho).value();
        main.rewindStream(stream);
        InterfacePointer second = background.coUnmarshalInterface(stream, EchoObject.IEcho).value();
        main.rewindStream(stream);
        InterfacePointer local = main.coUnmarshalInterface(stream, EchoObject.IEcho).value();

        assertThat(first).isInstanceOf(Proxy.class).isSameAs(second);
        assertThat(((Proxy) first).refCount()).isEqualTo(2);
        assertThat(local).isSameAs(object);
        assertThat(stub.extRefs()).as("the table reference and the two of the proxy").isEqualTo(3);
        assertThat(world.violations()).isEmpty();
    }

    /** A TABLEWEAK packet that is still registered unmarshals to a proxy that takes a strong reference. */
    @Test
    void tableWeakUnmarshalsWhileRegistered() {
        StubManager stub = marshal(MarshalFlags.TABLEWEAK);

        ComResult<InterfacePointer> result = background.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isInstanceOf(Proxy.class);
        assertThat(stub.extRefs()).isEqualTo(1);
        assertThat(stub.weakRefs()).isEqualTo(1);
    }

    /** A null stream or a null IID answers E_INVALIDARG and leaves the packet for a later unmarshal. */
    @Test
    void nullArgumentsAreInvalidArg() {
        StubManager stub = marshal(MarshalFlags.NORMAL);

        assertThat(background.coUnmarshalInterface(null, EchoObject.IEcho).hr()).isEqualTo(HResult.E_INVALIDARG);
        ComResult<InterfacePointer> nullIid = background.coUnmarshalInterface(stream, null);
        assertThat(nullIid.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(nullIid.value()).isNull();

        assertThat(stream.position()).isZero();
        assertThat(stub.extRefs()).isEqualTo(5);
        assertThat(background.coUnmarshalInterface(stream, EchoObject.IEcho).hr()).isEqualTo(HResult.S_OK);
        assertThat(world.violations()).isEmpty();
    }

    /** At the end of the stream (not rewound after marshaling) the answer is STG_E_READFAULT and the packet is untouched. */
    @Test
    void endOfStreamIsReadFault() {
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL);
        MarshalPacket packet = stream.packets().get(0);

        ComResult<InterfacePointer> result = background.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.STG_E_READFAULT);
        assertThat(result.value()).isNull();
        assertThat(packet.isConsumed()).isFalse();
        assertThat(packet.stub().extRefs()).isEqualTo(5);
        assertThat(background.apartment().proxies()).isEmpty();
    }

    /** A thread without COM gets CO_E_NOTINITIALIZED and the packet stays available. */
    @Test
    void uninitializedThreadIsNotInitialized() {
        StubManager stub = marshal(MarshalFlags.NORMAL);
        background.coUninitialize();
        ComThread idle = process.newThread("idle");

        ComResult<InterfacePointer> result = idle.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(result.value()).isNull();
        assertThat(stream.packets().get(0).isConsumed()).isFalse();
        assertThat(stub.extRefs()).isEqualTo(5);
    }

    /** When the object's stub is gone (its apartment died) the answer is CO_E_OBJNOTCONNECTED and no proxy is made. */
    @Test
    void stubGoneIsObjNotConnected() {
        marshal(MarshalFlags.NORMAL);
        main.coUninitialize();

        ComResult<InterfacePointer> result = background.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(result.value()).isNull();
        assertThat(background.apartment().proxies()).isEmpty();
    }

    /** A NORMAL packet already unmarshaled answers CO_E_OBJNOTCONNECTED the second time (strict), recorded as invariant 3, and the first proxy keeps its references. */
    @Test
    void consumedNormalPacketIsObjNotConnected() {
        StubManager stub = marshal(MarshalFlags.NORMAL);
        Proxy proxy = (Proxy) background.coUnmarshalInterface(stream, EchoObject.IEcho).value();
        main.rewindStream(stream);

        ComResult<InterfacePointer> second = background.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(second.hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(second.value()).isNull();
        assertThat(proxy.refCount()).isEqualTo(1);
        assertThat(stub.extRefs()).isEqualTo(5);
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsExactly(3);
    }

    /** A NORMAL packet already unmarshaled in the object's own apartment also answers CO_E_OBJNOTCONNECTED the second time. */
    @Test
    void consumedNormalPacketInSameApartmentIsObjNotConnected() {
        marshal(MarshalFlags.NORMAL);
        main.coUnmarshalInterface(stream, EchoObject.IEcho);
        main.rewindStream(stream);

        assertThat(main.coUnmarshalInterface(stream, EchoObject.IEcho).hr()).isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(object.refCount()).isEqualTo(2);
    }

    /** A TABLEWEAK packet whose marshal data was released answers CO_E_OBJNOTREG. */
    @Test
    void releasedTableWeakIsObjNotReg() {
        marshal(MarshalFlags.TABLEWEAK);
        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.S_OK);
        main.rewindStream(stream);

        ComResult<InterfacePointer> result = background.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_OBJNOTREG);
        assertThat(result.value()).isNull();
        assertThat(background.apartment().proxies()).isEmpty();
        assertThat(object.refCount()).isEqualTo(1);
    }
}
