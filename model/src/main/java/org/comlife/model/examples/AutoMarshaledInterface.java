package org.comlife.model.examples;

import org.comlife.model.CallResult;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;

/**
 * What managed code does for its users: a wrapper, built on the Global Interface Table, that
 * gives every calling thread a pointer marshaled for that thread's apartment. User code calls
 * {@link #call} from any thread and needs nothing special.
 *
 * <p>Each call fetches a pointer from the GIT, calls through it and releases it, so no
 * apartment-bound pointer ever escapes to another thread.
 */
public final class AutoMarshaledInterface {
    private final int cookie;
    private final Iid iid;

    private AutoMarshaledInterface(int cookie, Iid iid) {
        this.cookie = cookie;
        this.iid = iid;
    }

    /** Registers the pointer in the owner's GIT; the wrapper keeps the object alive until {@link #revoke}. */
    public static ComResult<AutoMarshaledInterface> wrap(ComThread owner, InterfacePointer pointer, Iid iid) {
        ComResult<Integer> cookie = owner.registerInterfaceInGlobal(pointer, iid);
        return cookie.succeeded() ? ComResult.ok(new AutoMarshaledInterface(cookie.value(), iid))
                : ComResult.fail(cookie.hr());
    }

    /** Calls a method with a pointer valid in the caller's apartment. */
    public CallResult call(ComThread caller, String method, Object... arguments) {
        ComResult<InterfacePointer> local = caller.getInterfaceFromGlobal(cookie, iid);
        if (!local.succeeded()) {
            return CallResult.fail(local.hr());
        }
        CallResult result = caller.call(local.value(), method, arguments);
        caller.release(local.value());
        return result;
    }

    /** Revokes the GIT entry; later calls fail with E_INVALIDARG. */
    public HResult revoke(ComThread owner) {
        return owner.revokeInterfaceFromGlobal(cookie);
    }

    public int cookie() {
        return cookie;
    }
}
