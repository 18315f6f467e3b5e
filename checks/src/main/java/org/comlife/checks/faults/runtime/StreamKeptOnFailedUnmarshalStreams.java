package org.comlife.checks.faults.runtime;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.runtime.ReferenceInterThreadStreams;

/**
 * Seeded fault: CoGetInterfaceAndReleaseStream releases the stream only when its unmarshal
 * succeeded. A caller whose unmarshal failed (an interface the object lacks, no apartment) was
 * told by the documentation that the stream is gone, never touches it again, and the stream
 * leaks; a caller that released it "to be safe" would free it twice on Windows.
 *
 * <p>The fix is {@code ReferenceInterThreadStreams}: release the stream on every path.
 */
public final class StreamKeptOnFailedUnmarshalStreams extends ReferenceInterThreadStreams {

    @Override
    protected void releaseStream(ComThread caller, MarshalStream stream, ComResult<InterfacePointer> unmarshaled) {
        // The bug: a failed unmarshal returns early and keeps the caller's stream.
        if (unmarshaled.succeeded()) {
            super.releaseStream(caller, stream, unmarshaled);
        }
    }
}
