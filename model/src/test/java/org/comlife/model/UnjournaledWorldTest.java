package org.comlife.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.journal.Journal;
import org.comlife.model.journal.Violation;
import org.comlife.model.program.RealThreads;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * A world that keeps no journal, for model checkers that match whole heaps, behaves as any
 * world: only the record of calls and the step numbers are missing.
 */
class UnjournaledWorldTest {

    /** An unrecorded journal keeps nothing and numbers every step 0; a default journal records. */
    @Test
    void unrecordedJournalKeepsNothing() {
        Journal journal = Journal.unrecorded();

        assertThat(journal.record("p", "t", "a", "op", "args", "S_OK", 0)).isNull();
        assertThat(journal.isRecording()).isFalse();
        assertThat(journal.size()).isZero();
        assertThat(journal.entries()).isEmpty();
        assertThat(journal.nextStep()).isZero();
        assertThat(new ComWorld().journal().isRecording()).isTrue();
    }

    /** The VS package example runs the same without a journal: no entries, no violation. */
    @Test
    void exampleRunsWithoutJournal() throws InterruptedException {
        ComWorld world = VsPackageExample.run(ComWorld.withoutJournal(RuntimeHelpers.reference()),
                RealThreads.NO_TIMEOUT);

        assertThat(world.journal().size()).isZero();
        assertThat(world.violations()).isEmpty();
    }

    /** A world for heap-matching checkers keeps no list of the objects made; any other world lists the live ones. */
    @Test
    void objectsAreListedOnlyInAJournaledWorld() {
        ComWorld unjournaled = ComWorld.withoutJournal(RuntimeHelpers.reference());
        ComWorld journaled = new ComWorld();
        for (ComWorld world : List.of(unjournaled, journaled)) {
            ComThread main = world.newProcess("app", ProcessRole.CLIENT).newThread("main");
            main.coInitializeEx(ApartmentKind.STA);
            new EchoObject(main);
        }

        assertThat(unjournaled.liveObjects()).isEmpty();
        assertThat(journaled.liveObjects()).hasSize(1);
    }

    /** The sanitizer still reports misuse without a journal, at step 0. */
    @Test
    void violationsAreStillRecordedAtStepZero() throws InterruptedException {
        ComWorld world = VsPackageExample.runForeignPointer(ComWorld.withoutJournal(RuntimeHelpers.reference()),
                RealThreads.NO_TIMEOUT);

        assertThat(world.violations()).extracting(v -> v.invariant().number()).contains(5);
        assertThat(world.violations()).allSatisfy(violation -> {
            assertThat(violation.step()).isZero();
            assertThat(violation.toString()).startsWith("invariant " + violation.invariant().number() + " (");
        });
    }

    /** A server shuts down without a journal: its shutdown is committed although no step is numbered. */
    @Test
    void serverShutdownIsCommittedWithoutJournal() throws InterruptedException {
        ComWorld world = OutOfProcessServerExample.run(ComWorld.withoutJournal(RuntimeHelpers.reference()));

        assertThat(world.violations()).isEmpty();
        assertThat(world.processes()).filteredOn(process -> process.role() == ProcessRole.SERVER)
                .isNotEmpty()
                .allSatisfy(server -> {
                    assertThat(server.isExited()).isTrue();
                    assertThat(server.isShutdownCommitted()).isTrue();
                    assertThat(server.shutdownCommittedAt()).isZero();
                });
    }
}
