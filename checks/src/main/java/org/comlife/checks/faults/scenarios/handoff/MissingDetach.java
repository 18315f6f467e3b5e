package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault missing-detach: the smart pointer that held the stream was not {@code Detach()}ed, so
 * it releases the stream once more after {@code CoGetInterfaceAndReleaseStream} already did.
 * Its twin is {@link SiteHandoff}.
 */
public final class MissingDetach {
    private MissingDetach() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        Devenv devenv = new Devenv(world);
        devenv.start(threads, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(devenv.siteMarshaled()), "wait for SetSite");
            InterfacePointer site = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(devenv.stream(), Iid.IServiceProvider), "unmarshal the site");
            // The bug: the CComPtr<IStream> goes out of scope and releases what COM already freed.
            self.releaseStream(devenv.stream());
            self.release(site);
            self.setEvent(devenv.backgroundDone());
            self.coUninitialize();
        });
    }
}
