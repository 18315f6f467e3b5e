package org.comlife.checks.faults.scenarios.handoff;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
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
 * Fault shared-proxy: background-a (MTA) unmarshals the site and caches the proxy where
 * background-b (its own STA) picks it up and calls through it. A proxy belongs to the
 * apartment that unmarshaled it, so the call fails with RPC_E_WRONG_THREAD. background-a keeps
 * its apartment until background-b is done, so the proxy is still alive when it is misused.
 *
 * <p>The fix ({@link #startFixed}): the main thread marshals one stream per consuming thread,
 * and each background thread unmarshals its own.
 */
public final class SharedProxy {
    private SharedProxy() {
    }

    public static void start(ComWorld world, ThreadStarter threads) {
        Threads t = new Threads(world);
        MarshalStream[] stream = new MarshalStream[1];
        InterfacePointer[] cached = new InterfacePointer[1];
        ComEvent proxyCached = world.newEvent("proxy-cached");

        threads.start(t.main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            stream[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site),
                    "marshal the site");
            self.setEvent(t.siteMarshaled);
            Expect.succeeded(self.waitForEventPumping(t.backgroundADone), "wait for background-a");
            self.release(site);
        });
        threads.start(t.backgroundA, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(t.siteMarshaled), "wait for SetSite");
            cached[0] = Expect.succeeded(self.coGetInterfaceAndReleaseStream(stream[0], Iid.IServiceProvider),
                    "unmarshal the site");
            self.setEvent(proxyCached);
            Expect.succeeded(self.waitForEvent(t.backgroundBDone), "wait for background-b");
            self.release(cached[0]);
            self.setEvent(t.backgroundADone);
            self.coUninitialize();
        });
        threads.start(t.backgroundB, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(proxyCached), "wait for the cached proxy");
            // The bug: the proxy was unmarshaled in background-a's MTA; this thread is in another apartment.
            self.call(cached[0], ServiceProvider.QUERY_SERVICE, "SVsSolution");
            self.setEvent(t.backgroundBDone);
            self.coUninitialize();
        });
    }

    /** The twin: one stream per consuming thread, each unmarshaled in the apartment that uses it. */
    public static void startFixed(ComWorld world, ThreadStarter threads) {
        Threads t = new Threads(world);
        MarshalStream[] streams = new MarshalStream[2];

        threads.start(t.main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            streams[0] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site),
                    "marshal the site for background-a");
            streams[1] = Expect.succeeded(self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site),
                    "marshal the site for background-b");
            self.setEvent(t.siteMarshaled);
            Expect.succeeded(self.waitForEventPumping(t.backgroundADone), "wait for background-a");
            self.release(site);
        });
        threads.start(t.backgroundA, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(t.siteMarshaled), "wait for SetSite");
            InterfacePointer site = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(streams[0], Iid.IServiceProvider), "unmarshal the site");
            Expect.succeeded(self.waitForEvent(t.backgroundBDone), "wait for background-b");
            self.release(site);
            self.setEvent(t.backgroundADone);
            self.coUninitialize();
        });
        threads.start(t.backgroundB, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(t.siteMarshaled), "wait for SetSite");
            InterfacePointer site = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(streams[1], Iid.IServiceProvider), "unmarshal the site");
            InterfacePointer service = Expect.succeeded(
                    self.call(site, ServiceProvider.QUERY_SERVICE, "SVsSolution"), "QueryService");
            self.release(service);
            self.release(site);
            self.setEvent(t.backgroundBDone);
            self.coUninitialize();
        });
    }

    /** The process, its three threads and the events both versions share. */
    private static final class Threads {
        final ComThread main;
        final ComThread backgroundA;
        final ComThread backgroundB;
        final ComEvent siteMarshaled;
        final ComEvent backgroundADone;
        final ComEvent backgroundBDone;

        Threads(ComWorld world) {
            ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
            main = devenv.newThread("main");
            backgroundA = devenv.newThread("background-a");
            backgroundB = devenv.newThread("background-b");
            siteMarshaled = world.newEvent("site-marshaled");
            backgroundADone = world.newEvent("background-a-done");
            backgroundBDone = world.newEvent("background-b-done");
        }
    }
}
