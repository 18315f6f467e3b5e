package org.comlife.checks.coverage.bugs;

import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ReferenceGlobalInterfaceTable;

/** A GIT whose revoke releases the marshal data but keeps the cookie. */
public class RevokeLeavesEntryTable extends ReferenceGlobalInterfaceTable {
    public RevokeLeavesEntryTable(Marshaler marshaler) {
        super(marshaler);
    }

    @Override
    protected synchronized MarshalPacket take(int cookie) {
        // The bug: the entry is not removed, so the cookie stays valid and can be revoked again.
        return lookup(cookie);
    }
}
