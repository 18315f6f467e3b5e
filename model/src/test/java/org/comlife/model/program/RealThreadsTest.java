package org.comlife.model.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.ProcessRole;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Real threads: started together after a program's start, joined with every failure kept. */
class RealThreadsTest {

    /** No thread a program starts runs before the program's start has returned. */
    @Test
    void threadsStartedByTheProgramWaitForItsStartToReturn() throws InterruptedException {
        ComWorld world = new ComWorld(RuntimeHelpers.reference());
        ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        RealThreads threads = new RealThreads();

        threads.startTogether(() -> {
            threads.start(process.newThread("first"), self -> order.add("first ran"));
            sleepBriefly();
            order.add("start returned");
        });
        threads.joinAll(10_000);

        assertThat(order).containsExactly("start returned", "first ran");
    }

    /**
     * A first thread that waits for a second one its program creates after it is not deadlocked:
     * the watchdog knows both before either runs (a false deadlock on real threads before).
     */
    @RepeatedTest(20)
    void aThreadWaitingForOneCreatedAfterItIsNotDeadlocked() throws InterruptedException {
        ComWorld world = new ComWorld(RuntimeHelpers.reference());
        ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
        ComEvent done = world.newEvent("done");
        List<HResult> waits = Collections.synchronizedList(new ArrayList<>());
        RealThreads threads = new RealThreads();

        threads.startTogether(() -> {
            threads.start(process.newThread("main"), self -> {
                self.coInitializeEx(ApartmentKind.STA);
                waits.add(self.waitForEventPumping(done));
                self.coUninitialize();
            });
            sleepBriefly();
            threads.start(process.newThread("worker"), self -> self.setEvent(done));
        });
        threads.joinAll(10_000);

        assertThat(waits).containsExactly(HResult.S_OK);
        assertThat(world.violations()).isEmpty();
    }

    /** A thread's failure is thrown by the join, naming the thread. */
    @Test
    void aFailedThreadFailsTheJoin() {
        ComWorld world = new ComWorld(RuntimeHelpers.reference());
        ComProcess process = world.newProcess("app", ProcessRole.CLIENT);
        RealThreads threads = new RealThreads();

        threads.startTogether(() -> threads.start(process.newThread("broken"), self -> {
            throw new IllegalStateException("boom");
        }));

        assertThatThrownBy(() -> threads.joinAll(10_000)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("thread broken of app failed").hasMessageContaining("boom");
    }

    /** Long enough for a thread started at once to have run: the first test fails without the hold. */
    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
