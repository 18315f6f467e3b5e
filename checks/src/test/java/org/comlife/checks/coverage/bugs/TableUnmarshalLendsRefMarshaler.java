package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComThread;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.ReferenceMarshaler;

/** A marshaler whose TABLESTRONG unmarshal lends the packet's own reference to the new proxy. */
public class TableUnmarshalLendsRefMarshaler extends ReferenceMarshaler {
    @Override
    protected boolean referenceForTableUnmarshal(ComThread caller, MarshalPacket packet) {
        // The bug: no reference is added, so the proxy's release takes the table's reference away.
        return packet.flags() == MarshalFlags.TABLESTRONG || super.referenceForTableUnmarshal(caller, packet);
    }
}
