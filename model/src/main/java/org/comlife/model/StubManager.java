package org.comlife.model;

/**
 * The server-side identity of one exported object in its apartment: the external strong
 * references that proxies and packets hold, and the weak ones of TABLEWEAK packets. While
 * strong references exist the stub holds one reference on the object; when the last strong and
 * weak references are gone, or the apartment dies, the stub disconnects and lets go of it.
 */
public final class StubManager {
    private final int id;
    private final ComObject object;
    private final Apartment apartment;
    private int extRefs;
    private int weakRefs;
    private boolean disconnected;

    StubManager(int id, ComObject object, Apartment apartment) {
        this.id = id;
        this.object = object;
        this.apartment = apartment;
    }

    public int id() {
        return id;
    }

    public ComObject object() {
        return object;
    }

    public Apartment apartment() {
        return apartment;
    }

    public synchronized int extRefs() {
        apartment.world().read(this, StatePart.STUB);
        return extRefs;
    }

    public synchronized int weakRefs() {
        apartment.world().read(this, StatePart.STUB);
        return weakRefs;
    }

    public synchronized boolean isDisconnected() {
        apartment.world().read(this, StatePart.STUB);
        return disconnected;
    }

    /** The references a marshal with these flags takes: 5 strong (NORMAL), 1 strong (TABLESTRONG), 1 weak (TABLEWEAK). */
    public boolean addReference(ComThread caller, MarshalFlags flags) {
        if (flags == MarshalFlags.TABLEWEAK) {
            return addWeak();
        }
        return addExternal(caller, flags == MarshalFlags.NORMAL ? MarshalPacket.NORMAL_PUBLIC_REFS : 1);
    }

    /** Adds strong references; false when the stub is already disconnected. */
    public boolean addExternal(ComThread caller, int count) {
        apartment.world().write(this, StatePart.STUB);
        boolean firstStrong;
        synchronized (this) {
            if (disconnected) {
                return false;
            }
            firstStrong = extRefs == 0;
            extRefs += count;
        }
        if (firstStrong) {
            object.addRef(inOwnProcess(caller));
        }
        return true;
    }

    /** Adds a weak reference (TABLEWEAK); false when the stub is already disconnected. */
    public synchronized boolean addWeak() {
        apartment.world().write(this, StatePart.STUB);
        if (disconnected) {
            return false;
        }
        weakRefs++;
        return true;
    }

    /**
     * Gives back strong references. More than are held is a double release of marshal data:
     * the count stops at zero and the caller is told (false).
     */
    public boolean releaseExternal(ComThread caller, int count) {
        apartment.world().write(this, StatePart.STUB);
        boolean balanced;
        boolean lastStrong;
        boolean disconnect;
        synchronized (this) {
            if (disconnected) {
                return false;
            }
            balanced = count <= extRefs;
            int before = extRefs;
            extRefs = Math.max(0, extRefs - count);
            lastStrong = before > 0 && extRefs == 0;
            disconnect = extRefs == 0 && weakRefs == 0;
            if (disconnect) {
                disconnected = true;
            }
        }
        finishRelease(caller, lastStrong, disconnect);
        return balanced;
    }

    /** Gives back a weak reference; false when none is held. */
    public boolean releaseWeak(ComThread caller) {
        apartment.world().write(this, StatePart.STUB);
        boolean disconnect;
        synchronized (this) {
            if (disconnected || weakRefs == 0) {
                return false;
            }
            weakRefs--;
            disconnect = extRefs == 0 && weakRefs == 0;
            if (disconnect) {
                disconnected = true;
            }
        }
        finishRelease(caller, false, disconnect);
        return true;
    }

    /** CoDisconnectObject or apartment teardown: drops every reference at once. */
    public void disconnect(ComThread caller) {
        apartment.world().write(this, StatePart.STUB);
        boolean heldStrong;
        synchronized (this) {
            if (disconnected) {
                return;
            }
            heldStrong = extRefs > 0;
            extRefs = 0;
            weakRefs = 0;
            disconnected = true;
        }
        finishRelease(caller, heldStrong, true);
    }

    private void finishRelease(ComThread caller, boolean lastStrong, boolean disconnect) {
        if (disconnect) {
            apartment.removeStub(this);
        }
        if (lastStrong) {
            object.release(inOwnProcess(caller));
        }
    }

    /**
     * The object's own code (its final release, which may call CoReleaseServerProcess) runs in
     * its own process: a release that comes from another process (a client's
     * CoReleaseMarshalData or GIT revoke) runs there in the server's RPC worker context.
     */
    private ComThread inOwnProcess(ComThread caller) {
        ComProcess owner = apartment.process();
        return caller.process() == owner ? caller : owner.rpcWorker();
    }

    @Override
    public String toString() {
        return "stub#" + id + "(obj#" + object.id() + ")";
    }
}
