package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.model.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * The end of a logical thread: {@link ComThread#terminate()} tears down what the thread did not
 * uninitialize, as Windows does at thread exit, inside the thread's last step (no scheduling point
 * of its own); {@link ComThread#abandon()}, for runs a harness stops, gives nothing back.
 */
class ThreadExitTest {
    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);

    /** An STA owner that ends initialized loses its apartment, and its objects' stubs go with it. */
    @Test
    void endingStaOwnerTearsItsApartmentDown() {
        ComThread owner = process.newThread("owner");
        owner.coInitializeEx(ApartmentKind.STA);
        Apartment sta = owner.apartment();
        EchoObject object = new EchoObject(owner);
        owner.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, object);
        owner.release(object);

        owner.terminate();

        assertThat(sta.isAlive()).isFalse();
        assertThat(object.isDestroyed()).isTrue();
        assertThat(owner.waitMode()).isEqualTo(WaitMode.TERMINATED);
        JournalEntry last = world.journal().entries().get(world.journal().size() - 1);
        assertThat(last.operation()).isEqualTo("ThreadExit");
        assertThat(world.violations()).isEmpty();
    }

    /** The teardown at thread exit is part of the thread's last step: it adds no scheduling point, even for nested calls. */
    @Test
    void threadExitIsNoSchedulingPoint() {
        CountingHook hook = new CountingHook();
        world.setSchedulingHook(hook);
        ComThread owner = process.newThread("owner");
        owner.coInitializeEx(ApartmentKind.STA);
        ComObject counted = new ComObject(owner, "Counted", new Iid("ICounted")) {
            @Override
            protected CallResult dispatch(ComThread executing, String method, Object[] arguments) {
                return CallResult.ok(null);
            }

            @Override
            protected void onFinalRelease(ComThread releasing) {
                releasing.coReleaseServerProcess();
            }
        };
        owner.coAddRefServerProcess();
        owner.coMarshalInterThreadInterfaceInStream(new Iid("ICounted"), counted);
        owner.release(counted);
        int points = hook.points.size();

        owner.terminate();

        assertThat(counted.isDestroyed()).isTrue();
        assertThat(hook.points).hasSize(points);
        assertThat(process.serverProcessCount().count()).isZero();
    }

    /** A thread that uninitialized, or never initialized, ends without any teardown or journal entry. */
    @Test
    void nothingToGiveBack() {
        ComThread done = process.newThread("done");
        done.coInitializeEx(ApartmentKind.MTA);
        done.coUninitialize();
        ComThread bare = process.newThread("bare");
        int entries = world.journal().size();

        done.terminate();
        bare.terminate();

        assertThat(world.journal().size()).isEqualTo(entries);
    }

    /** An MTA member's exit leaves the MTA alive while another member remains. */
    @Test
    void mtaLivesWhileAMemberRemains() {
        ComThread first = process.newThread("first");
        ComThread second = process.newThread("second");
        first.coInitializeEx(ApartmentKind.MTA);
        second.coInitializeEx(ApartmentKind.MTA);

        first.terminate();
        assertThat(process.mta()).isNotNull();
        second.terminate();

        assertThat(process.mta()).isNull();
    }

    /** An abandoned thread (a run stopped from outside) keeps everything it held. */
    @Test
    void abandonGivesNothingBack() {
        ComThread owner = process.newThread("owner");
        owner.coInitializeEx(ApartmentKind.STA);
        Apartment sta = owner.apartment();
        int entries = world.journal().size();

        owner.abandon();

        assertThat(sta.isAlive()).isTrue();
        assertThat(owner.waitMode()).isEqualTo(WaitMode.TERMINATED);
        assertThat(world.journal().size()).isEqualTo(entries);
    }
}
