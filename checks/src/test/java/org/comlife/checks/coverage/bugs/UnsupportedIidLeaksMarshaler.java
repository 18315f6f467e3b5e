package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.runtime.ReferenceMarshaler;

/** A marshaler that checks the interface before it reads the packet's references. */
public class UnsupportedIidLeaksMarshaler extends ReferenceMarshaler {
    @Override
    public ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid) {
        if (packet != null && iid != null && caller.apartment() != null && packet.flags() == MarshalFlags.NORMAL
                && !packet.stub().object().supports(iid) && claimEnd(packet)) {
            // The bug: the packet ends, but its five references stay on the stub.
            return ComResult.fail(HResult.E_NOINTERFACE);
        }
        return super.unmarshal(caller, packet, iid);
    }
}
