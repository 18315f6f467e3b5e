package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComResult;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ServiceProvider;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault cancel-races-unmarshal: when the tool window closes, the main STA takes the site's
 * packet back with {@code CoReleaseMarshalData}, unless the background thread has already
 * taken the site, which the background thread signals only after its unmarshal returned. Check,
 * then act, across two threads: when the unmarshal falls between the check and the release,
 * both threads end the one NORMAL packet.
 *
 * <p>The fix ({@link #startFixed}): the packet has one owner, the background thread, which
 * either unmarshals it or, told that the window closed, releases it.
 */
public final class CancelRacesUnmarshal {
    private CancelRacesUnmarshal() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, true);
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, false);
    }

    private static void run(ComWorld world, ThreadStarter threads, boolean mainTakesBack) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        ComThread main = devenv.newThread("main");
        ComThread background = devenv.newThread("background");
        ComEvent siteMarshaled = world.newEvent("site-marshaled");
        ComEvent siteTaken = world.newEvent("site-taken");
        ComEvent windowClosed = world.newEvent("window-closed");
        ComEvent backgroundDone = world.newEvent("background-done");
        // Written by the main thread before it sets siteMarshaled; read after waiting for it.
        MarshalStream[] stream = new MarshalStream[1];

        threads.start(main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            stream[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site),
                    "marshal the site");
            if (mainTakesBack) {
                self.addRefStream(stream[0]); // main's own reference, to take the packet back on close
            }
            self.setEvent(siteMarshaled);
            if (!mainTakesBack) {
                self.setEvent(windowClosed);
            } else {
                if (!siteTaken.isSet()) {
                    // The bug: the background thread may unmarshal between this check and the release.
                    self.rewindStream(stream[0]);
                    self.coReleaseMarshalData(stream[0]);
                }
                self.releaseStream(stream[0]);
            }
            Expect.succeeded(self.waitForEventPumping(backgroundDone), "wait for the background thread");
            self.release(site);
        });
        threads.start(background, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(siteMarshaled), "wait for SetSite");
            if (windowClosed.isSet()) {
                self.coReleaseMarshalData(stream[0]); // the packet's one end: nobody will use the site
                self.releaseStream(stream[0]);
            } else {
                ComResult<InterfacePointer> site = self.coGetInterfaceAndReleaseStream(stream[0],
                        Iid.IServiceProvider);
                if (site.succeeded()) { // the main thread may have taken the packet back first
                    self.setEvent(siteTaken);
                    self.release(site.value());
                }
            }
            self.setEvent(backgroundDone);
            self.coUninitialize();
        });
    }
}
