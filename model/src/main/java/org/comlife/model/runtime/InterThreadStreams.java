package org.comlife.model.runtime;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;

/**
 * The inter-thread stream of one process: {@code CoMarshalInterThreadInterfaceInStream} and
 * {@code CoGetInterfaceAndReleaseStream}, the pair that hands a pointer to another thread once.
 *
 * <p>The model calls a method only after it has checked what is the caller's to get right: a
 * null IID, pointer or stream is refused with E_INVALIDARG, and a stream already freed with
 * E_UNEXPECTED and a violation of invariant 4; the call is journaled by the model. What the
 * model checks after the helper, whatever the implementation: that
 * {@link #getInterfaceAndReleaseStream} released the stream exactly once (a stream kept or
 * released twice is a violation of invariant 4), and that a stream it freed held no NORMAL
 * packet nobody ended (invariant 3).
 *
 * <p>An implementation must:
 * <ul>
 *   <li>marshal into a new stream one NORMAL packet of the pointer and rewind the stream; on a
 *       failed marshal answer its HRESULT and leave no stream alive;</li>
 *   <li>unmarshal the stream's packet once, and release the stream on every path, when the
 *       unmarshal fails too (no apartment, an interface the object lacks, an object gone), as
 *       Windows does and as its documentation says: the caller never touches the stream
 *       again.</li>
 * </ul>
 */
public interface InterThreadStreams {

    /** CoMarshalInterThreadInterfaceInStream: a new stream holding one NORMAL packet of the pointer, rewound. */
    ComResult<MarshalStream> marshalInStream(ComThread caller, Iid iid, InterfacePointer pointer);

    /** CoGetInterfaceAndReleaseStream: unmarshals the stream's packet once and releases the stream, on every path. */
    ComResult<InterfacePointer> getInterfaceAndReleaseStream(ComThread caller, MarshalStream stream, Iid iid);
}
