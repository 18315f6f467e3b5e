package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import org.comlife.model.journal.PlainValue;
import org.comlife.model.snapshot.ApartmentSnapshot;
import org.comlife.model.snapshot.EventSnapshot;
import org.comlife.model.snapshot.ObjectSnapshot;
import org.comlife.model.snapshot.ThreadSnapshot;
import org.comlife.model.snapshot.WorldSnapshot;
import org.junit.jupiter.api.Test;

/**
 * What a snapshot holds beyond the COM entities: the state an explorer needs to tell apart two
 * moments that look alike (events, objects' own counts, what a blocked thread waits for, the
 * calls queued in an STA).
 */
class WorldSnapshotTest {
    /** How long the test waits for a caller on another Java thread to post its call and block. */
    private static final long CALL_POSTED_TIMEOUT_MILLIS = 5_000;
    /** How often the test looks whether the call has been posted. */
    private static final long POLL_INTERVAL_MILLIS = 1;

    private final ComWorld world = new ComWorld();
    private final ComProcess process = world.newProcess("app", ProcessRole.CLIENT);

    /** An event's signaled state is in the snapshot, so a set event and an unset one are different states. */
    @Test
    void eventsAndWhetherTheyAreSignaledAreInTheSnapshot() {
        ComEvent event = world.newEvent("ready");
        assertThat(WorldSnapshot.of(world).events()).containsExactly(new EventSnapshot("ready", false));

        event.set();

        assertThat(WorldSnapshot.of(world).events()).containsExactly(new EventSnapshot("ready", true));
    }

    /** A live object shows with its own reference count; a destroyed one is gone from the snapshot. */
    @Test
    void liveObjectsShowWithTheirCountsAndDestroyedOnesVanish() {
        ComThread main = process.newThread("main");
        main.coInitializeEx(ApartmentKind.STA);
        EchoObject object = new EchoObject(main);
        object.addRef(main);

        assertThat(WorldSnapshot.of(world).objects())
                .containsExactly(new ObjectSnapshot(EntityRef.of(object), object.name(), EntityRef.of(main.apartment()),
                        2));

        object.release(main);
        object.release(main);

        assertThat(WorldSnapshot.of(world).objects()).isEmpty();
    }

    /** A caller blocked in a call into an STA shows what it waits for, and the call shows in the STA's queue, until the owner pumps. */
    @Test
    void blockedCallerShowsItsCallAndTheQueueHoldsIt() throws Exception {
        ComThread main = process.newThread("main");
        ComThread background = process.newThread("background");
        main.coInitializeEx(ApartmentKind.STA);
        background.coInitializeEx(ApartmentKind.MTA);
        EchoObject site = new EchoObject(main);
        MarshalStream stream = main.coMarshalInterThreadInterfaceInStream(EchoObject.IEcho, site).value();
        InterfacePointer proxy = background.coGetInterfaceAndReleaseStream(stream, EchoObject.IEcho).value();

        try (JoinedThreads threads = new JoinedThreads()) {
            threads.start("background", () -> background.call(proxy, EchoObject.PING));
            awaitBlocked(background);

            WorldSnapshot waiting = WorldSnapshot.of(world);
            PlainValue ping = PlainValue.tuple(EchoObject.PING, new Object[0], site, "background");
            assertThat(thread(waiting, "background").waitingFor()).isEqualTo(PlainValue.tuple("reply", ping));
            assertThat(apartment(waiting, EntityRef.of(main.apartment())).queue()).containsExactly(ping);

            assertThat(main.pumpMessages()).isEqualTo(1);
            threads.joinAll();
        }

        WorldSnapshot after = WorldSnapshot.of(world);
        assertThat(thread(after, "background").waitingFor()).isNull();
        assertThat(apartment(after, EntityRef.of(main.apartment())).queue()).isEmpty();
    }

    private static void awaitBlocked(ComThread caller) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CALL_POSTED_TIMEOUT_MILLIS);
        while (caller.waitMode() != WaitMode.BLOCKED_NOT_PUMPING) {
            if (System.nanoTime() > deadline) {
                fail(caller.name() + " did not block within " + CALL_POSTED_TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(POLL_INTERVAL_MILLIS);
        }
    }

    private static ThreadSnapshot thread(WorldSnapshot snapshot, String name) {
        return snapshot.threads().stream().filter(thread -> thread.name().equals(name)).findFirst().orElseThrow();
    }

    private static ApartmentSnapshot apartment(WorldSnapshot snapshot, EntityRef id) {
        return snapshot.processes().stream().flatMap(process -> process.apartments().stream())
                .filter(apartment -> apartment.id().equals(id)).findFirst().orElseThrow();
    }
}
