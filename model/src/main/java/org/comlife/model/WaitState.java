package org.comlife.model;

import java.util.function.BooleanSupplier;

/**
 * What one logical thread waits for, as the world's deadlock watchdog and a deterministic
 * scheduler read it. Guarded by the world monitor: the methods named {@code ...Locked} expect
 * the caller to hold it, the others take it.
 *
 * <table>
 *   <caption>The state table</caption>
 *   <tr><th>mode</th><th>entered by</th><th>stuck (cannot proceed)</th></tr>
 *   <tr><td>RUNNING</td><td>a wait that ends</td><td>never</td></tr>
 *   <tr><td>PUMPING</td><td>a wait of an STA owner that dispatches its queue</td>
 *       <td>while its condition is false and its STA has no call queued</td></tr>
 *   <tr><td>BLOCKED_NOT_PUMPING</td><td>a wait that dispatches nothing</td><td>while its condition is false</td></tr>
 *   <tr><td>TERMINATED</td><td>{@link #terminate}: final, later waits leave it so</td><td>always</td></tr>
 * </table>
 */
final class WaitState {
    private final ComWorld world;
    /** The thread whose wait this is: the entity its accesses are reported for. */
    private final ComThread thread;
    private WaitMode mode = WaitMode.RUNNING;
    private BooleanSupplier condition;
    private Apartment pumps;
    /** What it waits for, written out when asked (a reply's description says whether it came). */
    private Object reason;

    WaitState(ComWorld world, ComThread thread) {
        this.world = world;
        this.thread = thread;
    }

    WaitMode mode() {
        synchronized (world) {
            return modeLocked();
        }
    }

    /**
     * Not waiting, or what it waits for has happened (or it has calls of its own STA to
     * dispatch), or the world found a deadlock and its wait will fail.
     */
    boolean canProceed() {
        synchronized (world) {
            return modeLocked() != WaitMode.TERMINATED && (!isStuckLocked() || world.isDeadlockedLocked());
        }
    }

    /** What the thread waits for now, or null when it does not wait. */
    Object waitingFor() {
        synchronized (world) {
            WaitMode now = modeLocked();
            return now == WaitMode.RUNNING || now == WaitMode.TERMINATED ? null : waitingForLocked();
        }
    }

    /** The thread will make no further call: it stays terminated. */
    void terminate() {
        synchronized (world) {
            world.write(thread, StatePart.THREAD_WAIT);
            mode = WaitMode.TERMINATED;
            condition = null;
            pumps = null;
            world.noteEndedLocked();
            world.notifyAll();
        }
    }

    WaitMode modeLocked() {
        world.read(thread, StatePart.THREAD_WAIT);
        return mode;
    }

    Object waitingForLocked() {
        world.read(thread, StatePart.THREAD_WAIT);
        return reason;
    }

    /** The thread waits (or runs again, with RUNNING and nulls): until {@code until} holds, dispatching {@code dispatches}' queue if not null. */
    void setLocked(WaitMode newMode, BooleanSupplier until, Apartment dispatches, Object waitingFor) {
        world.write(thread, StatePart.THREAD_WAIT);
        if (mode == WaitMode.TERMINATED) {
            return;
        }
        mode = newMode;
        condition = until;
        pumps = dispatches;
        reason = waitingFor;
    }

    /** Terminated, or waiting for something that has not happened with nothing to dispatch. */
    boolean isStuckLocked() {
        world.read(thread, StatePart.THREAD_WAIT);
        if (mode == WaitMode.TERMINATED) {
            return true;
        }
        if (mode == WaitMode.RUNNING) {
            return false;
        }
        if (condition != null && condition.getAsBoolean()) {
            return false;
        }
        return pumps == null || !pumps.hasQueuedCallsLocked();
    }
}
