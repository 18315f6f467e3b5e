package org.comlife.checks.coverage.map;

import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
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
        boolean ended = got.hr() == HResult.STG_E_READFAULT || got.hr() == HResult.CO_E_OBJNOTCONNECTED;
        HelperCall call = HelperCall.ofGet(got, HelperCall.STREAM_GET_OTHER, HelperCall.STREAM_GET_OWN,
                HelperCall.STREAM_GET_UNSUPPORTED, ended ? HelperCall.STREAM_GET_ENDED : null);
        if (call != null) {
            recorder.saw(call);
        }
        return got;
    }
}
