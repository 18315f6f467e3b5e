package org.comlife.checks.jpf;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.comlife.model.ComThread;
import org.comlife.model.SchedulingHook;

/**
 * The logical threads of a JPF run take turns one API step at a time, as under the exhaustive
 * explorer: a thread holds the turn from one scheduling point of the model (the end of an
 * outermost API call, or a wait inside the model) to its next, and every other logical thread
 * sleeps meanwhile, on a monitor of its own. This code runs inside JPF, with plain monitors.
 *
 * <p>At each scheduling point the thread holding the turn hands it to one of the threads that
 * {@linkplain ComThread#canProceed() can proceed} (itself included, between calls), and JPF
 * chooses which: the choice is JPF's {@code Verify.getInt}, called by reflection (comlife is
 * compiled against nothing of JPF's; outside JPF the first candidate is taken). A data choice is
 * exactly the branching wanted. Letting the candidates race for a lock instead would make JPF
 * interleave every loser's bookkeeping with the winner's step, which multiplied the states of the
 * examples by a hundred. Only the chosen thread is woken, so within a step nothing else runs.
 *
 * <p>When a thread ends and nobody can proceed, one of the sleepers is handed the turn anyway to
 * look again, so that the model's watchdog sees a deadlock of logical threads (invariant 6).
 *
 * <p>Races between two lock-guarded sections of one call are invisible at this granularity
 * ({@link JpfGranularity#API_STEP}); the finer granularities keep seeing them.
 */
final class JpfApiSteps implements SchedulingHook {
    private static final Method CHOICE = jpfChoice();

    /** One logical thread's place; {@code go} is guarded by the slot, {@code asleep} by the turns. */
    private static final class Slot {
        final ComThread thread;
        boolean asleep;
        boolean go;

        Slot(ComThread thread) {
            this.thread = thread;
        }
    }

    // Guarded by this.
    private final List<Slot> slots = new ArrayList<>();
    private ComThread running;
    private int started;
    private int arrived;

    /** Registers a logical thread before its Java thread starts. */
    synchronized void add(ComThread thread) {
        slots.add(new Slot(thread));
        started++;
    }

    /**
     * Waits until every thread added so far sleeps, waiting for a turn. The driver calls it before
     * the first turn is dealt; a thread that starts another mid-step calls it so that the new
     * thread's start does not interleave with its step.
     */
    synchronized void awaitArrivals() {
        while (arrived < started) {
            waitUninterrupted(this);
        }
    }

    /** Deals the first turn: to one of the threads that can proceed. */
    void dealFirstTurn() {
        awaitArrivals();
        hand(null, false);
    }

    /** The body of a started thread begins here: it sleeps until it is handed the turn. */
    void arrive(ComThread thread) {
        Slot slot;
        synchronized (this) {
            slot = slotOf(thread);
        }
        synchronized (slot) {
            synchronized (this) {
                slot.asleep = true;
                arrived++;
                notifyAll();
            }
            sleep(slot);
        }
    }

    @Override
    public void betweenCalls(ComThread thread) {
        hand(thread, true);
    }

    @Override
    public void blocked(ComThread thread) {
        hand(thread, true);
    }

    /** The thread's body has ended (it is terminated): it hands the turn on for good. */
    void end(ComThread thread) {
        hand(thread, false);
    }

    /**
     * Hands the turn from {@code giver} (null: nobody holds it yet) to a thread JPF chooses among
     * those that can proceed, the giver included if it is {@code staying}; the giver sleeps until
     * it gets the turn back. A thread not added here runs freely.
     */
    private void hand(ComThread giver, boolean staying) {
        Slot own;
        Slot chosen;
        synchronized (this) {
            own = giver == null ? null : slotOf(giver);
            if (giver != null && (own == null || running != giver)) {
                return; // not a thread of this run's turns (a runtime context), or not its turn
            }
            List<Slot> candidates = new ArrayList<>();
            for (Slot slot : slots) {
                if (slot == own ? staying && giver.canProceed() : slot.asleep && slot.thread.canProceed()) {
                    candidates.add(slot);
                }
            }
            if (candidates.isEmpty()) {
                for (Slot slot : slots) { // nobody can proceed: let a sleeper look again
                    if (slot != own && slot.asleep) {
                        candidates.add(slot);
                    }
                }
            }
            if (candidates.isEmpty()) {
                return; // nobody else is left: the giver keeps the turn (and looks again)
            }
            chosen = candidates.get(choose(candidates.size()));
            running = chosen.thread;
            if (chosen == own) {
                return;
            }
            chosen.asleep = false;
            if (own != null && staying) {
                own.asleep = true;
            }
        }
        if (own != null && staying) {
            synchronized (own) { // wake the chosen one while holding our own slot, then sleep on it
                wake(chosen);
                sleep(own);
            }
        } else {
            wake(chosen);
        }
    }

    private static void wake(Slot chosen) {
        synchronized (chosen) {
            chosen.go = true;
            chosen.notifyAll();
        }
    }

    /** Called holding the slot's monitor: returns once the slot's thread has been handed the turn. */
    private static void sleep(Slot slot) {
        while (!slot.go) {
            waitUninterrupted(slot);
        }
        slot.go = false;
    }

    private Slot slotOf(ComThread thread) {
        for (Slot slot : slots) {
            if (slot.thread == thread) {
                return slot;
            }
        }
        return null;
    }

    /** JPF's choice of a number in [0, n): a data choice point; 0 outside JPF. */
    private static int choose(int n) {
        if (n == 1 || CHOICE == null) {
            return 0;
        }
        try {
            return (Integer) CHOICE.invoke(null, 0, n - 1);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("JPF's Verify.getInt failed: " + failed, failed);
        }
    }

    private static Method jpfChoice() {
        try {
            return Class.forName("gov.nasa.jpf.vm.Verify").getMethod("getInt", int.class, int.class);
        } catch (ReflectiveOperationException notUnderJpf) {
            return null;
        }
    }

    private static void waitUninterrupted(Object monitor) {
        try {
            monitor.wait();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a turn");
        }
    }
}
