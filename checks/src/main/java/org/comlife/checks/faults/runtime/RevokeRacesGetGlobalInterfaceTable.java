package org.comlife.checks.faults.runtime;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ReferenceGlobalInterfaceTable;

/**
 * Seeded fault: {@code GetInterfaceFromGlobal} looks the cookie up under the table's lock but
 * unmarshals after letting go of it. A revoke that runs in between releases the entry's
 * marshal data, the stub disconnects, and the get answers CO_E_OBJNOTCONNECTED (or hands out a
 * pointer to an object that is going away) for a cookie that was valid when it was called.
 *
 * <p>The fix is {@code ReferenceGlobalInterfaceTable}: unmarshal while holding the lock, so a
 * revoke happens wholly before or wholly after a get.
 */
public final class RevokeRacesGetGlobalInterfaceTable extends ReferenceGlobalInterfaceTable {

    public RevokeRacesGetGlobalInterfaceTable(Marshaler marshaler) {
        super(marshaler);
    }

    @Override
    public ComResult<InterfacePointer> get(ComThread caller, int cookie, Iid iid) {
        MarshalPacket packet = lookup(cookie);
        if (packet == null || iid == null) {
            return ComResult.fail(HResult.E_INVALIDARG);
        }
        // The bug: the lock is no longer held; a revoke can release the packet now.
        return marshaler().unmarshal(caller, packet, iid);
    }
}
