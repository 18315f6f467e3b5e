package org.comlife.checks.jpf.program;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.schedule.ThreadStatus;
import org.comlife.checks.jpf.host.JpfGranularity;
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
 * interleave every loser's bookkeeping with the winner's step, multiplying the states (checks/JPF.md
 * has by how much). Only the chosen thread is woken, so within a step nothing else runs.
 *
 * <p>When a thread ends and nobody can proceed, one of the sleepers is handed the turn anyway to
 * look again, so that the model's watchdog sees a deadlock of logical threads (invariant 6).
 *
 * <p>With a {@link JpfProgramState} ({@link JpfGranularity#PROGRAM_STATE}), every state a turn
 * is handed in is checked against the invariants, and JPF matches the states it chooses in on
 * the program's state. Each thread's {@link ThreadStatus} is kept for it: between calls, blocked,
 * done or failed, as under the exhaustive explorer.
 *
 * <p>Races between two lock-guarded sections of one call are invisible at this granularity
 * ({@link JpfGranularity#API_STEP}); the finer granularities keep seeing them.
 */
final class JpfApiSteps implements SchedulingHook {
    private static final Method CHOICE = jpfMethod("getInt", int.class, int.class);
    /**
     * JPF's {@code Verify.breakTransition(String, int, int)}: a choice among the given numbers that
     * JPF makes even for one ({@code getInt} makes none), so JPF stores and matches the state here.
     */
    private static final Method BREAK = jpfMethod("breakTransition", String.class, int.class, int.class);

    /** One logical thread's place; {@code go} is guarded by the slot, the rest by the turns. */
    private static final class Slot {
        final ComThread thread;
        boolean asleep;
        boolean go;
        ThreadStatus status = ThreadStatus.BETWEEN_CALLS;
        /** Written with {@code go}: the monitor the giver holds until it can no longer run, or null. */
        Object giverMonitor;
        /** Written with {@code go}: the ending giver's Java thread, or null. */
        Thread endingGiver;
        /** The run has ended elsewhere: the slot's thread is to unwind instead of waiting for a turn. */
        boolean aborted;

        Slot(ComThread thread) {
            this.thread = thread;
        }
    }

    // Guarded by this.
    private final List<Slot> slots = new ArrayList<>();
    private ComThread running;
    private int started;
    private int arrived;
    /** Null when JPF matches states on its heap. */
    private final JpfProgramState programState;

    /** Turns whose states JPF matches on the program's state ({@code programState}), or on its heap (null). */
    JpfApiSteps(JpfProgramState programState) {
        this.programState = programState;
    }

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
    void awaitArrivals() {
        List<Slot> arrivedSlots;
        synchronized (this) {
            while (arrived < started) {
                waitUninterrupted(this);
            }
            arrivedSlots = new ArrayList<>(slots);
        }
        for (Slot slot : arrivedSlots) {
            synchronized (slot) {
                // A thread that has arrived holds its slot until it waits in it: taken, it sleeps.
            }
        }
    }

    /**
     * Deals the first turn: to one of the threads that can proceed. The driver calls it holding
     * {@code driverMonitor}, and waits in it next: the first thread starts once it does.
     */
    void dealFirstTurn(Object driverMonitor) {
        awaitArrivals();
        hand(null, null, driverMonitor);
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
        awaitHandOver(slot);
    }

    @Override
    public void betweenCalls(ComThread thread) {
        hand(thread, ThreadStatus.BETWEEN_CALLS, null);
    }

    @Override
    public void blocked(ComThread thread) {
        hand(thread, ThreadStatus.BLOCKED, null);
    }

    /** The thread's body has ended (it is terminated), by failing or not: it hands the turn on for good. */
    void end(ComThread thread, boolean failed) {
        hand(thread, failed ? ThreadStatus.FAILED : ThreadStatus.DONE, null);
    }

    /**
     * Hands the turn from {@code giver} (null: the driver, dealing the first turn while it holds
     * {@code driverMonitor}), whose status becomes {@code status}, to a thread JPF chooses among
     * those that can proceed, the giver included if it is staying (between calls or blocked); the
     * giver sleeps until it gets the turn back. A thread not added here runs freely.
     *
     * <p>The chosen thread starts its step only once the giver can no longer run (asleep in its
     * slot, ended, or the driver waiting in its monitor): otherwise JPF would interleave the
     * giver's last instructions with every instruction of the step, and the step's states would
     * be multiplied by the places the giver can be at.
     */
    private void hand(ComThread giver, ThreadStatus status, Object driverMonitor) {
        boolean staying = status == ThreadStatus.BETWEEN_CALLS || status == ThreadStatus.BLOCKED;
        Slot own;
        Slot chosen;
        synchronized (this) {
            own = giver == null ? null : slotOf(giver);
            if (giver != null && (own == null || running != giver)) {
                return; // not a thread of this run's turns (a runtime context), or not its turn
            }
            if (own != null) {
                own.status = status;
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
                if (programState != null && !staying) {
                    // The program's last state (every thread ended, or the rest can never run):
                    // one of its states too, stored and counted as the explorer counts it.
                    choose(candidates);
                }
                return; // nobody else is left: the giver keeps the turn (and looks again)
            }
            chosen = candidates.get(choose(candidates));
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
                wake(chosen, own, null);
                sleep(own);
            }
            awaitHandOver(own);
        } else if (own != null) {
            wake(chosen, null, Thread.currentThread()); // the giver's thread ends next
        } else {
            wake(chosen, driverMonitor, null);
        }
    }

    private static void wake(Slot chosen, Object giverMonitor, Thread endingGiver) {
        synchronized (chosen) {
            chosen.giverMonitor = giverMonitor;
            chosen.endingGiver = endingGiver;
            chosen.go = true;
            chosen.notifyAll();
        }
    }

    /** Returns once the thread that handed {@code slot}'s thread the turn can no longer run. */
    private static void awaitHandOver(Slot slot) {
        Object giverMonitor;
        Thread endingGiver;
        synchronized (slot) {
            giverMonitor = slot.giverMonitor;
            endingGiver = slot.endingGiver;
        }
        if (giverMonitor != null) {
            synchronized (giverMonitor) {
                // The giver holds it until it waits in it: taken, the giver sleeps.
            }
        }
        if (endingGiver != null) {
            try {
                endingGiver.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a thread to end");
            }
        }
    }

    /** Called holding the slot's monitor: returns once the slot's thread has been handed the turn. */
    private static void sleep(Slot slot) {
        while (!slot.go) {
            if (slot.aborted) {
                throw new TurnsAborted();
            }
            waitUninterrupted(slot);
        }
        slot.go = false;
    }

    /**
     * Ends the run (invariants were found broken): every thread waiting for a turn unwinds with
     * {@link TurnsAborted}. At a scheduling point the model holds no lock, so nothing is left held.
     */
    void abort() {
        List<Slot> all;
        synchronized (this) {
            all = new ArrayList<>(slots);
        }
        for (Slot slot : all) {
            synchronized (slot) {
                slot.aborted = true;
                slot.notifyAll();
            }
        }
    }

    /** Thrown in a thread waiting for a turn when the run has ended elsewhere. */
    static final class TurnsAborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TurnsAborted() {
            super("the run ended elsewhere", null, false, false);
        }
    }

    /**
     * The candidate JPF chooses (0 outside JPF, and for one). Matching on the program's state, the
     * state is first checked and published, and JPF stores it even with one candidate or none: a
     * turn with one candidate is still one of the program's states.
     */
    private int choose(List<Slot> candidates) {
        int n = candidates.size();
        if (programState == null) {
            return n == 1 ? 0 : jpfChoice(n);
        }
        arriveInProgramState(candidates);
        try {
            if (n > 1) {
                return jpfChoice(n);
            }
            storeState();
            return 0;
        } finally {
            JpfProgramState.withdraw();
        }
    }

    private void arriveInProgramState(List<Slot> candidates) {
        List<ComThread> threads = new ArrayList<>();
        List<ThreadStatus> statuses = new ArrayList<>();
        for (Slot slot : slots) {
            threads.add(slot.thread);
            statuses.add(slot.status);
        }
        List<ComThread> choices = new ArrayList<>();
        for (Slot candidate : candidates) {
            choices.add(candidate.thread);
        }
        programState.arrive(threads, statuses, choices);
    }

    private Slot slotOf(ComThread thread) {
        for (Slot slot : slots) {
            if (slot.thread == thread) {
                return slot;
            }
        }
        return null;
    }

    /** JPF's choice of a number in [0, n): a data choice point, where JPF stores and matches the state; 0 outside JPF. */
    private static int jpfChoice(int n) {
        if (CHOICE == null) {
            return 0;
        }
        try {
            return (Integer) CHOICE.invoke(null, 0, n - 1);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("JPF's Verify.getInt failed: " + failed, failed);
        }
    }

    /** Ends JPF's transition here, so that JPF stores and matches the state; nothing outside JPF. */
    private static void storeState() {
        if (BREAK == null) {
            return;
        }
        try {
            BREAK.invoke(null, "comlife: a program state", 0, 0);
        } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("JPF's Verify.breakTransition failed: " + failed, failed);
        }
    }

    private static Method jpfMethod(String name, Class<?>... parameters) {
        try {
            return Class.forName("gov.nasa.jpf.vm.Verify").getMethod(name, parameters);
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
