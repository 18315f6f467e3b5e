package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault double-unmarshal: the background thread calls {@code CoGetInterfaceAndReleaseStream}
 * a second time on the stream the first call already released. Its twin is
 * {@link SiteHandoff}.
 */
public final class DoubleUnmarshal {
    private DoubleUnmarshal() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        Devenv devenv = new Devenv(world);
        devenv.start(threads, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(devenv.siteMarshaled()), "wait for SetSite");
            InterfacePointer site = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(devenv.stream(), Iid.IServiceProvider), "unmarshal the site");
            // The bug: the stream was released by the first call; this is a use after free.
            self.coGetInterfaceAndReleaseStream(devenv.stream(), Iid.IServiceProvider);
            self.release(site);
            self.setEvent(devenv.backgroundDone());
            self.coUninitialize();
        });
    }
}
