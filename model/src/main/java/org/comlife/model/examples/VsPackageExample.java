package org.comlife.model.examples;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.MarshalStream;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.RealThreads;
import org.comlife.model.program.ThreadStarter;

/**
 * The first source document: a Visual Studio package gets a service from a background thread.
 *
 * <p>In {@code SetSite} (main STA) the package marshals the site into a stream with
 * {@code CoMarshalInterThreadInterfaceInStream}. The background thread calls
 * {@code CoGetInterfaceAndReleaseStream} once, caches the proxy and never releases the stream
 * again (the smart pointer's {@code Detach()}). Every {@code QueryService} through the proxy
 * runs on the main STA while the main thread pumps.
 */
public final class VsPackageExample {
    /** How long a run on real threads may take before the harness calls it hung. */
    public static final long RUN_TIMEOUT_MILLIS = 30_000;
    /** How many services the background thread asks for through its cached proxy. */
    public static final int QUERIES = 2;

    private VsPackageExample() {
    }

    /** The right way, in a fresh world with the reference runtime. */
    public static ComWorld run() throws InterruptedException {
        return run(new ComWorld());
    }

    /** The right way, in the given world. */
    public static ComWorld run(ComWorld world) throws InterruptedException {
        return run(world, RUN_TIMEOUT_MILLIS);
    }

    /** In the given world, joining its threads within the timeout ({@link RealThreads#NO_TIMEOUT}: no limit). */
    public static ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
        RealThreads threads = new RealThreads();
        threads.startTogether(() -> start(world, threads));
        threads.joinAll(joinTimeoutMillis);
        return world;
    }

    /** Creates the program's processes and starts its threads through the starter; returns at once. */
    public static void start(ComWorld world, ThreadStarter threads) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        ComThread main = devenv.newThread("main");
        ComThread background = devenv.newThread("background");
        ComEvent siteMarshaled = world.newEvent("site-marshaled");
        ComEvent backgroundDone = world.newEvent("background-done");
        MarshalStream[] handoff = new MarshalStream[1];

        threads.start(main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            // IVsPackage::SetSite: the only place the site pointer is valid is this thread.
            handoff[0] = Expect.succeeded(
                    self.coMarshalInterThreadInterfaceInStream(Iid.IServiceProvider, site), "marshal site");
            self.setEvent(siteMarshaled);
            // The main thread keeps pumping: the background thread's calls run here.
            Expect.succeeded(self.waitForEventPumping(backgroundDone), "wait for background");
            self.release(site);
            self.coUninitialize();
        });

        threads.start(background, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(siteMarshaled), "wait for SetSite");
            // Unmarshal exactly once and cache; the stream is released by this call (Detach()).
            InterfacePointer cachedSite = Expect.succeeded(
                    self.coGetInterfaceAndReleaseStream(handoff[0], Iid.IServiceProvider), "unmarshal site");
            for (int i = 0; i < QUERIES; i++) {
                InterfacePointer service = (InterfacePointer) Expect.succeeded(
                        self.call(cachedSite, ServiceProvider.QUERY_SERVICE, "SVsSolution"), "QueryService");
                Expect.succeeded(self.call(service, "Describe"), "Describe");
                self.release(service);
            }
            self.release(cachedSite);
            self.setEvent(backgroundDone);
            self.coUninitialize();
        });

    }

    /**
     * The mistake the document warns about: the background thread uses the main thread's
     * pointer directly. The object's thread check answers RPC_E_WRONG_THREAD and the sanitizer
     * records a violation of invariant 5.
     */
    public static ComWorld runForeignPointer() throws InterruptedException {
        return runForeignPointer(new ComWorld(), RUN_TIMEOUT_MILLIS);
    }

    /** The mistake, in the given world, joining within the timeout ({@link RealThreads#NO_TIMEOUT}: no limit). */
    public static ComWorld runForeignPointer(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
        RealThreads threads = new RealThreads();
        threads.startTogether(() -> startForeignPointer(world, threads));
        threads.joinAll(joinTimeoutMillis);
        return world;
    }

    /** The mistake's threads, started through the starter; returns at once. */
    public static void startForeignPointer(ComWorld world, ThreadStarter threads) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        ComThread main = devenv.newThread("main");
        ComThread background = devenv.newThread("background");
        ComEvent siteCreated = world.newEvent("site-created");
        ComEvent backgroundDone = world.newEvent("background-done");
        InterfacePointer[] shared = new InterfacePointer[1];

        threads.start(main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            shared[0] = new ServiceProvider(self);
            self.setEvent(siteCreated);
            Expect.succeeded(self.waitForEventPumping(backgroundDone), "wait for background");
            self.release(shared[0]);
            self.coUninitialize();
        });
        threads.start(background, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(siteCreated), "wait for SetSite");
            self.call(shared[0], ServiceProvider.QUERY_SERVICE, "SVsSolution");
            self.setEvent(backgroundDone);
            self.coUninitialize();
        });
    }
}
