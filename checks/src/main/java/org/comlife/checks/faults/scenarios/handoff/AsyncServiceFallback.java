package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComResult;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * The program of fault stream-kept-on-failed-unmarshal, written right: the background thread
 * asks the site's stream for IAsyncServiceProvider, which this site predates. The unmarshal
 * answers E_NOINTERFACE and COM releases the stream all the same, so the thread drops the
 * stream without touching it and carries on without the service. The fault is the helper's
 * (faults/runtime/StreamKeptOnFailedUnmarshalStreams); run with the reference, nothing breaks.
 */
public final class AsyncServiceFallback {
    /** An interface the Visual Studio site does not implement. */
    public static final Iid IAsyncServiceProvider = new Iid("IAsyncServiceProvider");

    private AsyncServiceFallback() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        Devenv devenv = new Devenv(world);
        devenv.start(threads, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(devenv.siteMarshaled()), "wait for SetSite");
            ComResult<InterfacePointer> async = self.coGetInterfaceAndReleaseStream(devenv.stream(),
                    IAsyncServiceProvider);
            if (async.hr() != HResult.E_NOINTERFACE) {
                throw new IllegalStateException("CoGetInterfaceAndReleaseStream(IAsyncServiceProvider) answered "
                        + async.hr() + ", not E_NOINTERFACE");
            }
            self.setEvent(devenv.backgroundDone());
            self.coUninitialize();
        });
    }
}
