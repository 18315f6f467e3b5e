package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CoLockObjectExternal and CoDisconnectObject where the model chooses (the Windows facts are in
 * the conformance suite): the calls are refused, and change nothing, for a proxy, an object of
 * another STA, a thread without COM, and an unlock nobody locked.
 */
class ExternalConnectionsTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
    private final ComThread owner = process.newThread("owner");
    private final EchoObject object;

    ExternalConnectionsTest() {
        owner.coInitializeEx(ApartmentKind.STA);
        object = new EchoObject(owner);
    }

    /** A proxy belongs to another process's object: both calls answer E_INVALIDARG and change nothing. */
    @Test
    void proxyIsRefused() {
        ComThread client = process.newThread("client");
        client.coInitializeEx(ApartmentKind.MTA);
        MarshalStream stream = owner.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object).value();
        InterfacePointer proxy = client.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();
        int extRefs = object.home().stubs().get(0).extRefs();

        assertThat(client.coLockObjectExternal(proxy, true, true)).isEqualTo(HResult.E_INVALIDARG);
        assertThat(client.coDisconnectObject(proxy)).isEqualTo(HResult.E_INVALIDARG);

        assertThat(object.home().stubs().get(0).extRefs()).isEqualTo(extRefs);
        assertThat(world.violations()).isEmpty();
    }

    /** An STA object locked or disconnected from another apartment is misuse of invariant 5, refused. */
    @Test
    void otherApartmentIsWrongThread() {
        ComThread other = process.newThread("other");
        other.coInitializeEx(ApartmentKind.STA);

        assertThat(other.coLockObjectExternal(object, true, true)).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(other.coDisconnectObject(object)).isEqualTo(HResult.RPC_E_WRONG_THREAD);

        assertThat(object.home().stubs()).isEmpty();
        assertThat(world.violations()).extracting(v -> v.invariant()).containsOnly(Invariant.APARTMENT_AFFINITY)
                .hasSize(2);
    }

    /** Without an apartment (and no MTA), both calls answer CO_E_NOTINITIALIZED. */
    @Test
    void threadWithoutComIsNotInitialized() {
        ComThread bare = process.newThread("bare");

        assertThat(bare.coLockObjectExternal(object, true, true)).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(bare.coDisconnectObject(object)).isEqualTo(HResult.CO_E_NOTINITIALIZED);
        assertThat(object.home().stubs()).isEmpty();
    }

    /** An unlock with no lock to give back leaves a weak packet's stub, and its object, as they were. */
    @Test
    void unbalancedUnlockChangesNothing() {
        MarshalStream stream = owner.createStream();
        owner.coMarshalInterface(stream, EchoObject.IEcho, object, MarshalFlags.TABLEWEAK);
        owner.release(object);

        assertThat(owner.coLockObjectExternal(object, false, true)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isFalse();
        assertThat(object.home().stubs()).hasSize(1);
        assertThat(object.home().stubs().get(0).weakRefs()).isEqualTo(1);
    }
}
