package org.comlife.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An application object: reference counted, living in the apartment of the thread that
 * created it. Subclasses implement {@link #dispatch}, the body of their methods.
 *
 * <p>An object of an STA checks the thread on every call, as apartment-threaded code does:
 * a raw pointer used from another apartment answers RPC_E_WRONG_THREAD and the sanitizer
 * records a violation of invariant 5. That is the failure the first source document describes
 * when a service obtained on the main thread is used on a background thread.
 */
public abstract class ComObject implements InterfacePointer {
    private final int id;
    private final String name;
    private final Apartment home;
    @Untracked("fixed when the object is made")
    private final List<Iid> interfaces;
    private int refs = 1;

    /**
     * Creates the object in the creator's apartment, holding the one reference the creator
     * gets. The creator must have joined an apartment (called CoInitializeEx).
     */
    protected ComObject(ComThread creator, String name, Iid... interfaces) {
        if (creator == null || name == null) {
            throw new IllegalArgumentException("a COM object needs a creating thread and a name");
        }
        Apartment apartment = creator.apartment();
        if (apartment == null) {
            throw new IllegalStateException("thread " + creator.name()
                    + " has not called CoInitializeEx; it cannot create COM object " + name);
        }
        this.id = creator.world().nextId();
        this.name = name;
        this.home = apartment;
        this.interfaces = new ArrayList<>(Arrays.asList(interfaces));
        creator.world().noteObject(this);
    }

    @Override
    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The apartment the object lives in. */
    public Apartment home() {
        return home;
    }

    @Override
    public ComObject target() {
        return this;
    }

    @Override
    public boolean supports(Iid iid) {
        return Iid.IUnknown.equals(iid) || interfaces.contains(iid);
    }

    public synchronized int refCount() {
        home.world().read(this, StatePart.OBJECT_REFS);
        return refs;
    }

    /** True once the final release has run. */
    public synchronized boolean isDestroyed() {
        home.world().read(this, StatePart.OBJECT_REFS);
        return refs == 0;
    }

    /**
     * IUnknown::AddRef. A destroyed object is never brought back: the count stays 0 and the
     * sanitizer records a use after destruction (invariant 11).
     */
    @Override
    public int addRef(ComThread caller) {
        synchronized (this) {
            home.world().write(this, StatePart.OBJECT_REFS);
            if (refs > 0) {
                return ++refs;
            }
        }
        caller.violation(Invariant.OBJECT_LIFETIME, "AddRef on destroyed " + this + " from " + caller.describeApartment());
        return 0;
    }

    /** IUnknown::Release; releasing a destroyed object again is a use after destruction (invariant 11). */
    @Override
    public int release(ComThread caller) {
        int remaining;
        synchronized (this) {
            home.world().write(this, StatePart.OBJECT_REFS);
            remaining = refs == 0 ? -1 : --refs;
        }
        if (remaining < 0) {
            caller.violation(Invariant.OBJECT_LIFETIME, "Release on destroyed " + this + " from "
                    + caller.describeApartment());
            return 0;
        }
        if (remaining == 0) {
            home.world().write(this, StatePart.OBJECT_CODE);
            onFinalRelease(caller);
        }
        return remaining;
    }

    /**
     * Records a use of this object after its destruction (invariant 11) and answers true, or
     * answers false when it is alive. For the API calls that reach an object directly.
     */
    boolean usedAfterDestruction(ComThread caller, String use) {
        if (!isDestroyed()) {
            return false;
        }
        caller.violation(Invariant.OBJECT_LIFETIME, use + " on destroyed " + this + " from " + caller.describeApartment());
        return true;
    }

    @Override
    public final CallResult invoke(ComThread caller, String method, Object... arguments) {
        if (!isCallableFrom(caller)) {
            caller.violation(Invariant.APARTMENT_AFFINITY, "raw pointer to " + this + " of " + home + " called from "
                    + caller.describeApartment() + " (" + method + ")");
            return CallResult.fail(HResult.RPC_E_WRONG_THREAD);
        }
        return runInApartment(caller, method, arguments);
    }

    /** Runs a call that COM itself delivers in the object's apartment (no thread check). */
    final CallResult runInApartment(ComThread executing, String method, Object[] arguments) {
        if (usedAfterDestruction(executing, "call " + method)) {
            return CallResult.fail(HResult.RPC_E_DISCONNECTED);
        }
        // The object's code may read and change the object's own state, which the model cannot see.
        home.world().write(this, StatePart.OBJECT_CODE);
        CallResult result = dispatch(executing, method, arguments == null ? new Object[0] : arguments);
        return result == null ? CallResult.fail(HResult.E_UNEXPECTED) : result;
    }

    /** An STA object may be called on its owner thread only; an MTA object from any MTA thread. */
    boolean isCallableFrom(ComThread caller) {
        if (home.kind() == ApartmentKind.MTA) {
            return true;
        }
        return caller.apartment() == home;
    }

    /**
     * The body of the object's methods, run in its own apartment. An interface pointer
     * returned as the value must carry a reference for the caller (COM's out-parameter rule).
     */
    protected abstract CallResult dispatch(ComThread executing, String method, Object[] arguments);

    /** Runs when the last reference goes; servers call CoReleaseServerProcess here. */
    protected void onFinalRelease(ComThread releasing) {
    }

    /** Reads argument {@code index} as the given type, or null when absent or of another type. */
    protected static <T> T argument(Object[] arguments, int index, Class<T> type) {
        if (index < arguments.length && type.isInstance(arguments[index])) {
            return type.cast(arguments[index]);
        }
        return null;
    }

    @Override
    public String toString() {
        return "obj#" + id + "(" + name + ")";
    }
}
