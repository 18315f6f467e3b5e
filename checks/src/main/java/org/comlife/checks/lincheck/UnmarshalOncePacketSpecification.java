package org.comlife.checks.lincheck;

import org.comlife.model.HResult;
import org.comlife.specs.sequential.SequentialUnmarshalOncePacket;

/** {@link UnmarshalOncePacketOperations} one call at a time, over {@link SequentialUnmarshalOncePacket}. */
public final class UnmarshalOncePacketSpecification {
    private final SequentialUnmarshalOncePacket packet = new SequentialUnmarshalOncePacket();

    public HResult unmarshal() {
        return packet.unmarshal();
    }

    public HResult releaseMarshalData() {
        return packet.releaseMarshalData();
    }
}
