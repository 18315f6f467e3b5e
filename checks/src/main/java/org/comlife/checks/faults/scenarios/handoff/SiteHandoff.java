package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * The stream handoff written right, the twin of the stream faults: the background thread joins
 * an apartment, calls {@code CoGetInterfaceAndReleaseStream} once, keeps the proxy it got (the
 * smart pointer's {@code Detach()}: the stream is already released) and releases only the
 * proxy.
 */
public final class SiteHandoff {
    private SiteHandoff() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        Devenv devenv = new Devenv(world);
        devenv.start(threads, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(devenv.siteMarshaled()), "wait for SetSite");
            InterfacePointer site = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(devenv.stream(), Iid.IServiceProvider), "unmarshal the site");
            self.release(site);
            self.setEvent(devenv.backgroundDone());
            self.coUninitialize();
        });
    }
}
