package org.comlife.model;

/**
 * The server-side identity of one exported object in its apartment: the external strong
 * references that proxies, packets and external locks hold, and the weak ones of TABLEWEAK
 * packets. From its creation (a marshal, or CoLockObjectExternal) to its destruction the stub
 * holds one reference on the object; a destroyed stub is never used again, so a destroyed object
 * is never reached through it.
 *
 * <table>
 *   <caption>When the stub is destroyed (Windows, observed by Wine's marshaling tests)</caption>
 *   <tr><th>event</th><th>destroyed when, after it</th></tr>
 *   <tr><td>strong references given back (a proxy's last release, CoReleaseMarshalData of a NORMAL or
 *       TABLESTRONG packet, an unlock that releases)</td><td>no strong reference is left, whatever weak
 *       ones remain</td></tr>
 *   <tr><td>a weak reference given back (CoReleaseMarshalData of a TABLEWEAK packet), or an unlock that
 *       does not release</td><td>no strong and no weak reference is left</td></tr>
 *   <tr><td>CoDisconnectObject, or the apartment's teardown</td><td>always</td></tr>
 * </table>
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

    /** Destroyed: every reference dropped and the object let go; the stub serves nothing any more. */
    public synchronized boolean isDisconnected() {
        apartment.world().read(this, StatePart.STUB);
        return disconnected;
    }

    /** A new stub takes its one reference on the object before anything else refers to it. */
    void open(ComThread caller) {
        object.addRef(inOwnProcess(caller));
    }

    /** The references a marshal with these flags takes: 5 strong (NORMAL), 1 strong (TABLESTRONG), 1 weak (TABLEWEAK). */
    public boolean addReference(ComThread caller, MarshalFlags flags) {
        if (flags == MarshalFlags.TABLEWEAK) {
            return addWeak();
        }
        return addExternal(caller, flags == MarshalFlags.NORMAL ? MarshalPacket.NORMAL_PUBLIC_REFS : 1);
    }

    /** Adds strong references; false when the stub is already destroyed. */
    public synchronized boolean addExternal(ComThread caller, int count) {
        apartment.world().write(this, StatePart.STUB);
        if (disconnected) {
            return false;
        }
        extRefs += count;
        return true;
    }

    /** Adds a weak reference (TABLEWEAK); false when the stub is already destroyed. */
    public synchronized boolean addWeak() {
        apartment.world().write(this, StatePart.STUB);
        if (disconnected) {
            return false;
        }
        weakRefs++;
        return true;
    }

    /**
     * One more reference on the object for a pointer in the stub's own apartment (the unmarshal
     * of a table packet there), taken while the stub still holds its own; false when the stub is
     * destroyed. Taken under the stub's monitor, so the object cannot be let go in between.
     */
    public synchronized boolean referenceObject(ComThread caller) {
        apartment.world().write(this, StatePart.STUB);
        if (disconnected) {
            return false;
        }
        object.addRef(caller);
        return true;
    }

    /**
     * Gives back strong references; the stub is destroyed when none is left, whatever weak
     * references remain. More than are held is a double release of marshal data: the count
     * stops at zero and the caller is told (false).
     */
    public boolean releaseExternal(ComThread caller, int count) {
        return releaseStrong(caller, count, true);
    }

    /**
     * CoLockObjectExternal(FALSE): gives back one strong reference. With
     * {@code lastUnlockReleases} the stub is destroyed when no strong reference is left;
     * without it, only when no weak one is left either. An unlock with no strong reference to
     * give back changes nothing (false): the model does not let it destroy an object nobody
     * locked.
     */
    public boolean unlock(ComThread caller, boolean lastUnlockReleases) {
        apartment.world().write(this, StatePart.STUB);
        synchronized (this) {
            if (extRefs == 0) {
                return false;
            }
        }
        return releaseStrong(caller, 1, lastUnlockReleases);
    }

    private boolean releaseStrong(ComThread caller, int count, boolean weakDoNotCount) {
        apartment.world().write(this, StatePart.STUB);
        boolean balanced;
        synchronized (this) {
            if (disconnected) {
                return false;
            }
            balanced = count <= extRefs;
            extRefs = Math.max(0, extRefs - count);
            disconnected = extRefs == 0 && (weakDoNotCount || weakRefs == 0);
            if (!disconnected) {
                return balanced;
            }
            weakRefs = 0;
        }
        destroy(caller);
        return balanced;
    }

    /** Gives back a weak reference; false when none is held. The last reference of any kind destroys the stub. */
    public boolean releaseWeak(ComThread caller) {
        apartment.world().write(this, StatePart.STUB);
        synchronized (this) {
            if (disconnected || weakRefs == 0) {
                return false;
            }
            weakRefs--;
            disconnected = extRefs == 0 && weakRefs == 0;
            if (!disconnected) {
                return true;
            }
        }
        destroy(caller);
        return true;
    }

    /** CoDisconnectObject or apartment teardown: drops every reference at once and destroys the stub. */
    public void disconnect(ComThread caller) {
        apartment.world().write(this, StatePart.STUB);
        synchronized (this) {
            if (disconnected) {
                return;
            }
            extRefs = 0;
            weakRefs = 0;
            disconnected = true;
        }
        destroy(caller);
    }

    private void destroy(ComThread caller) {
        apartment.removeStub(this);
        object.release(inOwnProcess(caller));
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
