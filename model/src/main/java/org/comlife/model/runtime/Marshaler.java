package org.comlife.model.runtime;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalFlags;
import org.comlife.model.MarshalPacket;

/**
 * Standard marshaling of one process: turning an interface pointer into a marshal packet (and
 * its stub), and a packet back into a pointer for the caller's apartment.
 *
 * <p>An implementation must end every NORMAL packet in exactly one way: one successful
 * unmarshal or one release of its marshal data, even when two threads try at once.
 */
public interface Marshaler {

    /** CoMarshalInterface without the stream: creates or finds the stub and takes its references. */
    ComResult<MarshalPacket> marshal(ComThread caller, InterfacePointer pointer, Iid iid, MarshalFlags flags);

    /** CoUnmarshalInterface without the stream: the raw object in its own apartment, else a proxy. */
    ComResult<InterfacePointer> unmarshal(ComThread caller, MarshalPacket packet, Iid iid);

    /** CoReleaseMarshalData without the stream: gives back the references the packet holds. */
    HResult releaseMarshalData(ComThread caller, MarshalPacket packet);
}
