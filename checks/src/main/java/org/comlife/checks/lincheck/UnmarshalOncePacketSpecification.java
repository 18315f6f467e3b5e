package org.comlife.checks.lincheck;

import org.comlife.model.HResult;
import org.comlife.specs.sequential.SequentialUnmarshalOncePacket;

/** {@link UnmarshalOncePacketOperations} one call at a time, over {@link SequentialUnmarshalOncePacket}. */
public final class UnmarshalOncePacketSpecification {
    /** The end state of a packet that has ended, as {@link #state()} and the operations' {@code state()} name it. */
    public static final String ENDED = "packet ended";
    public static final String NOT_ENDED = "packet not ended";

    private final SequentialUnmarshalOncePacket packet = new SequentialUnmarshalOncePacket();

    public HResult unmarshal() {
        return packet.unmarshal();
    }

    public HResult releaseMarshalData() {
        return packet.releaseMarshalData();
    }

    public String state() {
        return packet.hasEnded() ? ENDED : NOT_ENDED;
    }
}
