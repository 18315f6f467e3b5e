package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.model.runtime.ReferenceMarshaler;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * Invariant 11: a destroyed object is never used again without the sanitizer saying so, and no
 * use brings it back. Every way an API call can reach an object directly is tried on one whose
 * count reached 0.
 */
class ObjectLifetimeTest {
    private final ComWorld world = new ComWorld();
    private final ComThread main = world.newProcess("app", ProcessRole.CLIENT).newThread("main");

    private EchoObject destroyed() {
        main.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(main);
        assertThat(main.release(object)).isZero();
        assertThat(object.isDestroyed()).isTrue();
        return object;
    }

    private List<Invariant> invariants() {
        return world.violations().stream().map(v -> v.invariant()).toList();
    }

    /** AddRef and Release of a destroyed object answer 0, record invariant 11 each, and leave it destroyed. */
    @Test
    void addRefAndReleaseDoNotResurrect() {
        EchoObject object = destroyed();

        assertThat(main.addRef(object)).isZero();
        assertThat(main.release(object)).isZero();

        assertThat(object.refCount()).isZero();
        assertThat(invariants()).containsExactly(Invariant.OBJECT_LIFETIME, Invariant.OBJECT_LIFETIME);
    }

    /** QueryInterface, a call, a marshal, a lock and a disconnect of a destroyed object each record invariant 11 and fail. */
    @Test
    void everyUseIsReported() {
        EchoObject object = destroyed();
        MarshalStream stream = main.createStream();

        assertThat(main.queryInterface(object, EchoObject.IEcho).hr()).isEqualTo(HResult.E_UNEXPECTED);
        assertThat(main.call(object, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.NORMAL))
                .isEqualTo(HResult.CO_E_OBJNOTCONNECTED);
        assertThat(main.coLockObjectExternal(object, true, true)).isEqualTo(HResult.E_UNEXPECTED);
        assertThat(main.coDisconnectObject(object)).isEqualTo(HResult.E_UNEXPECTED);

        assertThat(invariants()).hasSize(5).containsOnly(Invariant.OBJECT_LIFETIME);
        assertThat(object.refCount()).isZero();
        assertThat(object.calls()).isZero();
        assertThat(stream.packets()).isEmpty();
    }

    /** A marshaler that brings a destroyed object back with its own AddRef is caught by the object itself. */
    @Test
    void resurrectingMarshalerIsCaught() {
        ComWorld faulty = new ComWorld(RuntimeHelpers.reference().withMarshaler("resurrecting", () ->
                new ReferenceMarshaler() {
                    @Override
                    public ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid) {
                        packet.stub().object().addRef(caller);
                        return ComResult.ok(packet.stub().object());
                    }
                }));
        ComProcess process = faulty.newProcess("app", ProcessRole.CLIENT);
        ComThread host = process.newThread("host");
        host.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(host);
        MarshalStream stream = host.createStream();
        host.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLEWEAK);
        host.rewindStream(stream);
        host.coReleaseMarshalData(stream);
        host.release(object);
        assertThat(object.isDestroyed()).isTrue();

        host.rewindStream(stream);
        host.coUnmarshalInterface(stream, EchoObject.IEcho);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(faulty.violations()).extracting(v -> v.invariant()).containsExactly(Invariant.OBJECT_LIFETIME);
    }

    /** The reference marshaler never reaches the destroyed object of an outstanding TABLEWEAK packet. */
    @Test
    void referenceMarshalerRefusesTheDeadPacket() {
        main.coInitializeEx(ApartmentKind.MTA);
        EchoObject object = new EchoObject(main);
        MarshalStream stream = main.createStream();
        main.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLEWEAK);
        StubManager stub = object.home().stubs().get(0);
        main.rewindStream(stream);
        main.coReleaseMarshalData(stream);
        main.release(object);

        main.rewindStream(stream);
        assertThat(main.coUnmarshalInterface(stream, EchoObject.IEcho).hr()).isEqualTo(HResult.CO_E_OBJNOTREG);

        assertThat(stub.isDisconnected()).isTrue();
        assertThat(stub.referenceObject(main)).isFalse();
        assertThat(stub.addExternal(main, 1)).isFalse();
        assertThat(world.violations()).isEmpty();
    }
}
