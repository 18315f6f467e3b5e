package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoMarshalInterThreadInterfaceInStream and CoGetInterfaceAndReleaseStream: the hand-off of the first source document. */
class InterThreadStreamTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("devenv", ProcessRole.CLIENT);
    private final ComThread main = process.newThread("main");
    private final ComThread background = process.newThread("background");
    private EchoObject site;

    @BeforeEach
    void setUp() {
        main.coInitializeEx(ApartmentKind.STA);
        site = new EchoObject(main);
    }

    /** The new stream has refCount 1, is rewound, and holds one NORMAL packet (5 references on the stub). */
    @Test
    void marshalCreatesRewoundStreamWithOneNormalPacket() {
        ComResult<MarshalStream> result = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        MarshalStream stream = result.value();
        assertThat(stream.refCount()).isEqualTo(1);
        assertThat(stream.position()).isZero();
        assertThat(stream.packets()).singleElement().satisfies(packet -> {
            assertThat(packet.flags()).isEqualTo(MarshalFlags.NORMAL);
            assertThat(packet.stub().object()).isSameAs(site);
            assertThat(packet.stub().extRefs()).isEqualTo(5);
        });
    }

    /** A null object answers E_INVALIDARG and no stream. */
    @Test
    void nullObjectIsInvalidArgAndNoStream() {
        ComResult<MarshalStream> result = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, null);

        assertThat(result.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(result.value()).isNull();
        assertThat(world.violations()).isEmpty();
    }

    /** A null IID answers E_INVALIDARG, no stream, and takes no reference on the object. */
    @Test
    void nullIidIsInvalidArgAndNoStream() {
        ComResult<MarshalStream> result = main.coMarshalInterThreadInterfaceInStream(null, site);

        assertThat(result.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(result.value()).isNull();
        assertThat(site.home().stubs()).isEmpty();
        assertThat(site.refCount()).isEqualTo(1);
    }

    /** A marshal that fails (thread without COM) returns no stream and leaves no stub behind. */
    @Test
    void failedMarshalReturnsNoStream() {
        ComThread idle = process.newThread("idle");

        ComResult<MarshalStream> result = idle.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(result.value()).isNull();
        assertThat(site.home().stubs()).isEmpty();
        assertThat(site.refCount()).isEqualTo(1);
    }

    /** The background thread gets a proxy bound to its apartment, and the stream is released (refCount 0). */
    @Test
    void getInterfaceUnmarshalsAndReleasesStream() {
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        background.coInitializeEx(ApartmentKind.MTA);

        ComResult<InterfacePointer> result = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isInstanceOf(Proxy.class);
        assertThat(((Proxy) result.value()).clientApartment()).isSameAs(background.apartment());
        assertThat(stream.refCount()).isZero();
        assertThat(stream.isReleased()).isTrue();
        assertThat(world.violations()).isEmpty();
    }

    /** In the object's own apartment the hand-off gives the raw object and still releases the stream. */
    @Test
    void getInterfaceInSameApartmentGivesRawObject() {
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();

        ComResult<InterfacePointer> result = main.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(result.value()).isSameAs(site);
        assertThat(stream.refCount()).isZero();
    }

    /** The stream is released once, not freed: a stream with an extra reference is left with refCount 1. */
    @Test
    void getInterfaceReleasesOnce() {
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        assertThat(main.addRefStream(stream)).isEqualTo(2);
        background.coInitializeEx(ApartmentKind.MTA);

        background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(stream.refCount()).isEqualTo(1);
    }

    /** When the unmarshal fails with CO_E_NOTINITIALIZED the stream is released anyway (and the packet's references leak). */
    @Test
    void getInterfaceReleasesStreamWhenNotInitialized() {
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        StubManager stub = stream.packets().get(0).stub();

        ComResult<InterfacePointer> result = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(result.value()).isNull();
        assertThat(stream.refCount()).isZero();
        assertThat(stub.extRefs()).as("the uninitialized-thread bug leaks the packet's references").isEqualTo(5);
    }

    /** When the unmarshal fails with STG_E_READFAULT (stream not rewound) the stream is released anyway. */
    @Test
    void getInterfaceReleasesStreamOnReadFault() {
        MarshalStream stream = main.createStream();
        main.coMarshalInterface(stream, EchoObject.IEcho, site, MarshalFlags.NORMAL);
        background.coInitializeEx(ApartmentKind.MTA);

        ComResult<InterfacePointer> result = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.STG_E_READFAULT);
        assertThat(stream.refCount()).isZero();
    }

    /** When the unmarshal fails because of a null IID the stream is released anyway. */
    @Test
    void getInterfaceReleasesStreamOnNullIid() {
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        background.coInitializeEx(ApartmentKind.MTA);

        assertThat(background.coGetInterfaceAndReleaseStream(stream, null).hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(stream.refCount()).isZero();
    }

    /** A null stream answers E_INVALIDARG and records nothing. */
    @Test
    void nullStreamIsInvalidArg() {
        background.coInitializeEx(ApartmentKind.MTA);

        ComResult<InterfacePointer> result = background.coGetInterfaceAndReleaseStream(null, EchoObject.IEcho);

        assertThat(result.hr()).isEqualTo(HResult.E_INVALIDARG);
        assertThat(result.value()).isNull();
        assertThat(world.violations()).isEmpty();
    }
}
