package org.comlife.checks.property.action;

import java.util.HashMap;
import java.util.Map;
import org.comlife.checks.property.chain.Handle;
import org.comlife.model.ComObject;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/**
 * The run-time values of a chain's handles in one run: what each action made, with the
 * interface it was made for. A handle whose call failed has no value, and the actions that
 * would use it are skipped (a failure is a legitimate answer; only invariants judge the run).
 */
public final class HandleTable {
    private final Map<Handle, Object> values = new HashMap<>();
    private final Map<Handle, Iid> interfaces = new HashMap<>();
    private final Map<Handle, ComObject> objects = new HashMap<>();

    /** Records what an action made; a null value means the call that should have made it failed. */
    public synchronized void bind(Handle handle, Object value, Iid iid) {
        if (value != null) {
            values.put(handle, value);
        }
        interfaces.put(handle, iid);
    }

    /** Records the object behind a handle whose value does not show it (a GIT cookie). */
    public synchronized void noteObject(Handle handle, ComObject object) {
        objects.put(handle, object);
    }

    /** The object noted for the handle, or null. */
    public synchronized ComObject object(Handle handle) {
        return objects.get(handle);
    }

    public synchronized InterfacePointer pointer(Handle handle) {
        Object value = values.get(handle);
        return value instanceof InterfacePointer ? (InterfacePointer) value : null;
    }

    public synchronized MarshalStream stream(Handle handle) {
        Object value = values.get(handle);
        return value instanceof MarshalStream ? (MarshalStream) value : null;
    }

    public synchronized Integer cookie(Handle handle) {
        Object value = values.get(handle);
        return value instanceof Integer ? (Integer) value : null;
    }

    /** The interface the handle was made for (IUnknown when unknown). */
    public synchronized Iid iid(Handle handle) {
        Iid iid = interfaces.get(handle);
        return iid == null ? Iid.IUnknown : iid;
    }
}
