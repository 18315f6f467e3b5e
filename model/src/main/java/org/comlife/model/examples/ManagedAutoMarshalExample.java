package org.comlife.model.examples;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.InterfacePointer;
import org.comlife.model.ProcessRole;
import org.comlife.model.program.Expect;
import org.comlife.model.program.RealThreads;
import org.comlife.model.program.ThreadStarter;

/**
 * The source document's note that managed code marshals automatically: the site is wrapped
 * once on the main STA in an {@link AutoMarshaledInterface}, and threads of both apartment
 * models call through the wrapper as if the pointer were theirs. The main thread calls
 * through it too, and pumps so the others' calls can run.
 */
public final class ManagedAutoMarshalExample {
    public static final long RUN_TIMEOUT_MILLIS = 30_000;
    /** Calls each worker makes through the wrapper. */
    public static final int CALLS_PER_WORKER = 3;

    private ManagedAutoMarshalExample() {
    }

    public static ComWorld run() throws InterruptedException {
        return run(new ComWorld());
    }

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
        start(world, threads, CALLS_PER_WORKER);
    }

    /** The program with each worker making {@code callsPerWorker} calls (a smaller program explores faster). */
    public static void start(ComWorld world, ThreadStarter threads, int callsPerWorker) {
        ComProcess devenv = world.newProcess("devenv", ProcessRole.CLIENT);
        ComThread main = devenv.newThread("main");
        ComThread mtaWorker = devenv.newThread("mta-worker");
        ComThread staWorker = devenv.newThread("sta-worker");
        ComEvent wrapped = world.newEvent("wrapped");
        ComEvent mtaDone = world.newEvent("mta-worker-done");
        ComEvent staDone = world.newEvent("sta-worker-done");
        AutoMarshaledInterface[] wrapper = new AutoMarshaledInterface[1];

        threads.start(main, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
            ServiceProvider site = new ServiceProvider(self);
            wrapper[0] = Expect.succeeded(AutoMarshaledInterface.wrap(self, site, Iid.IServiceProvider), "wrap");
            self.release(site);
            self.setEvent(wrapped);
            useWrapper(self, wrapper[0], 1);
            Expect.succeeded(self.waitForEventPumping(mtaDone), "wait for the MTA worker");
            Expect.succeeded(self.waitForEventPumping(staDone), "wait for the STA worker");
            Expect.succeeded(wrapper[0].revoke(self), "revoke");
            self.coUninitialize();
        });
        threads.start(mtaWorker, self -> worker(self, ApartmentKind.MTA, wrapped, wrapper, mtaDone, callsPerWorker));
        threads.start(staWorker, self -> worker(self, ApartmentKind.STA, wrapped, wrapper, staDone, callsPerWorker));
    }

    private static void worker(ComThread self, ApartmentKind model, ComEvent wrapped,
                               AutoMarshaledInterface[] wrapper, ComEvent done, int calls) {
        Expect.succeeded(self.coInitializeEx(model), "CoInitializeEx");
        Expect.succeeded(self.waitForEvent(wrapped), "wait for the wrapper");
        useWrapper(self, wrapper[0], calls);
        self.setEvent(done);
        self.coUninitialize();
    }

    private static void useWrapper(ComThread self, AutoMarshaledInterface wrapper, int calls) {
        for (int i = 0; i < calls; i++) {
            InterfacePointer service = (InterfacePointer) Expect.succeeded(
                    wrapper.call(self, ServiceProvider.QUERY_SERVICE, "SVsShell"), "QueryService");
            Expect.succeeded(self.call(service, "Describe"), "Describe");
            self.release(service);
        }
    }
}
