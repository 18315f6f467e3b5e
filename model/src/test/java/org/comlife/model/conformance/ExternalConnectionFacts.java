package org.comlife.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.model.conformance.ComSetup.marshaled;
import static org.comlife.model.conformance.ComSetup.releaseFromStart;
import static org.comlife.model.conformance.ComSetup.unmarshalFromStart;

import org.comlife.model.CallResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalStream;
import org.comlife.model.StubManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CoLockObjectExternal and CoDisconnectObject: an object's external connections, held and cut by its own process. */
@DisplayName("CoLockObjectExternal and CoDisconnectObject")
class ExternalConnectionFacts {
    private final ComSetup com = new ComSetup();
    private final ComThread host = com.sta("host");
    private final TestObject object = new TestObject(host);

    private StubManager stub() {
        return object.home().liveStubOf(object);
    }

    /** A lock creates the stub of an object never marshaled and holds it. */
    @Test
    @DisplayName("CoLockObjectExternal(TRUE) on an object that was never marshaled creates its stub manager and holds "
            + "a strong external reference on it (marshal.c test_lock_object_external)")
    @WindowsFact(id = "X1", source = Source.WINE_MARSHAL_TESTS, where = "test_lock_object_external",
            expects = "ok_more_than_one_lock(); ok_non_zero_external_conn()")
    void lockCreatesTheStub() {
        assertThat(host.coLockObjectExternal(object, true, true)).isEqualTo(HResult.S_OK);
        host.release(object);

        assertThat(stub()).isNotNull();
        assertThat(stub().extRefs()).isEqualTo(1);
        assertThat(object.isDestroyed()).isFalse();
    }

    /** Disconnecting drops every external reference, locks included. */
    @Test
    @DisplayName("CoDisconnectObject drops every external reference, CoLockObjectExternal locks and packets included, "
            + "releasing the object (marshal.c test_disconnect_stub)")
    @WindowsFact(id = "X2", source = Source.WINE_MARSHAL_TESTS, where = "test_disconnect_stub",
            expects = "ok_no_locks()")
    void disconnectDropsEverything() {
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.coLockObjectExternal(object, true, true);
        releaseFromStart(host, stream);
        host.release(object);
        assertThat(object.isDestroyed()).isFalse();

        assertThat(host.coDisconnectObject(object)).isEqualTo(HResult.S_OK);

        assertThat(object.isDestroyed()).isTrue();
        assertThat(object.home().stubs()).isEmpty();
    }

    /** Locks are counted with the packets' references; the last unlock that releases lets the object go. */
    @Test
    @DisplayName("With two CoLockObjectExternal locks and a NORMAL packet, releasing the packet and then the first lock "
            + "keep the object, and the second unlock releases it (marshal.c test_lock_object_external)")
    @WindowsFact(id = "X3", source = Source.WINE_MARSHAL_TESTS, where = "test_lock_object_external",
            expects = "ok_more_than_one_lock(); ... ok_no_locks(); ok_last_release_closes(TRUE)")
    void locksAndPacketsCountTogether() {
        host.coLockObjectExternal(object, true, true);
        MarshalStream stream = marshaled(host, object, MarshalFlags.NORMAL);
        host.coLockObjectExternal(object, true, true);
        host.release(object);

        releaseFromStart(host, stream);
        assertThat(object.isDestroyed()).isFalse();
        host.coLockObjectExternal(object, false, true);
        assertThat(object.isDestroyed()).isFalse();
        host.coLockObjectExternal(object, false, true);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** With only strong references, an unlock that does not ask to release still releases. */
    @Test
    @DisplayName("CoLockObjectExternal(FALSE) with fLastUnlockReleases FALSE still releases the object when only strong "
            + "references existed (marshal.c test_lock_object_external)")
    @WindowsFact(id = "X4", source = Source.WINE_MARSHAL_TESTS, where = "test_lock_object_external",
            expects = "ok_no_locks()")
    void unlockWithoutReleaseFlagAndOnlyStrong() {
        host.coLockObjectExternal(object, true, false);
        host.release(object);

        host.coLockObjectExternal(object, false, false);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** A weak packet keeps the object through such an unlock; disconnecting then releases it. */
    @Test
    @DisplayName("With a TABLEWEAK packet outstanding, unlocking with fLastUnlockReleases FALSE does not release the "
            + "object, and CoDisconnectObject then does (marshal.c test_lock_object_external)")
    @WindowsFact(id = "X5", source = Source.WINE_MARSHAL_TESTS, where = "test_lock_object_external",
            expects = "ok_more_than_one_lock(); ... ok_no_locks()")
    void weakPacketOutlivesAnUnlock() {
        marshaled(host, object, MarshalFlags.TABLEWEAK);
        host.coLockObjectExternal(object, true, false);
        host.release(object);

        host.coLockObjectExternal(object, false, false);
        assertThat(object.isDestroyed()).isFalse();
        host.coDisconnectObject(object);

        assertThat(object.isDestroyed()).isTrue();
    }

    /** Disconnecting inside a call to the object succeeds and the call still returns. */
    @Test
    @DisplayName("CoDisconnectObject may be called on an object from inside a COM call to that same object: it returns "
            + "S_OK and the call in flight still returns (marshal.c local_server_GetClassID)")
    @WindowsFact(id = "X6", source = Source.WINE_MARSHAL_TESTS, where = "local_server_GetClassID",
            expects = "ok(hr == S_OK, ...)")
    void disconnectInsideACall() {
        ComThread mtaHost = com.mta(com.server("server"), "server-main");
        TestObject served = new TestObject(mtaHost);
        ComThread client = com.sta("client");
        InterfacePointer proxy = unmarshalFromStart(client, marshaled(mtaHost, served, MarshalFlags.NORMAL));
        mtaHost.release(served);
        HResult[] inside = new HResult[1];

        CallResult result = client.call(proxy, "GetClassID", (TestObject.InCall) (executing, self) -> {
            inside[0] = executing.coDisconnectObject(self);
            return HResult.S_OK;
        });

        assertThat(inside[0]).isEqualTo(HResult.S_OK);
        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(served.isDestroyed()).isTrue();
        assertThat(client.call(proxy, "Ping").hr()).isEqualTo(HResult.RPC_E_DISCONNECTED);
        assertThat(client.release(proxy)).isZero();
    }

    /** NULL is refused. */
    @Test
    @DisplayName("CoDisconnectObject(NULL, 0) fails with E_INVALIDARG (marshal.c test_disconnect_stub)")
    @WindowsFact(id = "X7", source = Source.WINE_MARSHAL_TESTS, where = "test_disconnect_stub",
            expects = "ok( hr == E_INVALIDARG, ...)")
    void disconnectNull() {
        assertThat(host.coDisconnectObject(null)).isEqualTo(HResult.E_INVALIDARG);
    }

    /** An object without a stub has nothing to disconnect, and the call still answers S_OK. */
    @Test
    @DisplayName("CoDisconnectObject on a valid object that has no stub manager returns S_OK and does nothing "
            + "(combase CoDisconnectObject: native silently succeeds)")
    @WindowsFact(id = "X8", source = Source.WINE_COMBASE, where = "CoDisconnectObject",
            expects = "S_OK")
    void disconnectWithoutStub() {
        assertThat(host.coDisconnectObject(object)).isEqualTo(HResult.S_OK);
        assertThat(host.coLockObjectExternal(object, false, true)).as("an unlock without a lock likewise")
                .isEqualTo(HResult.S_OK);

        assertThat(object.refCount()).isEqualTo(1);
        assertThat(com.world.violations()).isEmpty();
    }
}
