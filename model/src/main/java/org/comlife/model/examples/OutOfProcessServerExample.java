package org.comlife.model.examples;

import java.util.concurrent.atomic.AtomicInteger;
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
import org.comlife.model.program.ThreadBody;
import org.comlife.model.program.ThreadStarter;

/**
 * The second source document's scenario: clients activate the server's two classes through
 * the SCM from several threads and release them; the server shuts down on the release that
 * returns 0; a client that arrives while it is stopping is answered CO_E_SERVER_STOPPING
 * internally and served by a server the SCM launches afresh, which exits in turn when that
 * client lets go.
 */
public final class OutOfProcessServerExample {
    public static final long RUN_TIMEOUT_MILLIS = 30_000;
    /** Calls each client makes on each instance. */
    public static final int CALLS = 2;
    /** Clients that activate the first server concurrently (client-a in the MTA, client-b in an STA). */
    public static final int EARLY_CLIENTS = 2;

    private OutOfProcessServerExample() {
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
        start(world, threads, CALLS);
    }

    /** The program with each early client making {@code calls} calls per instance (fewer explore faster). */
    public static void start(ComWorld world, ThreadStarter threads, int calls) {
        start(world, threads, calls, EARLY_CLIENTS);
    }

    /**
     * The program with {@code earlyClients} early clients (1: client-a in the MTA alone; 2: also
     * client-b in an STA), each making {@code calls} calls per instance. Fewer explore faster:
     * the exhaustive explorer takes the smallest program that still has the late client's race
     * with the stopping server.
     */
    public static void start(ComWorld world, ThreadStarter threads, int calls, int earlyClients) {
        if (earlyClients < 1 || earlyClients > EARLY_CLIENTS) {
            throw new IllegalArgumentException("earlyClients must be 1 or 2, not " + earlyClients);
        }
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative, not " + calls);
        }
        ComEvent lateClientServed = world.newEvent("late-client-served");
        ComEvent[] firstServerStopping = new ComEvent[1];
        var launcher = WidgetServer.launcher(threads, lateClientServed, firstServerStopping);
        world.scm().registerLauncher(WidgetServer.CLSID_Widget, launcher);
        world.scm().registerLauncher(WidgetServer.CLSID_Gadget, launcher);

        ComProcess client = world.newProcess("client", ProcessRole.CLIENT);
        ComThread clientA = client.newThread("client-a");
        ComThread clientB = earlyClients > 1 ? client.newThread("client-b") : null;
        ComThread lateClient = client.newThread("late-client");
        ComEvent earlyClientsDone = world.newEvent("early-clients-done");
        AtomicInteger earlyRunning = new AtomicInteger(earlyClients);

        ThreadBody early = self -> {
            Expect.succeeded(self.coInitializeEx(self == clientA ? ApartmentKind.MTA : ApartmentKind.STA),
                    "CoInitializeEx");
            InterfacePointer widget = Expect.succeeded(
                    self.coCreateInstance(WidgetServer.CLSID_Widget, WidgetServer.IWidget), "create Widget");
            InterfacePointer gadgetFactory = Expect.succeeded(
                    self.coGetClassObject(WidgetServer.CLSID_Gadget, Iid.IClassFactory), "get Gadget factory");
            InterfacePointer gadget = (InterfacePointer) Expect.succeeded(
                    self.call(gadgetFactory, "CreateInstance", null, WidgetServer.IGadget), "create Gadget");
            for (int i = 0; i < calls; i++) {
                Expect.succeeded(self.call(widget, Widget.WORK, i), "Widget.Work");
                Expect.succeeded(self.call(gadget, Widget.WORK, i), "Gadget.Work");
            }
            self.release(gadget);
            self.release(gadgetFactory);
            self.release(widget);
            self.coUninitialize();
            if (earlyRunning.decrementAndGet() == 0) {
                self.setEvent(earlyClientsDone);
            }
        };
        threads.start(clientA, early);
        if (clientB != null) {
            threads.start(clientB, early);
        }
        threads.start(lateClient, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(earlyClientsDone), "wait for the early clients");
            // The first server has begun stopping by now (its class objects are suspended) and
            // is held there until this client has been served.
            Expect.succeeded(self.waitForEvent(firstServerStopping[0]), "wait for the first server to stop");
            InterfacePointer widget = Expect.succeeded(
                    self.coCreateInstance(WidgetServer.CLSID_Widget, WidgetServer.IWidget), "late create Widget");
            self.setEvent(lateClientServed);
            Expect.succeeded(self.call(widget, Widget.WORK, 7), "late Widget.Work");
            self.release(widget);
            self.coUninitialize();
        });
    }
}
