package org.comlife.checks.coverage.map;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.Proxy;
import org.comlife.model.runtime.InterThreadStreams;

/** Inter-thread streams that pass every call on and note which {@link HelperCall} it was. */
record RecordingStreams(InterThreadStreams delegate, CoverageRecorder recorder) implements InterThreadStreams {
    @Override
    public ComResult<MarshalStream> marshalInStream(ComThread caller, Iid iid, InterfacePointer pointer) {
        recorder.saw(HelperCall.STREAM_MARSHAL);
        return delegate.marshalInStream(caller, iid, pointer);
    }

    @Override
    public ComResult<InterfacePointer> getInterfaceAndReleaseStream(ComThread caller, MarshalStream stream, Iid iid) {
        ComResult<InterfacePointer> got = delegate.getInterfaceAndReleaseStream(caller, stream, iid);
        if (got.succeeded()) {
            recorder.saw(got.value() instanceof Proxy ? HelperCall.STREAM_GET_OTHER : HelperCall.STREAM_GET_OWN);
        } else if (got.hr() == HResult.E_NOINTERFACE) {
            recorder.saw(HelperCall.STREAM_GET_UNSUPPORTED);
        } else if (got.hr() == HResult.STG_E_READFAULT || got.hr() == HResult.CO_E_OBJNOTCONNECTED) {
            recorder.saw(HelperCall.STREAM_GET_ENDED);
        }
        return got;
    }
}
