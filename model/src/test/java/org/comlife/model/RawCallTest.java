package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A raw (unmarshaled) pointer to an STA object is usable only on its owner thread. */
class RawCallTest {
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

    /** On its owner thread a raw STA object runs the call directly. */
    @Test
    void ownerThreadCallsDirectly() {
        CallResult result = main.call(site, EchoObject.PING);

        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value()).isEqualTo("Ping ran on main");
        assertThat(world.violations()).isEmpty();
    }

    /** From an MTA thread a raw STA object answers RPC_E_WRONG_THREAD and does not run the call. */
    @Test
    void mtaThreadIsWrongThread() {
        background.coInitializeEx(ApartmentKind.MTA);

        assertThat(background.call(site, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(site.calls()).isZero();
        assertThat(world.violations()).extracting(v -> v.invariant().number()).containsExactly(5);
    }

    /** From another STA a raw STA object answers RPC_E_WRONG_THREAD. */
    @Test
    void otherStaIsWrongThread() {
        background.coInitializeEx(ApartmentKind.STA);

        assertThat(background.call(site, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(site.calls()).isZero();
    }

    /** From a thread without COM a raw STA object answers RPC_E_WRONG_THREAD. */
    @Test
    void threadWithoutComIsWrongThread() {
        assertThat(background.call(site, EchoObject.PING).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(site.calls()).isZero();
    }

    /** QueryInterface on a raw STA object from another thread answers RPC_E_WRONG_THREAD and adds no reference. */
    @Test
    void queryInterfaceFromOtherThreadIsWrongThread() {
        background.coInitializeEx(ApartmentKind.MTA);

        assertThat(background.queryInterface(site, EchoObject.IEcho).hr()).isEqualTo(HResult.RPC_E_WRONG_THREAD);
        assertThat(site.refCount()).isEqualTo(1);
    }

    /** A raw pointer to an MTA object may be called from any thread of the MTA. */
    @Test
    void mtaObjectCallableFromAnyMtaThread() {
        ComThread creator = process.newThread("creator");
        creator.coInitializeEx(ApartmentKind.MTA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject shared = new EchoObject(creator);

        assertThat(background.call(shared, EchoObject.PING).hr()).isEqualTo(HResult.S_OK);
        assertThat(world.violations()).isEmpty();
    }
}
