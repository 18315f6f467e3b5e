package org.comlife.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.comlife.model.journal.Journal;
import org.comlife.model.journal.Sanitizer;
import org.comlife.model.journal.Violation;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Everything one run of the model shares: its processes, the SCM, the journal of API calls,
 * the sanitizer's violations, and the monitor that every waiting logical thread waits on.
 *
 * <p>The world also watches for deadlock. Each logical thread tells it when it waits and what
 * for; when every thread that has not terminated is waiting and none of them can proceed,
 * the world records a violation of invariant 6 and fails every wait with E_UNEXPECTED, so
 * that a deadlocked run ends with a report instead of hanging. This assumes every actor of
 * the run is a {@link ComThread}: a thread that is done must {@link ComThread#terminate()}.
 */
public final class ComWorld {
    private final RuntimeHelpers helpers;
    @Untracked("history: the order calls returned in; each thread's own results are the explorer's to read")
    private final Journal journal;
    @Untracked("a violation ends the search of its branch; the order of violations is not state")
    private final Sanitizer sanitizer = new Sanitizer();
    private final Scm scm;
    private final List<ComProcess> processes = new ArrayList<>();
    private final List<ComThread> threads = new ArrayList<>();
    @Untracked("read only by snapshots, between steps")
    private final List<MarshalStream> streams = new ArrayList<>();
    @Untracked("read only by snapshots, between steps")
    private final List<MarshalPacket> packets = new ArrayList<>();
    @Untracked("read only by snapshots, between steps")
    private final List<ComEvent> events = new ArrayList<>();
    /**
     * Every COM object made in this world, destroyed ones too (see {@link #liveObjects}); not
     * kept in a world made for heap-matching checkers, where a list in allocation order would
     * make every order of independent creations a distinct heap.
     */
    @Untracked("read only by snapshots, between steps")
    private final List<ComObject> objects = new ArrayList<>();
    private final boolean listsObjects;
    @Untracked("entity numbers, which an explorer renames canonically: the order they are handed out in is not state")
    private int nextId = 1;
    private boolean deadlocked;
    @Untracked("installed before any thread starts")
    private volatile SchedulingHook schedulingHook;
    /** Told of every access to the model's state; null (nobody) unless an explorer asked. */
    private final StateAccess access;

    public ComWorld() {
        this(RuntimeHelpers.reference());
    }

    /** A world whose processes use these helper implementations. */
    public ComWorld(RuntimeHelpers helpers) {
        this(helpers, new Journal(), true, null);
    }

    /**
     * A world that tells {@code access} of every read and write of its state (see
     * {@link StateAccess}): how an explorer learns which steps commute.
     */
    public ComWorld(RuntimeHelpers helpers, StateAccess access) {
        this(helpers, new Journal(), true, access);
        if (access == null) {
            throw new IllegalArgumentException("a tracked world needs someone to tell: use new ComWorld(helpers)");
        }
    }

    private ComWorld(RuntimeHelpers helpers, Journal journal, boolean listsObjects, StateAccess access) {
        if (helpers == null) {
            throw new IllegalArgumentException("runtime helpers must not be null");
        }
        this.helpers = helpers;
        this.journal = journal;
        this.listsObjects = listsObjects;
        this.access = access;
        this.scm = new Scm(this);
    }

    /**
     * A world that keeps no journal ({@link Journal#unrecorded()}), for model checkers that
     * match states on the whole heap (Java PathFinder). The processes, apartments, references,
     * the sanitizer and the deadlock watchdog are the same as in any world; only the record of
     * calls is missing, which such a checker replaces with its own trace, and the list of every
     * object made ({@link #liveObjects} is empty), which its heap already holds. A recorded
     * journal would make every order of independent calls a distinct state.
     */
    public static ComWorld withoutJournal(RuntimeHelpers helpers) {
        return new ComWorld(helpers, Journal.unrecorded(), false, null);
    }

    public RuntimeHelpers helpers() {
        return helpers;
    }

    public Journal journal() {
        return journal;
    }

    public Sanitizer sanitizer() {
        return sanitizer;
    }

    public List<Violation> violations() {
        return sanitizer.violations();
    }

    public Scm scm() {
        return scm;
    }

    /** Starts a simulated process; its helpers come from this world's implementation. */
    public ComProcess newProcess(String name, ProcessRole role) {
        if (name == null || role == null) {
            throw new IllegalArgumentException("a process needs a name and a role");
        }
        ComProcess process = new ComProcess(this, name, role);
        synchronized (this) {
            write(this, StatePart.WORLD_PROCESSES);
            processes.add(process);
        }
        return process;
    }

    public synchronized List<ComProcess> processes() {
        read(this, StatePart.WORLD_PROCESSES);
        return new ArrayList<>(processes);
    }

    /** Every logical thread of the world that is not a runtime-internal context. */
    public synchronized List<ComThread> threads() {
        read(this, StatePart.WORLD_THREADS);
        return new ArrayList<>(threads);
    }

    /** A new thread exists: whoever will wait for it, or look at every thread, depends on this step. */
    synchronized void register(ComThread thread) {
        write(this, StatePart.WORLD_THREADS);
        write(thread, StatePart.THREAD_WAIT);
        threads.add(thread);
    }

    /** A new stream with one reference (CreateStreamOnHGlobal without the journal, for a runtime helper). */
    public synchronized MarshalStream newStream() {
        MarshalStream stream = new MarshalStream(this, nextId++);
        streams.add(stream);
        return stream;
    }

    synchronized void notePacket(MarshalPacket packet) {
        packets.add(packet);
    }

    /** Every stream created in this world, freed ones included. */
    public synchronized List<MarshalStream> streams() {
        return new ArrayList<>(streams);
    }

    /** Every marshal packet created in this world. */
    public synchronized List<MarshalPacket> packets() {
        return new ArrayList<>(packets);
    }

    /** A number unique in this world: object, apartment, stub, proxy, packet and stream ids. */
    public synchronized int nextId() {
        return nextId++;
    }

    /** A fresh non-zero cookie (class registrations, GIT entries). */
    public int newCookie() {
        return nextId();
    }

    /** A manual-reset event, not signaled, for programs of this world to signal each other. */
    public ComEvent newEvent(String name) {
        ComEvent event = new ComEvent(this, name == null ? "event" : name);
        synchronized (this) {
            events.add(event);
        }
        return event;
    }

    /** The events made in this world, in the order they were made. */
    public synchronized List<ComEvent> events() {
        return new ArrayList<>(events);
    }

    synchronized void noteObject(ComObject object) {
        if (listsObjects) {
            objects.add(object);
        }
    }

    /**
     * The COM objects of this world not yet destroyed, in the order they were made; none in a
     * world {@linkplain #withoutJournal made for heap-matching checkers}.
     */
    @Untracked("read only by snapshots, between steps")
    public List<ComObject> liveObjects() {
        List<ComObject> all;
        synchronized (this) {
            all = new ArrayList<>(objects);
        }
        List<ComObject> live = new ArrayList<>();
        for (ComObject object : all) {
            if (!object.isDestroyed()) {
                live.add(object);
            }
        }
        return live;
    }

    /**
     * Hands the choice of which logical thread runs to a deterministic scheduler (null: the
     * threads run freely, as on real hardware). Install it before any thread starts.
     */
    public void setSchedulingHook(SchedulingHook hook) {
        this.schedulingHook = hook;
    }

    /** The end of a thread's outermost API call: the scheduler, if any, may run another thread now. */
    void schedulingPoint(ComThread thread) {
        SchedulingHook hook = schedulingHook;
        if (hook != null) {
            hook.betweenCalls(thread);
        }
    }

    public synchronized boolean isDeadlocked() {
        read(this, StatePart.WORLD_DEADLOCK);
        return deadlocked;
    }

    /** Guarded by the world monitor. */
    boolean isDeadlockedLocked() {
        read(this, StatePart.WORLD_DEADLOCK);
        return deadlocked;
    }

    // ---- reporting accesses to the state (see StateAccess) ---------------------------------

    /** Reports a read of {@code part} of {@code entity}, if anyone asked. */
    void read(Object entity, StatePart part) {
        StateAccess told = access;
        if (told != null) {
            told.read(entity, part);
        }
    }

    /** Reports a write of {@code part} of {@code entity}, if anyone asked. */
    void write(Object entity, StatePart part) {
        StateAccess told = access;
        if (told != null) {
            told.write(entity, part);
        }
    }

    /** Stops reporting until {@link #resumeReports}: what follows reads no state (a journal's text). */
    void pauseReports() {
        StateAccess told = access;
        if (told != null) {
            told.pause();
        }
    }

    void resumeReports() {
        StateAccess told = access;
        if (told != null) {
            told.resume();
        }
    }

    /** Wakes every waiting thread so it re-reads its condition. */
    void signalAll() {
        synchronized (this) {
            notifyAll();
        }
    }

    /**
     * Blocks a logical thread until {@code ready} holds (read under the world monitor). A
     * thread that owns an STA dispatches its own queue while it waits, as COM's modal loop
     * does. Returns S_OK, or E_UNEXPECTED when the world found a deadlock or the Java thread
     * was interrupted.
     */
    HResult block(ComThread thread, BooleanSupplier ready, Object waitingFor) {
        Apartment sta = thread.ownedSta();
        return await(thread, ready, waitingFor, sta, sta != null ? WaitMode.PUMPING : WaitMode.BLOCKED_NOT_PUMPING);
    }

    /** Blocks without dispatching messages, even on an STA thread (WaitForSingleObject). */
    HResult blockWithoutPumping(ComThread thread, BooleanSupplier ready, Object waitingFor) {
        return await(thread, ready, waitingFor, null, WaitMode.BLOCKED_NOT_PUMPING);
    }

    private HResult await(ComThread thread, BooleanSupplier ready, Object waitingFor, Apartment sta,
                          WaitMode mode) {
        SchedulingHook hook = schedulingHook;
        while (true) {
            PostedCall next = null;
            synchronized (this) {
                if (ready.getAsBoolean()) {
                    thread.waitState().setLocked(WaitMode.RUNNING, null, null, null);
                    return HResult.S_OK;
                }
                if (sta != null) {
                    next = sta.pollLocked();
                }
                if (next == null) {
                    if (isDeadlockedLocked()) {
                        thread.waitState().setLocked(WaitMode.RUNNING, null, null, null);
                        return HResult.E_UNEXPECTED;
                    }
                    thread.waitState().setLocked(mode, ready, sta, waitingFor);
                    if (isEveryThreadStuckLocked()) {
                        write(this, StatePart.WORLD_ALL_STUCK);
                        write(this, StatePart.WORLD_DEADLOCK);
                        deadlocked = true;
                        sanitizer.record(Invariant.STA_DISPATCH, "deadlock: " + describeWaitsLocked(), thread.process().name(),
                                thread.name(), journal.nextStep());
                        notifyAll();
                        continue;
                    }
                    if (hook == null) {
                        try {
                            wait();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            thread.waitState().setLocked(WaitMode.RUNNING, null, null, null);
                            return HResult.E_UNEXPECTED;
                        }
                        continue;
                    }
                } else {
                    thread.waitState().setLocked(WaitMode.RUNNING, null, null, null);
                }
            }
            if (next == null) {
                // Under a deterministic scheduler the thread waits for its turn instead: it is
                // given one when what it waits for has happened (see ComThread.canProceed).
                hook.blocked(thread);
                continue;
            }
            sta.dispatch(next);
        }
    }

    /** The watchdog's question, reported as one read of {@link StatePart#WORLD_ALL_STUCK}. */
    private boolean isEveryThreadStuckLocked() {
        read(this, StatePart.WORLD_ALL_STUCK);
        pauseReports();
        try {
            for (ComThread other : threads) {
                if (!other.waitState().isStuckLocked()) {
                    return false;
                }
            }
            return true;
        } finally {
            resumeReports();
        }
    }

    /**
     * A thread has ended: when every thread is stuck now and some still waits, this step
     * answered the watchdog's question, which only matters to an explorer that asked for reports.
     */
    void noteEndedLocked() {
        if (access == null) {
            return;
        }
        pauseReports();
        boolean someoneWaits = false;
        boolean everyThreadStuck;
        try {
            everyThreadStuck = isEveryThreadStuckLocked();
            for (ComThread other : threads) {
                someoneWaits |= other.waitState().modeLocked() != WaitMode.TERMINATED;
            }
        } finally {
            resumeReports();
        }
        // When every thread has ended, no thread will ever ask again: nothing depends on the answer.
        if (everyThreadStuck && someoneWaits) {
            write(this, StatePart.WORLD_ALL_STUCK);
        }
    }

    private String describeWaitsLocked() {
        read(this, StatePart.WORLD_THREADS);
        StringBuilder text = new StringBuilder();
        for (ComThread other : threads) {
            if (other.waitState().modeLocked() == WaitMode.TERMINATED) {
                continue;
            }
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(other.name()).append(other.waitState().modeLocked() == WaitMode.PUMPING ? " pumps, waiting for "
                    : " waits without pumping for ").append(other.waitState().waitingForLocked());
        }
        return text.toString();
    }
}
