package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;

/**
 * A proxy held in a client apartment: which server process's object it designates, its
 * references, and the implicit server locks of the activations it carries.
 */
public record ProxySnapshot(EntityRef id, EntityRef objectId, String serverProcess, boolean classFactory, int refs,
                            int remoteRefs, int implicitLocks, boolean connected) {

    /** A client holds it: connected and referenced. */
    public boolean held() {
        return connected && refs > 0;
    }
}
