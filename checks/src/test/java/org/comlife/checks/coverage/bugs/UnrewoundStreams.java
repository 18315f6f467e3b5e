package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;
import org.comlife.model.runtime.InterThreadStreams;

/** Inter-thread streams written from the documentation alone, which forget the Seek after the marshal. */
public class UnrewoundStreams implements InterThreadStreams {
    @Override
    public ComResult<MarshalStream> marshalInStream(ComThread caller, Iid iid, InterfacePointer pointer) {
        MarshalStream stream = caller.world().newStream();
        ComResult<MarshalPacket> packet = caller.process().marshaler().marshal(caller, pointer, iid,
                MarshalFlags.NORMAL);
        if (!packet.succeeded()) {
            stream.release();
            return ComResult.fail(packet.hr());
        }
        // The bug: the stream is left positioned after the packet, so the receiver reads nothing.
        stream.write(packet.value());
        return ComResult.ok(stream);
    }

    @Override
    public ComResult<InterfacePointer> getInterfaceAndReleaseStream(ComThread caller, MarshalStream stream, Iid iid) {
        ComResult<InterfacePointer> result;
        if (caller.apartment() == null) {
            result = ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        } else {
            MarshalPacket packet = stream.read();
            result = packet == null ? ComResult.fail(HResult.STG_E_READFAULT)
                    : caller.process().marshaler().unmarshal(caller, packet, iid);
        }
        stream.release();
        return result;
    }
}
