package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ComResult;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault uninitialized-thread: the background thread never calls {@code CoInitializeEx}. Its
 * process has no MTA (the main thread is an STA), so the unmarshal fails with
 * CO_E_NOTINITIALIZED; the call still releases the stream, and the packet in it is never
 * unmarshaled: its references on the site leak. The thread handles the failure and signals
 * the main thread, so nothing else goes wrong. Its twin is {@link SiteHandoff}.
 */
public final class UninitializedThread {
    private UninitializedThread() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        Devenv devenv = new Devenv(world);
        devenv.start(threads, self -> {
            // The bug: no CoInitializeEx; this thread is in no apartment.
            self.waitForEvent(devenv.siteMarshaled());
            ComResult<InterfacePointer> site = self.coGetInterfaceAndReleaseStream(devenv.stream(),
                    Iid.IServiceProvider);
            if (site.succeeded()) {
                self.release(site.value());
            }
            self.setEvent(devenv.backgroundDone());
        });
    }
}
