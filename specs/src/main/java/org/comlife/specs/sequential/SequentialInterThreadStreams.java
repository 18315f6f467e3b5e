package org.comlife.specs.sequential;

import org.comlife.model.HResult;

/**
 * The inter-thread stream one call at a time. CoMarshalInterThreadInterfaceInStream makes a
 * stream with one reference, holding one NORMAL packet at its start. CoGetInterfaceAndReleaseStream
 * reads the packet (S_OK for an interface the object implements, E_NOINTERFACE for one it lacks,
 * STG_E_READFAULT when the packet was already read) and takes one reference off the stream
 * whatever it answered; a freed stream is refused with E_UNEXPECTED and nothing changes.
 */
public final class SequentialInterThreadStreams {

    /** One stream: its references and whether its packet has been read. */
    public static final class Stream {
        private int references = 1;
        private boolean read;

        /** The stream's reference count; 0 once freed. */
        public int references() {
            return references;
        }
    }

    /** CoMarshalInterThreadInterfaceInStream of a live object: a new stream. */
    public Stream marshalInStream() {
        return new Stream();
    }

    /** IStream::AddRef of a live stream: the new count. */
    public int addRef(Stream stream) {
        return stream.references == 0 ? 0 : ++stream.references;
    }

    /** IStream::Release: the new count; a freed stream stays at 0. */
    public int release(Stream stream) {
        return stream.references == 0 ? 0 : --stream.references;
    }

    /** CoGetInterfaceAndReleaseStream for an interface the object implements or not. */
    public HResult getInterfaceAndReleaseStream(Stream stream, boolean supported) {
        if (stream.references == 0) {
            return HResult.E_UNEXPECTED;
        }
        HResult hr = stream.read ? HResult.STG_E_READFAULT : supported ? HResult.S_OK : HResult.E_NOINTERFACE;
        stream.read = true;
        stream.references--;
        return hr;
    }
}
