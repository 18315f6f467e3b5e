package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.ReferenceMarshaler;

/** A marshaler that writes every table packet the same way. */
public class WeakAsStrongMarshaler extends ReferenceMarshaler {
    @Override
    public ComResult<MarshalPacket> marshal(ComThread caller, InterfacePointer pointer, Iid iid, MarshalFlags flags) {
        // The bug: TABLEWEAK is marshaled as TABLESTRONG, so the packet keeps the object alive.
        return super.marshal(caller, pointer, iid, flags == MarshalFlags.TABLEWEAK ? MarshalFlags.TABLESTRONG : flags);
    }
}
