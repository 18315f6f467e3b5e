package org.comlife.checks.coverage.bugs;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.runtime.ReferenceInterThreadStreams;

/** Inter-thread streams that release the stream first, so that no path can forget it. */
public class ReleaseFirstStreams extends ReferenceInterThreadStreams {
    @Override
    public ComResult<InterfacePointer> getInterfaceAndReleaseStream(ComThread caller, MarshalStream stream, Iid iid) {
        // The bug: the stream is freed before its packet is read, so the read finds nothing.
        releaseStream(caller, stream, null);
        return unmarshalOnce(caller, stream, iid);
    }
}
