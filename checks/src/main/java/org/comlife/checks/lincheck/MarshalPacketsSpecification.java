package org.comlife.checks.lincheck;

import org.comlife.model.MarshalFlags;
import org.comlife.specs.sequential.SequentialMarshalPackets;

/** {@link MarshalPacketsOperations} one call at a time, over {@link SequentialMarshalPackets}. */
public final class MarshalPacketsSpecification {
    private final SequentialMarshalPackets packets = new SequentialMarshalPackets();

    public String unmarshal(int packet) {
        return packets.unmarshal(MarshalFlags.values()[packet], true).name();
    }

    public String unmarshalInOwnApartment(int packet) {
        return packets.unmarshal(MarshalFlags.values()[packet], true).name();
    }

    public String unmarshalUnsupported(int packet) {
        return packets.unmarshal(MarshalFlags.values()[packet], false).name();
    }

    public String releaseMarshalData(int packet) {
        return packets.releaseMarshalData(MarshalFlags.values()[packet]).name();
    }

    public String marshalAndRelease(int packet) {
        return "S_OK, S_OK";
    }
}
