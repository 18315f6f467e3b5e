package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComThread;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.Marshaler;
import org.comlife.model.runtime.ReferenceGlobalInterfaceTable;

/** A GIT whose revoke forgets the entry without CoReleaseMarshalData. */
public class RevokeKeepsMarshalDataTable extends ReferenceGlobalInterfaceTable {
    public RevokeKeepsMarshalDataTable(Marshaler marshaler) {
        super(marshaler);
    }

    @Override
    protected void releaseEntry(ComThread caller, MarshalPacket packet) {
        // The bug: the TABLESTRONG packet's reference is never given back, so the object leaks.
    }
}
