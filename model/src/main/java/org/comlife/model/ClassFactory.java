package org.comlife.model;

/**
 * IClassFactory as a server implements it: {@code CreateInstance} makes a new object, and
 * {@code LockServer} counts locks with the server-process count. {@link #onLastLockReleased}
 * is the server's decision to shut down when LockServer(FALSE) brings the count to zero.
 *
 * <p>COM's own implicit locks (taken when an activation marshals the factory out, given back
 * when the client releases it) act on the server-process count directly, not through
 * {@link #lockServer}: the lock must be refused atomically with the suspension check, which
 * application code cannot do. The implicit unlock that reaches zero calls
 * {@link #onLastLockReleased} like an explicit one.
 */
public abstract class ClassFactory extends ComObject {
    public static final String CREATE_INSTANCE = "CreateInstance";
    public static final String LOCK_SERVER = "LockServer";

    protected ClassFactory(ComThread creator, String name) {
        super(creator, name, Iid.IClassFactory);
    }

    @Override
    protected final CallResult dispatch(ComThread executing, String method, Object[] arguments) {
        if (CREATE_INSTANCE.equals(method)) {
            Object outer = arguments.length > 0 ? arguments[0] : null;
            Iid iid = argument(arguments, 1, Iid.class);
            if (outer != null) {
                return CallResult.fail(HResult.CLASS_E_NOAGGREGATION);
            }
            if (iid == null) {
                return CallResult.fail(HResult.E_INVALIDARG);
            }
            return createInstance(executing, iid);
        }
        if (LOCK_SERVER.equals(method)) {
            Boolean lock = argument(arguments, 0, Boolean.class);
            if (lock == null) {
                return CallResult.fail(HResult.E_INVALIDARG);
            }
            lockServer(executing, lock);
            return CallResult.ok(null);
        }
        return CallResult.fail(HResult.E_NOINTERFACE);
    }

    /** Creates an instance in the factory's apartment; the result carries a reference for the caller. */
    protected abstract CallResult createInstance(ComThread executing, Iid iid);

    /**
     * LockServer as the out-of-process helpers document it: TRUE adds a server-process
     * reference, FALSE releases one and begins shutdown when that returned zero.
     */
    protected void lockServer(ComThread executing, boolean lock) {
        if (lock) {
            executing.coAddRefServerProcess();
        } else if (executing.coReleaseServerProcess() == 0) {
            onLastLockReleased(executing);
        }
    }

    /**
     * The server's shutdown decision, when a LockServer(FALSE) brought the server-process count
     * to zero: its own, or COM's implicit one when a client let go of an activated factory.
     * Typically: signal the server's threads to leave their loops.
     */
    protected abstract void onLastLockReleased(ComThread executing);
}
