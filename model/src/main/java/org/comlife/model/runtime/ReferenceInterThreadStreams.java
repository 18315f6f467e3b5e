package org.comlife.model.runtime;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;
import org.comlife.model.MarshalStream;

/**
 * The inter-thread stream as Windows makes it: an HGLOBAL stream holding one NORMAL packet, and
 * a get that releases the stream whether or not its unmarshal succeeded. It keeps no state of
 * its own (the stream and the packet are the model's), so two threads need no lock here.
 *
 * <p>Each step is a protected method a subclass can replace alone, keeping the rest:
 * <table>
 *   <caption>The steps of the inter-thread stream</caption>
 *   <tr><th>step</th><th>used by</th><th>what it does</th></tr>
 *   <tr><td>{@link #createStream}</td><td>marshal</td><td>the new stream (CreateStreamOnHGlobal)</td></tr>
 *   <tr><td>{@link #marshalNormal}</td><td>marshal</td><td>one NORMAL packet, by the process's marshaler</td></tr>
 *   <tr><td>{@link #discardStream}</td><td>marshal</td><td>frees the stream of a failed marshal</td></tr>
 *   <tr><td>{@link #unmarshalOnce}</td><td>get</td><td>reads the packet and unmarshals it</td></tr>
 *   <tr><td>{@link #releaseStream}</td><td>get</td><td>releases the stream, whatever the unmarshal answered</td></tr>
 * </table>
 */
public class ReferenceInterThreadStreams implements InterThreadStreams {

    @Override
    public ComResult<MarshalStream> marshalInStream(ComThread caller, Iid iid, InterfacePointer pointer) {
        MarshalStream stream = createStream(caller);
        ComResult<MarshalPacket> packet = marshalNormal(caller, iid, pointer);
        if (!packet.succeeded()) {
            discardStream(caller, stream);
            return ComResult.fail(packet.hr());
        }
        stream.write(packet.value());
        stream.rewind();
        return ComResult.ok(stream);
    }

    @Override
    public ComResult<InterfacePointer> getInterfaceAndReleaseStream(ComThread caller, MarshalStream stream, Iid iid) {
        ComResult<InterfacePointer> unmarshaled = unmarshalOnce(caller, stream, iid);
        releaseStream(caller, stream, unmarshaled);
        return unmarshaled;
    }

    /** The new stream, with one reference (the one its receiver releases). */
    protected MarshalStream createStream(ComThread caller) {
        return caller.world().newStream();
    }

    /** Marshals the pointer NORMAL with the process's marshaler: the packet, or why not. */
    protected ComResult<MarshalPacket> marshalNormal(ComThread caller, Iid iid, InterfacePointer pointer) {
        return caller.process().marshaler().marshal(caller, pointer, iid, MarshalFlags.NORMAL);
    }

    /** Frees the stream of a marshal that failed, so no stream outlives the call. */
    protected void discardStream(ComThread caller, MarshalStream stream) {
        stream.release();
    }

    /**
     * Reads the stream's packet and unmarshals it into the caller's apartment: CO_E_NOTINITIALIZED
     * on a thread without one, STG_E_READFAULT when the stream holds no packet at its position.
     */
    protected ComResult<InterfacePointer> unmarshalOnce(ComThread caller, MarshalStream stream, Iid iid) {
        if (caller.apartment() == null) {
            return ComResult.fail(HResult.CO_E_NOTINITIALIZED);
        }
        MarshalPacket packet = stream.read();
        if (packet == null) {
            return ComResult.fail(HResult.STG_E_READFAULT);
        }
        return caller.process().marshaler().unmarshal(caller, packet, iid);
    }

    /** Releases the caller's stream; called on every path, with what the unmarshal answered. */
    protected void releaseStream(ComThread caller, MarshalStream stream, ComResult<InterfacePointer> unmarshaled) {
        stream.release();
    }
}
