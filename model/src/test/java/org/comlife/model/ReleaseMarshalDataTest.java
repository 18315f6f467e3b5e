package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoReleaseMarshalData: what each kind of packet gives back, and its refusals. */
class ReleaseMarshalDataTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
    private final ComThread main = process.newThread("main");
    private final ComThread background = process.newThread("background");
    private EchoObject object;

    @BeforeEach
    void setUp() {
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        object = new EchoObject(main);
    }

    /** A fresh stream holding one packet of the object with these flags, rewound. */
    private MarshalStream marshaled(MarshalFlags flags) {
        MarshalStream stream = main.createStream();
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, flags)).isEqualTo(HResult.S_OK);
        main.rewindStream(stream);
        return stream;
    }

    private static StubManager stubOf(MarshalStream stream) {
        return stream.packets().get(0).stub();
    }

    /** Releasing a NORMAL packet answers S_OK and subtracts its 5 public references; the last ones disconnect the stub. */
    @Test
    void normalGivesBackPublicRefs() {
        MarshalStream stream = marshaled(MarshalFlags.NORMAL);
        StubManager stub = stubOf(stream);

        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.S_OK);

        assertThat(stub.extRefs()).isZero();
        assertThat(stub.isDisconnected()).isTrue();
        assertThat(object.refCount()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** Releasing one NORMAL packet takes only its own 5 references from a stub other packets also hold. */
    @Test
    void normalGivesBackOnlyItsOwnRefs() {
        MarshalStream first = marshaled(MarshalFlags.NORMAL);
        MarshalStream second = marshaled(MarshalFlags.NORMAL);
        StubManager stub = stubOf(first);
        assertThat(stub.extRefs()).isEqualTo(10);

        assertThat(main.coReleaseMarshalData(first)).isEqualTo(HResult.S_OK);

        assertThat(stub.extRefs()).isEqualTo(5);
        assertThat(stub.isDisconnected()).isFalse();
        assertThat(background.coUnmarshalInterface(second, EchoObject.IEcho).hr()).isEqualTo(HResult.S_OK);
    }

    /** Releasing a TABLESTRONG packet answers S_OK and subtracts 1, leaving the references of proxies made from it. */
    @Test
    void tableStrongGivesBackOne() {
        MarshalStream stream = marshaled(MarshalFlags.TABLESTRONG);
        StubManager stub = stubOf(stream);
        Proxy proxy = (Proxy) background.coUnmarshalInterface(stream, EchoObject.IEcho).value();
        main.rewindStream(stream);
        assertThat(stub.extRefs()).isEqualTo(2);

        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.S_OK);

        assertThat(stub.extRefs()).isEqualTo(1);
        assertThat(stub.isDisconnected()).isFalse();
        assertThat(proxy.isConnected()).isTrue();
        assertThat(object.refCount()).isEqualTo(2);
    }

    /** Releasing a TABLEWEAK packet answers S_OK and subtracts 1 from weakRefs. */
    @Test
    void tableWeakGivesBackOneWeak() {
        MarshalStream other = marshaled(MarshalFlags.TABLEWEAK);
        MarshalStream stream = marshaled(MarshalFlags.TABLEWEAK);
        StubManager stub = stubOf(stream);
        assertThat(stub.weakRefs()).isEqualTo(2);

        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.S_OK);

        assertThat(stub.weakRefs()).isEqualTo(1);
        assertThat(stub.extRefs()).isZero();
        assertThat(stubOf(other)).isSameAs(stub);
    }

    /** A stream not rewound after marshaling answers STG_E_READFAULT and the packet keeps its references. */
    @Test
    void notRewoundIsReadFault() {
        MarshalStream stream = main.createStream();
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL);
        StubManager stub = stubOf(stream);

        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.STG_E_READFAULT);

        assertThat(stub.extRefs()).isEqualTo(5);
        assertThat(stream.packets().get(0).isConsumed()).isFalse();
        main.rewindStream(stream);
        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.S_OK);
    }

    /** A packet whose stub was disconnected (its apartment died) answers RPC_E_INVALID_OBJREF. */
    @Test
    void disconnectedStubIsInvalidObjref() {
        MarshalStream stream = marshaled(MarshalFlags.NORMAL);
        StubManager stub = stubOf(stream);
        main.coUninitialize();

        assertThat(background.coReleaseMarshalData(stream)).isEqualTo(HResult.RPC_E_INVALID_OBJREF);

        assertThat(stub.extRefs()).isZero();
        assertThat(object.refCount()).isEqualTo(1);
    }

    /** Table marshal data released a second time answers RPC_E_INVALID_OBJREF and takes no reference of another packet. */
    @Test
    void tableDataReleasedTwiceIsInvalidObjref() {
        MarshalStream stream = marshaled(MarshalFlags.TABLESTRONG);
        marshaled(MarshalFlags.TABLESTRONG);
        StubManager stub = stubOf(stream);
        main.coReleaseMarshalData(stream);
        main.rewindStream(stream);

        assertThat(main.coReleaseMarshalData(stream)).isEqualTo(HResult.RPC_E_INVALID_OBJREF);

        assertThat(stub.extRefs()).isEqualTo(1);
        assertThat(stub.isDisconnected()).isFalse();
    }

    /** After a successful unmarshal of a NORMAL packet its marshal data cannot be released: it fails, records invariant 3 and leaves the proxy's references. */
    @Test
    void releaseAfterUnmarshalIsRefused() {
        MarshalStream stream = marshaled(MarshalFlags.NORMAL);
        StubManager stub = stubOf(stream);
        Proxy proxy = (Proxy) background.coUnmarshalInterface(stream, EchoObject.IEcho).value();
        main.rewindStream(stream);

        HResult hr = main.coReleaseMarshalData(stream);

        assertThat(hr.failed()).isTrue();
        assertThat(stub.extRefs()).isEqualTo(5);
        assertThat(proxy.isConnected()).isTrue();
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsExactly(3);
    }

    /** A null stream answers E_INVALIDARG. */
    @Test
    void nullStreamIsInvalidArg() {
        assertThat(main.coReleaseMarshalData(null)).isEqualTo(HResult.E_INVALIDARG);
        assertThat(world.violations()).isEmpty();
    }
}
