package org.comlife.checks.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A bounded run ends within its budget whatever the work does, names the threads still running
 * and where, and leaves none of them alive (JDK 17 still stops threads).
 */
class BoundedRunTest {
    private static final Duration BUDGET = Duration.ofMillis(300);
    private static final Object MONITOR = new Object();
    private static volatile long spins;

    /** Work that returns gives its value, and no straggler. */
    @Test
    void workThatEndsGivesItsValue() {
        BoundedRun.Outcome<Integer> outcome = BoundedRun.call("sum", BUDGET, () -> 1 + 2);
        assertThat(outcome).isEqualTo(new BoundedRun.Completed<>(3, outcome.millis(), java.util.List.of()));
    }

    /** Work that throws gives what it threw, errors included, and the caller goes on. */
    @Test
    void workThatThrowsGivesTheFailure() {
        BoundedRun.Outcome<Object> outcome = BoundedRun.call("overflow", BUDGET, () -> {
            throw new StackOverflowError("deep");
        });
        assertThat(outcome).isInstanceOf(BoundedRun.Failed.class);
        assertThat(((BoundedRun.Failed<Object>) outcome).failure()).hasMessage("deep");
    }

    /** A loop that never returns times out, is named with its frame, and is stopped. */
    @Test
    void aLoopTimesOutAndIsStopped() {
        AtomicReference<Thread> looping = new AtomicReference<>();
        BoundedRun.Outcome<Object> outcome = BoundedRun.call("spin", BUDGET, () -> {
            looping.set(Thread.currentThread());
            return spinForever();
        });
        assertThat(outcome).isInstanceOf(BoundedRun.TimedOut.class);
        assertThat(((BoundedRun.TimedOut<Object>) outcome).message())
                .contains("did not finish within 300 ms", "thread 'spin'", "BoundedRunTest.spinForever");
        assertThat(outcome.stragglers()).singleElement().matches(BoundedRun.Straggler::ended);
        assertThat(looping.get().isAlive()).isFalse();
        assertThat(outcome.millis()).isLessThan(BUDGET.toMillis() + 2 * BoundedRun.STOP_GRACE.toMillis() + 1_000);
    }

    /** Threads the work started join its group: a spinning child of a finished run is stopped too. */
    @Test
    void threadsLeftBehindByFinishedWorkAreStopped() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> child = new AtomicReference<>();
        BoundedRun.Outcome<String> outcome = BoundedRun.call("leaver", BUDGET, () -> {
            Thread thread = new Thread(() -> {
                started.countDown();
                spinForever();
            }, "left-behind");
            child.set(thread);
            thread.start();
            started.await();
            return "done";
        });
        assertThat(outcome).isInstanceOf(BoundedRun.Completed.class);
        assertThat(outcome.stragglers()).singleElement()
                .matches(straggler -> straggler.thread().equals("left-behind") && straggler.ended());
        assertThat(child.get().isDaemon()).isTrue();
        child.get().join(1_000);
        assertThat(child.get().isAlive()).isFalse();
    }

    /** A thread stopped while it holds a monitor releases it: the next run can take the monitor. */
    @Test
    void aStoppedThreadReleasesItsMonitors() {
        BoundedRun.Outcome<Object> holder = BoundedRun.call("holder", BUDGET, () -> {
            synchronized (MONITOR) {
                return spinForever();
            }
        });
        assertThat(holder).isInstanceOf(BoundedRun.TimedOut.class);
        BoundedRun.Outcome<String> next = BoundedRun.call("next", BUDGET, () -> {
            synchronized (MONITOR) {
                return "got it";
            }
        });
        assertThat(next).isInstanceOf(BoundedRun.Completed.class);
    }

    private static Object spinForever() {
        while (true) {
            spins++;
        }
    }
}
