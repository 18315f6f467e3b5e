package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.checks.schedule.RunState;
import org.comlife.checks.schedule.ThreadStatus;
import org.comlife.model.ComEvent;
import org.comlife.model.ComResult;
import org.comlife.model.ComWorld;
import org.comlife.model.EntityKind;
import org.comlife.model.EntityRef;
import org.comlife.model.HResult;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.journal.PlainValue;
import org.comlife.model.snapshot.WorldSnapshot;
import org.junit.jupiter.api.Test;

/** What the exhaustive explorer counts as one state: merges that are sound, and none that are not. */
class CanonicalStateTest {
    private static final WorldSnapshot EMPTY_WORLD = WorldSnapshot.of(new ComWorld());

    /** Two ended threads whose calls answered differently are the same state: an ended thread has no future. */
    @Test
    void endedThreadsHistoriesAreForgotten() {
        assertThat(text(ThreadStatus.DONE, "IUnknown::Release", 0))
                .isEqualTo(text(ThreadStatus.DONE, "IUnknown::Release", 1));
    }

    /** A thread that failed never merges with one that ended cleanly, whatever its history. */
    @Test
    void failedThreadStaysApartFromEndedOne() {
        assertThat(text(ThreadStatus.FAILED, "IUnknown::Release", 0))
                .isNotEqualTo(text(ThreadStatus.DONE, "IUnknown::Release", 0));
    }

    /** A running thread's history is its position: different answers are different states. */
    @Test
    void runningThreadsHistoryDistinguishesStates() {
        assertThat(text(ThreadStatus.BETWEEN_CALLS, "IUnknown::Release", 0))
                .isNotEqualTo(text(ThreadStatus.BETWEEN_CALLS, "IUnknown::Release", 1));
    }

    /** A registration's cookie is handed out in allocation order, so it is renamed like any reference. */
    @Test
    void registrationCookiesAreRenamed() {
        assertThat(text(ThreadStatus.BETWEEN_CALLS, "CoRegisterClassObject", ComResult.ok(7)))
                .isEqualTo(text(ThreadStatus.BETWEEN_CALLS, "CoRegisterClassObject", ComResult.ok(9)))
                .contains("CLASS_REGISTRATION#1");
    }

    /** A count is not a reference: two different counts answered to a running thread stay two states. */
    @Test
    void countsAreNotRenamed() {
        assertThat(text(ThreadStatus.BETWEEN_CALLS, "CoAddRefServerProcess", 2))
                .isNotEqualTo(text(ThreadStatus.BETWEEN_CALLS, "CoAddRefServerProcess", 3));
    }

    /**
     * A number inside a text is never taken for a reference, however it is written: two objects
     * whose names differ only in digits after {@code #} or {@code id=} are two states.
     */
    @Test
    void numbersInsideTextsAreNotReferences() {
        List<StateLine> threads = List.of();
        String first = CanonicalState.canonical(threads, List.of(object(3, "widget#1 id=4 c=5")));
        String second = CanonicalState.canonical(threads, List.of(object(3, "widget#2 id=6 c=7")));

        assertThat(first).isNotEqualTo(second).contains("widget#1 id=4 c=5");
    }

    /** Two stubs alike but for their object, made in either order, are one state: the order entities were made in is no part of it. */
    @Test
    void tiedEntitiesMadeInEitherOrderAreOneState() {
        List<StateLine> threads = List.of(StateLine.tag('T').text("client").text("client-b")
                .constant(ThreadStatus.BETWEEN_CALLS).text("CoCreateInstance")
                .value(PlainValue.tuple(HResult.S_OK, ref(EntityKind.PROXY, 1), ref(EntityKind.OBJECT, 2))).build());
        String madeFirst = CanonicalState.canonical(threads, List.of(stub(5, 12, 7, 5), stub(5, 13, 2, 5),
                proxy(4, 1, 2, 1)));
        String madeSecond = CanonicalState.canonical(threads, List.of(stub(5, 12, 2, 5), stub(5, 13, 7, 5),
                proxy(4, 1, 2, 1)));

        assertThat(madeFirst).isEqualTo(madeSecond);
    }

    /** Renaming every reference and listing the entities in another order gives the same text, when only trying every order of tied entities can find it. */
    @Test
    void renamedAndReorderedStateIsTheSameState() {
        List<StateLine> state = List.of(proxy(1, 10, 20, 1), proxy(1, 11, 21, 1), stub(2, 12, 20, 1),
                stub(2, 13, 21, 2), apartment("client", 1), apartment("server", 2));
        List<StateLine> renamed = List.of(apartment("server", 8), stub(8, 3, 5, 2), proxy(9, 4, 5, 1),
                proxy(9, 6, 7, 1), stub(8, 2, 7, 1), apartment("client", 9));

        assertThat(CanonicalState.canonical(List.of(), renamed)).isEqualTo(CanonicalState.canonical(List.of(), state));
    }

    /** Tied entities are never merged wrongly: which proxy's object has which count is part of the state. */
    @Test
    void tiesDoNotMergeDifferentStates() {
        List<StateLine> threads = List.of(StateLine.tag('T').text("client").text("client-a")
                .constant(ThreadStatus.BETWEEN_CALLS).text("QueryInterface")
                .value(PlainValue.tuple(HResult.S_OK, ref(EntityKind.PROXY, 10))).build());
        String first = CanonicalState.canonical(threads, List.of(proxy(1, 10, 20, 1), proxy(1, 11, 21, 1),
                stub(2, 12, 20, 1), stub(2, 13, 21, 2)));
        String swapped = CanonicalState.canonical(threads, List.of(proxy(1, 10, 20, 1), proxy(1, 11, 21, 1),
                stub(2, 12, 20, 2), stub(2, 13, 21, 1)));

        assertThat(first).isNotEqualTo(swapped);
    }

    /** References of different kinds are different even with one number: a cookie 3 is not object 3. */
    @Test
    void kindsOfReferenceAreKeptApart() {
        StateLine sameNumber = StateLine.tag('Z').ref(ref(EntityKind.OBJECT, 3)).ref(ref(EntityKind.GIT_COOKIE, 3))
                .build();
        StateLine twoNumbers = StateLine.tag('Z').ref(ref(EntityKind.OBJECT, 3)).ref(ref(EntityKind.GIT_COOKIE, 4))
                .build();

        assertThat(CanonicalState.canonical(List.of(), List.of(sameNumber)))
                .isEqualTo(CanonicalState.canonical(List.of(), List.of(twoNumbers)));
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

    private static String text(ThreadStatus status, String operation, Object result) {
        RunState threads = new RunState(List.of(new RunState.ThreadPosition("server", "server-main", status,
                List.of(call("CoInitializeEx", HResult.S_OK), call(operation, result)))));
        return CanonicalState.of(EMPTY_WORLD, threads);
    }

    private static JournalEntry call(String operation, Object result) {
        return new JournalEntry(1, "server", "server-main", "none", operation, "", String.valueOf(result),
                PlainValue.answer(operation, result), 0);
    }

    private static EntityRef ref(EntityKind kind, int number) {
        return new EntityRef(kind, number);
    }

    private static StateLine object(int id, String name) {
        return StateLine.tag('O').ref(ref(EntityKind.OBJECT, id)).text(name).number(1).build();
    }

    private static StateLine apartment(String process, int id) {
        return StateLine.tag('A').text(process).ref(ref(EntityKind.APARTMENT, id)).build();
    }

    private static StateLine stub(int apartment, int id, int object, int extRefs) {
        return StateLine.tag('S').ref(ref(EntityKind.APARTMENT, apartment)).ref(ref(EntityKind.STUB, id))
                .ref(ref(EntityKind.OBJECT, object)).text("Sample").number(extRefs).build();
    }

    private static StateLine proxy(int apartment, int id, int object, int refs) {
        return StateLine.tag('X').ref(ref(EntityKind.APARTMENT, apartment)).ref(ref(EntityKind.PROXY, id))
                .ref(ref(EntityKind.OBJECT, object)).number(refs).build();
    }
}
