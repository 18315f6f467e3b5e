package org.comlife.checks.coverage.map;

import org.comlife.model.Apartment;
import org.comlife.model.ApartmentKind;
import org.comlife.model.CallResult;
import org.comlife.model.ComThread;
import org.comlife.model.PostedCall;
import org.comlife.model.StubManager;
import org.comlife.model.runtime.ProxyDispatch;

/** Proxy dispatch that passes every call on and notes which {@link HelperCall} it was. */
record RecordingDispatch(ProxyDispatch delegate, CoverageRecorder recorder) implements ProxyDispatch {
    @Override
    public CallResult deliver(ComThread caller, StubManager stub, String method, Object[] arguments) {
        recorder.saw(stub.apartment().kind() == ApartmentKind.STA ? HelperCall.DISPATCH_DELIVER_STA
                : HelperCall.DISPATCH_DELIVER_MTA);
        return delegate.deliver(caller, stub, method, arguments);
    }

    @Override
    public void dispatch(Apartment sta, PostedCall call) {
        recorder.saw(HelperCall.DISPATCH_RUN);
        delegate.dispatch(sta, call);
    }
}
