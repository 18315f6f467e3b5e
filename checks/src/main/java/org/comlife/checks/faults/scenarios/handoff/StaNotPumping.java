package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.HResult;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ServiceProvider;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * Fault sta-not-pumping: the main STA waits for the background thread with
 * {@code WaitForSingleObject}, which does not pump, while the background thread calls into the
 * main STA through its proxy. The call waits in the main thread's queue, the main thread waits
 * for the background thread: a deadlock, which the model's watchdog reports.
 *
 * <p>The fix ({@link #startFixed}): an STA waits with {@code CoWaitForMultipleHandles}, which
 * dispatches the calls posted to it while it waits.
 */
public final class StaNotPumping {
    private StaNotPumping() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        run(world, threads, false);
    }

    public static void startFixed(ComWorld world, ThreadStarter threads) {
        run(world, threads, true);
    }

    private static void run(ComWorld world, ThreadStarter threads, boolean mainPumps) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        ComThread main = devenv.newThread("main");
        ComThread background = devenv.newThread("background");
        ComEvent siteMarshaled = world.newEvent("site-marshaled");
        ComEvent backgroundDone = world.newEvent("background-done");
        MarshalStream[] stream = new MarshalStream[1];

        threads.start(main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            stream[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site),
                    "marshal the site");
            self.setEvent(siteMarshaled);
            // The bug is the first branch: waiting without pumping, the main STA cannot run the call it waits on.
            HResult waited = mainPumps ? self.waitForEventPumping(backgroundDone) : self.waitForEvent(backgroundDone);
            Expect.succeeded(waited, "wait for the background thread");
            self.release(site);
        });
        threads.start(background, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(siteMarshaled), "wait for SetSite");
            InterfacePointer site = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(stream[0], Iid.IServiceProvider), "unmarshal the site");
            InterfacePointer service = Expect.succeeded(
                    self.call(site, ServiceProvider.QUERY_SERVICE, "SVsSolution"), "QueryService");
            self.release(service);
            self.release(site);
            self.setEvent(backgroundDone);
            self.coUninitialize();
        });
    }
}
