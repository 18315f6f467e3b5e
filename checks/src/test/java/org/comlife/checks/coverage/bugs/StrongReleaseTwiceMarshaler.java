package org.comlife.checks.coverage.bugs;

import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.ReferenceMarshaler;

/** A marshaler that does not remember that a TABLESTRONG packet was released. */
public class StrongReleaseTwiceMarshaler extends ReferenceMarshaler {
    @Override
    protected boolean endTablePacket(MarshalPacket packet) {
        // The bug: every CoReleaseMarshalData of a TABLESTRONG packet gives back a reference again.
        return packet.flags() == MarshalFlags.TABLESTRONG || super.endTablePacket(packet);
    }
}
