package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/**
 * Each journal entry names who on its thread made the call, so that an explorer can tell which
 * results a thread's code can still hold (a dispatched call's results go when it returns).
 */
class CallerOfEntryTest {

    /** Calls a server's object code makes while its STA dispatches an activation are made by that dispatched call, not by the server's own code. */
    @Test
    void callsOfDispatchedObjectCodeAreMadeByTheDispatchedCall() throws InterruptedException {
        ComWorld world = OutOfProcessServerExample.run(new ComWorld(), OutOfProcessServerExample.RUN_TIMEOUT_MILLIS);

        List<JournalEntry> serverMain = entriesOf(world, "widget-server-1", "server-main");
        JournalEntry loop = only(serverMain, "MessageLoop");
        assertThat(loop.caller()).as("the server's own code runs its message loop").isZero();
        List<JournalEntry> counted = serverMain.stream()
                .filter(entry -> entry.operation().equals("CoAddRefServerProcess")).toList();
        assertThat(counted).as("instances created on server-main count themselves").isNotEmpty();
        assertThat(counted).allSatisfy(entry -> assertThat(entry.caller()).isPositive());
        assertThat(counted.stream().map(JournalEntry::caller).distinct().count())
                .as("each activation is dispatched as a call of its own").isEqualTo(counted.size());
    }

    /** Once a thread's calls have all returned, it can see the results of its own code's calls only. */
    @Test
    void afterEveryCallReturnedOnlyTheThreadsOwnCallsAreVisible() throws InterruptedException {
        ComWorld world = OutOfProcessServerExample.run(new ComWorld(), OutOfProcessServerExample.RUN_TIMEOUT_MILLIS);

        ComThread serverMain = threadOf(world, "widget-server-1", "server-main");
        List<JournalEntry> entries = entriesOf(world, "widget-server-1", "server-main");
        assertThat(entries).as("calls of dispatched object code among server-main's entries")
                .anySatisfy(entry -> assertThat(entry.caller()).isPositive());
        for (JournalEntry entry : entries) {
            assertThat(serverMain.canSeeResultsOf(entry.caller())).as(entry.toString()).isEqualTo(entry.caller() == 0);
        }
    }

    private static List<JournalEntry> entriesOf(ComWorld world, String process, String thread) {
        return world.journal().entries().stream()
                .filter(entry -> entry.process().equals(process) && entry.thread().equals(thread)).toList();
    }

    private static JournalEntry only(List<JournalEntry> entries, String operation) {
        List<JournalEntry> found = entries.stream().filter(entry -> entry.operation().equals(operation)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static ComThread threadOf(ComWorld world, String process, String thread) {
        for (ComProcess candidate : world.processes()) {
            if (candidate.name().equals(process)) {
                for (ComThread each : candidate.threads()) {
                    if (each.name().equals(thread)) {
                        return each;
                    }
                }
            }
        }
        throw new AssertionError("no thread " + process + "/" + thread);
    }
}
