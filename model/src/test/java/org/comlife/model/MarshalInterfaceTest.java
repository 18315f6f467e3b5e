package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CoMarshalInterface: the stub it creates and the references each flag takes. */
class MarshalInterfaceTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
    private final ComThread main = process.newThread("main");
    private EchoObject object;
    private MarshalStream stream;

    @BeforeEach
    void setUp() {
        main.coInitializeEx(ApartmentKind.STA);
        object = new EchoObject(main);
        stream = main.createStream();
    }

    private MarshalPacket onlyPacket() {
        assertThat(stream.packets()).hasSize(1);
        return stream.packets().get(0);
    }

    /** NORMAL answers S_OK, writes one packet carrying 5 public references, and adds 5 to the stub's extRefs. */
    @Test
    void normalAddsFiveStrongReferences() {
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL))
                .isEqualTo(HResult.S_OK);

        MarshalPacket packet = onlyPacket();
        assertThat(packet.flags()).isEqualTo(MarshalFlags.NORMAL);
        assertThat(packet.publicRefs()).isEqualTo(5);
        assertThat(packet.stub().object()).isSameAs(object);
        assertThat(packet.stub().extRefs()).isEqualTo(5);
        assertThat(packet.stub().weakRefs()).isZero();
        assertThat(object.home().stubs()).containsExactly(packet.stub());
        assertThat(object.refCount()).as("the stub holds the object").isEqualTo(2);
        assertThat(stream.position()).as("the stream advanced past the packet").isEqualTo(1);
    }

    /** TABLESTRONG answers S_OK and adds 1 to the stub's extRefs; the packet carries no public references. */
    @Test
    void tableStrongAddsOneStrongReference() {
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLESTRONG))
                .isEqualTo(HResult.S_OK);

        MarshalPacket packet = onlyPacket();
        assertThat(packet.flags()).isEqualTo(MarshalFlags.TABLESTRONG);
        assertThat(packet.publicRefs()).isZero();
        assertThat(packet.stub().extRefs()).isEqualTo(1);
        assertThat(packet.stub().weakRefs()).isZero();
        assertThat(object.refCount()).isEqualTo(2);
    }

    /**
     * TABLEWEAK answers S_OK and adds 1 to weakRefs only; the stub it creates holds the object
     * (as on Windows, until the packet is released or a strong reference comes and goes).
     */
    @Test
    void tableWeakAddsOneWeakReference() {
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLEWEAK))
                .isEqualTo(HResult.S_OK);

        MarshalPacket packet = onlyPacket();
        assertThat(packet.flags()).isEqualTo(MarshalFlags.TABLEWEAK);
        assertThat(packet.stub().weakRefs()).isEqualTo(1);
        assertThat(packet.stub().extRefs()).isZero();
        assertThat(object.refCount()).isEqualTo(2);
    }

    /** Marshaling the same object again reuses its one stub and adds the new references to it. */
    @Test
    void secondMarshalReusesStub() {
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL);
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLESTRONG);
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLEWEAK);

        assertThat(object.home().stubs()).hasSize(1);
        StubManager stub = object.home().stubs().get(0);
        assertThat(stub.extRefs()).isEqualTo(6);
        assertThat(stub.weakRefs()).isEqualTo(1);
        assertThat(stream.packets()).extracting(MarshalPacket::stub).containsOnly(stub);
    }

    /** A null object answers E_INVALIDARG: nothing is written and no stub is created. */
    @Test
    void nullObjectIsInvalidArg() {
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, null, MarshalFlags.NORMAL))
                .isEqualTo(HResult.E_INVALIDARG);

        assertThat(stream.packets()).isEmpty();
        assertThat(stream.position()).isZero();
        assertThat(object.home().stubs()).isEmpty();
        assertThat(world.violations()).isEmpty();
    }

    /** A null stream answers E_INVALIDARG and takes no reference on the object. */
    @Test
    void nullStreamIsInvalidArg() {
        assertThat(main.coMarshalInterface(null, EchoObject.IEcho, object, MarshalFlags.NORMAL))
                .isEqualTo(HResult.E_INVALIDARG);

        assertThat(object.home().stubs()).isEmpty();
        assertThat(object.refCount()).isEqualTo(1);
        assertThat(world.violations()).isEmpty();
    }

    /** A null IID or null flags answer E_INVALIDARG and change nothing. */
    @Test
    void nullIidOrFlagsIsInvalidArg() {
        assertThat(main.coMarshalInterface(stream, null, object, MarshalFlags.NORMAL))
                .isEqualTo(HResult.E_INVALIDARG);
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, null))
                .isEqualTo(HResult.E_INVALIDARG);

        assertThat(stream.packets()).isEmpty();
        assertThat(object.home().stubs()).isEmpty();
    }

    /** A thread without an apartment (and no MTA in its process) gets CO_E_NOTINITIALIZED; nothing is written. */
    @Test
    void uninitializedThreadIsNotInitialized() {
        ComThread idle = process.newThread("idle");

        assertThat(idle.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL))
                .isEqualTo(HResult.CO_E_NOTINITIALIZED);

        assertThat(stream.packets()).isEmpty();
        assertThat(object.home().stubs()).isEmpty();
        assertThat(object.refCount()).isEqualTo(1);
    }

    /** An interface the object does not implement answers E_NOINTERFACE and creates no stub. */
    @Test
    void unsupportedInterfaceIsNoInterface() {
        assertThat(main.coMarshalInterface(stream, new Iid("INotImplemented"), object, MarshalFlags.NORMAL))
                .isEqualTo(HResult.E_NOINTERFACE);

        assertThat(stream.packets()).isEmpty();
        assertThat(object.home().stubs()).isEmpty();
    }
}
