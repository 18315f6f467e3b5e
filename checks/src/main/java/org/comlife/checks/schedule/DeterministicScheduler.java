package org.comlife.checks.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.SchedulingHook;
import org.comlife.model.program.Program;
import org.comlife.model.program.ThreadBody;
import org.comlife.model.program.ThreadStarter;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Runs a program's logical threads one at a time, choosing at every scheduling point which
 * runs next. Each logical thread has its own Java thread, so the program's code is the same as
 * on real threads, but only the thread holding the turn runs. Scheduling points are the end of
 * each API call and every wait inside the model (a reply, an event, a message, a launch): the
 * granularity of one API step.
 *
 * <p>A step is: the chosen thread runs until its next scheduling point. Enabled at a step are
 * the threads between calls and the blocked threads whose wait is over. The sequence of chosen
 * threads is the schedule; {@link ReplayChooser} replays it exactly.
 *
 * <p>The turn is one volatile field, {@code running}: the controller writes the chosen thread
 * into it and unparks that thread alone; the thread writes null into it at its next scheduling
 * point and unparks the controller. No lock is taken on this path: the explorers hand over the
 * turn millions of times, and a lock the two sides both want costs a sleep and a wake-up. Every
 * other field a thread writes during its turn (its status, a failure) is written before it
 * gives the turn back, so the controller, which reads them only while no thread holds the turn,
 * sees them through that one volatile write.
 */
public final class DeterministicScheduler implements SchedulingHook, ThreadStarter {
    /** How long a thread may run without reaching a scheduling point before the run is declared stuck. */
    public static final long STEP_TIMEOUT_MILLIS = 10_000;
    /**
     * How long the controller spins for a step to end before it sleeps until unparked, when it
     * is the only run going: spinning saves a sleep and a wake-up per step, which is most of a
     * step's cost, but it holds a core, so runs side by side do not spin.
     */
    private static final long SPIN_NANOS = 200_000;

    /** The logical threads in the order they were started; appended to during a turn, read between turns. */
    private final List<Slot> slots = new CopyOnWriteArrayList<>();
    /** The slot of each logical thread, looked up by the thread that reaches a scheduling point. */
    private final Map<ComThread, Slot> slotsByThread = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    /** The Java thread that runs {@link #control}; unparked whenever the turn comes back. */
    private final Thread controller;
    /** The thread holding the turn, or null while the controller holds it. */
    private volatile Slot running;
    private volatile boolean aborting;
    private final long spinNanos;
    /** How long a thread may run without reaching a scheduling point ({@link #STEP_TIMEOUT_MILLIS} unless chosen). */
    private final long stepTimeoutMillis;
    /** Blocked threads already given a turn to look again with nothing else able to run (once each). */
    private final Set<String> rechecked = new HashSet<>();
    /** The groups of threads the program declared interchangeable ({@code process/thread} names). */
    private final List<List<String>> interchangeable = new CopyOnWriteArrayList<>();
    /** Records what every step and every wait touches; null when nobody asked. */
    private final StepAccesses accesses;

    private DeterministicScheduler(Thread controller, long spinNanos, StepAccesses accesses, long stepTimeoutMillis) {
        this.controller = controller;
        this.spinNanos = spinNanos;
        this.accesses = accesses;
        this.stepTimeoutMillis = stepTimeoutMillis;
    }

    /**
     * Runs the program in a fresh world of the implementation, choosing with the chooser,
     * showing the observer every state, for at most {@code maxSteps} steps.
     */
    public static ScheduledRun run(Program program, RuntimeHelpers implementation, Chooser chooser,
                                   StepObserver observer, int maxSteps) {
        return run(program, implementation, chooser, observer, maxSteps, true);
    }

    /**
     * As {@link #run(Program, RuntimeHelpers, Chooser, StepObserver, int)}; {@code alone} false
     * when other runs go on side by side, so that the controller sleeps instead of spinning
     * while a step runs.
     */
    public static ScheduledRun run(Program program, RuntimeHelpers implementation, Chooser chooser,
                                   StepObserver observer, int maxSteps, boolean alone) {
        return run(program, implementation, chooser, observer, maxSteps, alone, null, STEP_TIMEOUT_MILLIS);
    }

    /**
     * As {@link #run(Program, RuntimeHelpers, Chooser, StepObserver, int, boolean)}, in a world
     * that reports its state accesses to {@code accesses} (null: none), which records what each
     * step and each wait touched: the observer and the chooser read it.
     */
    public static ScheduledRun run(Program program, RuntimeHelpers implementation, Chooser chooser,
                                   StepObserver observer, int maxSteps, boolean alone, StepAccesses accesses) {
        return run(program, implementation, chooser, observer, maxSteps, alone, accesses, STEP_TIMEOUT_MILLIS);
    }

    /**
     * As {@link #run(Program, RuntimeHelpers, Chooser, StepObserver, int, boolean)}, declaring the
     * run stuck when a thread runs {@code stepTimeoutMillis} without reaching a scheduling point:
     * a check with a short budget finds a program that loops or blocks outside the model sooner.
     */
    public static ScheduledRun run(Program program, RuntimeHelpers implementation, Chooser chooser,
                                   StepObserver observer, int maxSteps, boolean alone, long stepTimeoutMillis) {
        return run(program, implementation, chooser, observer, maxSteps, alone, null, stepTimeoutMillis);
    }

    /** Both: state accesses reported to {@code accesses} (null: none), and the step timeout given. */
    public static ScheduledRun run(Program program, RuntimeHelpers implementation, Chooser chooser, StepObserver observer,
                                   int maxSteps, boolean alone, StepAccesses accesses, long stepTimeoutMillis) {
        if (stepTimeoutMillis < 1) {
            throw new IllegalArgumentException("a step timeout must be at least 1 ms, got " + stepTimeoutMillis);
        }
        ComWorld world = accesses == null ? new ComWorld(implementation) : new ComWorld(implementation, accesses);
        DeterministicScheduler scheduler = new DeterministicScheduler(Thread.currentThread(), alone ? SPIN_NANOS : 0,
                accesses, stepTimeoutMillis);
        world.setSchedulingHook(scheduler);
        program.start(world, scheduler);
        return scheduler.control(world, chooser, observer, maxSteps);
    }

    // ---- the logical threads' side --------------------------------------------------------

    @Override
    public void start(ComThread self, ThreadBody body) {
        Slot slot = new Slot(self);
        Thread java = new Thread(() -> {
            ThreadStatus ending = ThreadStatus.DONE;
            boolean abandoned = false;
            try {
                awaitTurn(slot);
                body.run(self);
            } catch (RunAborted aborted) {
                // The controller ended the run; the thread unwinds and gives nothing back.
                abandoned = true;
            } catch (Throwable failure) {
                failures.add(self.process().name() + "/" + self.name() + ": " + failure);
                ending = ThreadStatus.FAILED;
            } finally {
                if (abandoned) {
                    self.abandon();
                } else {
                    self.terminate();
                }
                slot.status = ending;
                if (running == slot) {
                    giveBackTurn();
                }
            }
        }, "scheduled:" + self.process().name() + "/" + self.name());
        java.setDaemon(true);
        slot.java = java;
        slots.add(slot);
        slotsByThread.put(self, slot);
        java.start();
    }

    /**
     * Records a group of interchangeable threads (see {@link ThreadStarter#declareInterchangeable}).
     * Refused with an {@link IllegalArgumentException}: fewer than two threads, threads of
     * different processes, a thread named twice or already in a group.
     */
    @Override
    public void declareInterchangeable(ComThread... threads) {
        if (threads == null || threads.length < 2) {
            throw new IllegalArgumentException("interchangeable threads come two or more at a time");
        }
        List<String> names = new ArrayList<>();
        for (ComThread thread : threads) {
            if (thread == null || thread.process() != threads[0].process()) {
                throw new IllegalArgumentException("interchangeable threads belong to one process: "
                        + java.util.Arrays.toString(threads));
            }
            String name = thread.process().name() + "/" + thread.name();
            for (List<String> group : interchangeable) {
                if (group.contains(name)) {
                    throw new IllegalArgumentException(name + " is already declared interchangeable with " + group);
                }
            }
            if (names.contains(name)) {
                throw new IllegalArgumentException(name + " is named twice among interchangeable threads");
            }
            names.add(name);
        }
        interchangeable.add(List.copyOf(names));
    }

    @Override
    public void betweenCalls(ComThread thread) {
        park(thread, ThreadStatus.BETWEEN_CALLS);
    }

    @Override
    public void blocked(ComThread thread) {
        park(thread, ThreadStatus.BLOCKED);
    }

    private void park(ComThread thread, ThreadStatus status) {
        Slot slot = slotsByThread.get(thread);
        if (slot == null) {
            return; // a thread this scheduler did not start runs freely
        }
        slot.status = status;
        giveBackTurn();
        awaitTurn(slot);
    }

    /** Ends the running thread's turn: the write of null publishes everything it wrote before. */
    private void giveBackTurn() {
        running = null;
        LockSupport.unpark(controller);
    }

    private void awaitTurn(Slot slot) {
        // The controller writes running before it unparks, so a turn given before this thread
        // parks (or even before it started) is seen here and no wake-up is lost.
        while (running != slot) {
            if (aborting) {
                throw new RunAborted();
            }
            LockSupport.park(this);
            if (Thread.interrupted()) {
                throw new RunAborted();
            }
        }
        slot.status = ThreadStatus.RUNNING;
    }

    // ---- the controller's side ------------------------------------------------------------

    private ScheduledRun control(ComWorld world, Chooser chooser, StepObserver observer, int maxSteps) {
        List<String> schedule = new ArrayList<>();
        ScheduledRun.Ending ending;
        String detail = "";
        int step = 0;
        while (true) {
            String stuck = awaitParked();
            if (accesses != null && step > 0) {
                accesses.stepEnded();
            }
            if (stuck != null) {
                ending = ScheduledRun.Ending.STUCK;
                detail = stuck;
                break;
            }
            if (observer.stopBefore(step, world, () -> runState(world))) {
                ending = ScheduledRun.Ending.STOPPED;
                break;
            }
            List<Slot> enabled = enabled();
            if (enabled.isEmpty()) {
                String waiting = notDone();
                ending = waiting.isEmpty() ? ScheduledRun.Ending.COMPLETED : ScheduledRun.Ending.STUCK;
                detail = waiting.isEmpty() ? "" : "no thread can run, yet not finished: " + waiting;
                break;
            }
            if (step >= maxSteps) {
                ending = ScheduledRun.Ending.BOUND_REACHED;
                detail = "stopped after " + maxSteps + " steps";
                break;
            }
            List<String> names = new ArrayList<>();
            for (Slot slot : enabled) {
                names.add(slot.name());
            }
            Slot chosen;
            try {
                chosen = enabled.get(chooser.choose(names, step));
            } catch (ScheduleDiverged diverged) {
                ending = ScheduledRun.Ending.DIVERGED;
                detail = diverged.getMessage();
                break;
            }
            schedule.add(chosen.name());
            if (accesses != null) {
                accesses.stepBegins();
            }
            running = chosen;
            LockSupport.unpark(chosen.java);
            step++;
        }
        abortAndJoin();
        return new ScheduledRun(world, schedule, ending, detail, new ArrayList<>(failures));
    }

    /** Waits until no thread holds the turn; returns why not, when a thread never gave it back. */
    private String awaitParked() {
        // Most steps are one short API call: spinning briefly saves the controller a sleep and a
        // wake-up per step, which is most of a step's cost. Long steps fall back to the condition.
        long spinUntil = System.nanoTime() + spinNanos;
        while (running != null && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(stepTimeoutMillis);
        while (true) {
            Slot holder = running;
            if (holder == null) {
                return null;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return holder.name() + " ran " + stepTimeoutMillis
                        + " ms without reaching a scheduling point (blocked outside the model, or looping)";
            }
            LockSupport.parkNanos(this, left);
            if (Thread.currentThread().isInterrupted()) {
                return "the controller was interrupted";
            }
        }
    }

    /**
     * The threads that can run. When none can but some wait inside the model, the first of them
     * gets a turn to look again: on real threads a terminating thread wakes every waiter the
     * same way, and the model's watchdog then finds the deadlock (every thread waits, none can
     * go on) and records it.
     */
    private List<Slot> enabled() {
        List<Slot> enabled = new ArrayList<>();
        List<Slot> blocked = new ArrayList<>();
        if (accesses != null) {
            accesses.choiceBegins();
        }
        for (Slot slot : slots) {
            if (slot.status == ThreadStatus.BETWEEN_CALLS || (slot.status == ThreadStatus.BLOCKED && canProceed(slot))) {
                enabled.add(slot);
            } else if (slot.status == ThreadStatus.BLOCKED) {
                blocked.add(slot);
            }
        }
        if (enabled.isEmpty() && !blocked.isEmpty()) {
            blocked.sort(Comparator.comparing(Slot::name));
            if (rechecked.add(blocked.get(0).name() + "@" + blocked.size())) {
                if (accesses != null) {
                    accesses.markRecheck();
                }
                return List.of(blocked.get(0));
            }
        }
        enabled.sort(Comparator.comparing(Slot::name));
        return enabled;
    }

    /** Whether a blocked thread can go on; what deciding that reads is recorded when asked. */
    private boolean canProceed(Slot slot) {
        return accesses == null ? slot.thread.canProceed() : accesses.waitOf(slot.name(), slot.thread::canProceed);
    }

    private String notDone() {
        StringBuilder waiting = new StringBuilder();
        for (Slot slot : slots) {
            if (!slot.status.ended()) {
                waiting.append(waiting.length() == 0 ? "" : ", ").append(slot.name()).append(' ')
                        .append(slot.status.name().toLowerCase());
            }
        }
        return waiting.toString();
    }

    /** Where every logical thread is (the journal's entries given to the threads that made them). */
    private RunState runState(ComWorld world) {
        List<ComThread> threads = new ArrayList<>();
        List<ThreadStatus> statuses = new ArrayList<>();
        for (Slot slot : slots) {
            threads.add(slot.thread);
            statuses.add(slot.status);
        }
        return RunState.of(threads, statuses, world.journal().entries(), List.copyOf(interchangeable));
    }

    private void abortAndJoin() {
        aborting = true;
        running = null;
        for (Slot slot : slots) {
            LockSupport.unpark(slot.java);
        }
        for (Slot slot : slots) {
            try {
                slot.java.join(stepTimeoutMillis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A logical thread under this scheduler. */
    private static final class Slot {
        final ComThread thread;
        /** Written by the thread during its turn (or by the controller before), read between turns. */
        volatile ThreadStatus status = ThreadStatus.BETWEEN_CALLS;
        /** Set before the thread is started and before any other thread can see this slot. */
        volatile Thread java;

        Slot(ComThread thread) {
            this.thread = thread;
        }

        String name() {
            return thread.process().name() + "/" + thread.name();
        }
    }

    /** Unwinds a logical thread whose run the controller ended. */
    private static final class RunAborted extends RuntimeException {
        RunAborted() {
            super(null, null, false, false);
        }
    }
}
