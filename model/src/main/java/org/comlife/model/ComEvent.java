package org.comlife.model;

/**
 * A manual-reset event (CreateEvent): how the model's programs signal each other outside COM,
 * for instance a server telling its threads that shutdown has begun. Waiting on it through
 * {@link ComThread#waitForEvent} does not pump messages, which is how an STA deadlocks.
 */
public final class ComEvent {
    private final ComWorld world;
    private final String name;
    private boolean signaled;

    ComEvent(ComWorld world, String name) {
        this.world = world;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** SetEvent: wakes every thread waiting for it. */
    public void set() {
        synchronized (world) {
            world.write(this, StatePart.EVENT);
            signaled = true;
            world.notifyAll();
        }
    }

    /** ResetEvent. */
    public void reset() {
        synchronized (world) {
            world.write(this, StatePart.EVENT);
            signaled = false;
        }
    }

    public boolean isSet() {
        synchronized (world) {
            world.read(this, StatePart.EVENT);
            return signaled;
        }
    }

    /** Guarded by the world monitor: for wait conditions. */
    boolean isSetLocked() {
        world.read(this, StatePart.EVENT);
        return signaled;
    }

    @Override
    public String toString() {
        return "event(" + name + ")";
    }
}
