package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.schedule.RunState;
import org.comlife.model.ComEvent;
import org.comlife.model.ComWorld;
import org.comlife.model.snapshot.WorldSnapshot;
import org.junit.jupiter.api.Test;

/** What the exhaustive explorer counts as one state: merges that are sound, and none that are not. */
class CanonicalStateTest {
    private static final WorldSnapshot EMPTY_WORLD = WorldSnapshot.of(new ComWorld());

    /** Two ended threads whose calls answered differently are the same state: an ended thread has no future. */
    @Test
    void endedThreadsHistoriesAreForgotten() {
        assertThat(text("DONE", "IUnknown::Release=0")).isEqualTo(text("DONE", "IUnknown::Release=1"));
    }

    /** A thread that failed never merges with one that ended cleanly, whatever its history. */
    @Test
    void failedThreadStaysApartFromEndedOne() {
        assertThat(text("FAILED", "IUnknown::Release=0")).isNotEqualTo(text("DONE", "IUnknown::Release=0"));
    }

    /** A running thread's history is its position: different answers are different states. */
    @Test
    void runningThreadsHistoryDistinguishesStates() {
        assertThat(text("BETWEEN_CALLS", "IUnknown::Release=0"))
                .isNotEqualTo(text("BETWEEN_CALLS", "IUnknown::Release=1"));
    }

    /** A registration's cookie is handed out in allocation order, so it is renamed like any id. */
    @Test
    void registrationCookiesAreRenamed() {
        assertThat(text("BETWEEN_CALLS", "CoRegisterClassObject=S_OK 7"))
                .isEqualTo(text("BETWEEN_CALLS", "CoRegisterClassObject=S_OK 9"))
                .contains("c=1");
    }

    /** A count is not an id: two different counts answered to a running thread stay two states. */
    @Test
    void countsAreNotRenamed() {
        assertThat(text("BETWEEN_CALLS", "CoAddRefServerProcess=2"))
                .isNotEqualTo(text("BETWEEN_CALLS", "CoAddRefServerProcess=3"));
    }

    /** Two stubs alike but for their object, made in either order, are one state: the order objects were made in is no part of it. */
    @Test
    void tiedEntitiesMadeInEitherOrderAreOneState() {
        List<String> threads = List.of("T client/client-b BETWEEN_CALLS [CoCreateInstance=S_OK proxy#1->obj#2]");
        String madeFirst = CanonicalState.canonical(threads, List.of(
                "S apartmentId=5 id=12 objectId=7 Sample ext=5", "S apartmentId=5 id=13 objectId=2 Sample ext=5",
                "X apartmentId=4 id=1 objectId=2 refs=1"));
        String madeSecond = CanonicalState.canonical(threads, List.of(
                "S apartmentId=5 id=12 objectId=2 Sample ext=5", "S apartmentId=5 id=13 objectId=7 Sample ext=5",
                "X apartmentId=4 id=1 objectId=2 refs=1"));

        assertThat(madeFirst).isEqualTo(madeSecond);
    }

    /** Renaming every id and listing the entities in another order gives the same text, when only trying every order of tied entities can find it. */
    @Test
    void renamedAndReorderedStateIsTheSameState() {
        List<String> state = List.of("X apartmentId=1 id=10 objectId=20 refs=1", "X apartmentId=1 id=11 objectId=21 refs=1",
                "S apartmentId=2 id=12 objectId=20 ext=1", "S apartmentId=2 id=13 objectId=21 ext=2",
                "A client id=1 MTA", "A server id=2 STA");
        List<String> renamed = List.of("A server id=8 STA", "S apartmentId=8 id=3 objectId=5 ext=2",
                "X apartmentId=9 id=4 objectId=5 refs=1", "X apartmentId=9 id=6 objectId=7 refs=1",
                "S apartmentId=8 id=2 objectId=7 ext=1", "A client id=9 MTA");

        assertThat(CanonicalState.canonical(List.of(), renamed)).isEqualTo(CanonicalState.canonical(List.of(), state));
    }

    /** Tied entities are never merged wrongly: which proxy's object has which count is part of the state. */
    @Test
    void tiesDoNotMergeDifferentStates() {
        List<String> threads = List.of("T client/client-a BETWEEN_CALLS [QueryInterface=S_OK proxy#10]");
        String first = CanonicalState.canonical(threads, List.of("X apartmentId=1 id=10 objectId=20 refs=1",
                "X apartmentId=1 id=11 objectId=21 refs=1", "S apartmentId=2 id=12 objectId=20 ext=1",
                "S apartmentId=2 id=13 objectId=21 ext=2"));
        String swapped = CanonicalState.canonical(threads, List.of("X apartmentId=1 id=10 objectId=20 refs=1",
                "X apartmentId=1 id=11 objectId=21 refs=1", "S apartmentId=2 id=12 objectId=20 ext=2",
                "S apartmentId=2 id=13 objectId=21 ext=1"));

        assertThat(first).isNotEqualTo(swapped);
    }

    /** Whether an event is signaled is part of the state: a thread waiting for it has a different future. */
    @Test
    void signaledEventIsAnotherState() {
        ComWorld world = new ComWorld();
        ComEvent event = world.newEvent("early-clients-done");
        RunState none = new RunState(List.of());
        String unset = CanonicalState.of(WorldSnapshot.of(world), none);

        event.set();

        assertThat(CanonicalState.of(WorldSnapshot.of(world), none)).isNotEqualTo(unset);
    }

    private static String text(String status, String result) {
        RunState threads = new RunState(List.of(new RunState.ThreadPosition("server", "server-main", status,
                List.of("CoInitializeEx=S_OK (0x00000000)", result))));
        return CanonicalState.of(EMPTY_WORLD, threads);
    }
}
