package org.comlife.checks.coverage.correct;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.runtime.InterThreadStreams;

/**
 * Inter-thread streams written differently from the reference: the packet is made before the
 * stream (a failed marshal never creates one), and the get releases the stream in a finally
 * block, so every path, an exception included, gives the caller's reference back.
 */
public class PacketFirstStreams implements InterThreadStreams {
    @Override
    public ComResult<MarshalStream> marshalInStream(ComThread caller, Iid iid, InterfacePointer pointer) {
        ComResult<MarshalPacket> packet = caller.process().marshaler().marshal(caller, pointer, iid,
                MarshalFlags.NORMAL);
        if (!packet.succeeded()) {
            return ComResult.fail(packet.hr());
        }
        MarshalStream stream = caller.world().newStream();
        stream.write(packet.value());
        stream.rewind();
        return ComResult.ok(stream);
    }

    @Override
    public ComResult<InterfacePointer> getInterfaceAndReleaseStream(ComThread caller, MarshalStream stream, Iid iid) {
        try {
            if (caller.apartment() == null) {
                return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
            }
            MarshalPacket packet = stream.read();
            return packet == null ? ComResult.fail(HResult.STG_E_READFAULT)
                    : caller.process().marshaler().unmarshal(caller, packet, iid);
        } finally {
            stream.release();
        }
    }
}
