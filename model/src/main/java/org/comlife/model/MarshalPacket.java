package org.comlife.model;

/**
 * The bytes {@code CoMarshalInterface} writes: which stub (object identity), which interface,
 * the flags, and the public references a NORMAL packet carries to its unmarshaler.
 *
 * <p>A NORMAL packet must end exactly once: one successful unmarshal, one
 * {@code CoReleaseMarshalData}, or the teardown of its apartment. {@link #tryConsume()} is the
 * atomic way to claim that end; {@link #isConsumed()} and {@link #markConsumed()} exist so that
 * a marshaler can be written (or seeded with a fault) that claims it in two steps.
 */
public final class MarshalPacket {
    /** The public references a NORMAL packet carries (Windows' value). */
    public static final int NORMAL_PUBLIC_REFS = 5;

    private final int id;
    private final StubManager stub;
    private final Iid iid;
    private final MarshalFlags flags;
    private final int publicRefs;
    private volatile boolean consumed;
    private volatile boolean released;

    public MarshalPacket(int id, StubManager stub, Iid iid, MarshalFlags flags) {
        this.id = id;
        this.stub = stub;
        this.iid = iid;
        this.flags = flags;
        this.publicRefs = flags == MarshalFlags.NORMAL ? NORMAL_PUBLIC_REFS : 0;
        stub.apartment().process().world().notePacket(this);
    }

    public int id() {
        return id;
    }

    public StubManager stub() {
        return stub;
    }

    public Iid iid() {
        return iid;
    }

    public MarshalFlags flags() {
        return flags;
    }

    public int publicRefs() {
        return publicRefs;
    }

    /** Atomically claims the packet's one end; false when it had already ended. */
    public synchronized boolean tryConsume() {
        stub.apartment().world().write(this, StatePart.PACKET);
        if (consumed) {
            return false;
        }
        consumed = true;
        return true;
    }

    public boolean isConsumed() {
        stub.apartment().world().read(this, StatePart.PACKET);
        return consumed;
    }

    /** Marks the packet ended without checking: only for marshalers that check first. */
    public void markConsumed() {
        stub.apartment().world().write(this, StatePart.PACKET);
        consumed = true;
    }

    /** A table packet whose marshal data has been released. */
    public boolean isReleased() {
        stub.apartment().world().read(this, StatePart.PACKET);
        return released;
    }

    /** Atomically marks a table packet's marshal data released; false when it already was. */
    public synchronized boolean tryRelease() {
        stub.apartment().world().write(this, StatePart.PACKET);
        if (released) {
            return false;
        }
        released = true;
        return true;
    }

    /** Whether this NORMAL packet has ended: consumed, or its origin apartment torn down. */
    public boolean hasEnded() {
        stub.apartment().world().read(this, StatePart.PACKET);
        return consumed || !stub.apartment().isAlive();
    }

    @Override
    public String toString() {
        return "packet#" + id + "(" + flags + " " + iid.name() + " of obj#" + stub.object().id() + ")";
    }
}
