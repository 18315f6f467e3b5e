package org.comlife.model.examples;

import org.comlife.model.ApartmentKind;
import org.comlife.model.ClsCtx;
import org.comlife.model.Clsid;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ComWorld;
import org.comlife.model.Iid;
import org.comlife.model.ProcessRole;
import org.comlife.model.RegCls;
import org.comlife.model.ServerLauncher;
import org.comlife.model.program.Expect;
import org.comlife.model.program.ThreadStarter;

/**
 * The second source document's multi-class out-of-process server, written the right way.
 *
 * <p>The main thread joins an STA, registers both classes with REGCLS_SUSPENDED, publishes
 * them with one {@code CoResumeClassObjects}, and runs its message loop (calls into its
 * objects run there). A worker thread in the MTA waits for the shutdown signal. Instances and
 * locks are counted with {@code CoAddRefServerProcess}/{@code CoReleaseServerProcess}; the
 * release that returns 0 (class objects are suspended by then) signals both threads to leave
 * their loops; the main thread revokes the class objects and the process exits.
 */
public final class WidgetServer {
    public static final Clsid CLSID_Widget = new Clsid("Widget");
    public static final Clsid CLSID_Gadget = new Clsid("Gadget");
    public static final Iid IWidget = new Iid("IWidget");
    public static final Iid IGadget = new Iid("IGadget");

    private final ComProcess process;
    private final ComThread main;
    private final ComThread worker;
    private final ComEvent shutdown;
    private final ComEvent workerDone;

    private WidgetServer(ComWorld world, String name) {
        this.process = world.newProcess(name, ProcessRole.SERVER);
        this.main = process.newThread("server-main");
        this.worker = process.newThread("server-worker");
        this.shutdown = world.newEvent(name + "-shutdown");
        this.workerDone = world.newEvent(name + "-worker-done");
    }

    /**
     * The program the SCM starts for both classes. When {@code holdFirstInStopping} is given,
     * the first server launched stays in its stopping state (class objects suspended, still
     * registered) until that event is set: a way to show deterministically a client arriving
     * while a server stops.
     */
    public static ServerLauncher launcher(ThreadStarter threads, ComEvent holdFirstInStopping,
                                          ComEvent[] firstServerStopping) {
        int[] launched = new int[1];
        return world -> {
            int number;
            synchronized (launched) {
                number = ++launched[0];
            }
            WidgetServer server = new WidgetServer(world, "widget-server-" + number);
            if (number == 1 && firstServerStopping != null) {
                firstServerStopping[0] = server.shutdown;
            }
            server.start(threads, number == 1 ? holdFirstInStopping : null);
            return server.process;
        };
    }

    /** The server's process. */
    public ComProcess process() {
        return process;
    }

    private void start(ThreadStarter threads, ComEvent holdInStopping) {
        threads.start(main, self -> runMain(self, holdInStopping));
        threads.start(worker, self -> {
            Expect.succeeded(self.coInitializeEx(ApartmentKind.MTA), "CoInitializeEx");
            Expect.succeeded(self.waitForEvent(shutdown), "wait for shutdown");
            self.coUninitialize();
            self.setEvent(workerDone);
        });
    }

    private void runMain(ComThread self, ComEvent holdInStopping) {
        Expect.succeeded(self.coInitializeEx(ApartmentKind.STA), "CoInitializeEx");
        WidgetFactory widgets = new WidgetFactory(self, this, "Widget", IWidget);
        WidgetFactory gadgets = new WidgetFactory(self, this, "Gadget", IGadget);
        int flags = RegCls.MULTIPLEUSE | RegCls.SUSPENDED;
        int widgetCookie = Expect.succeeded(
                self.coRegisterClassObject(CLSID_Widget, widgets, ClsCtx.LOCAL_SERVER, flags), "register Widget");
        int gadgetCookie = Expect.succeeded(
                self.coRegisterClassObject(CLSID_Gadget, gadgets, ClsCtx.LOCAL_SERVER, flags), "register Gadget");
        self.release(widgets);
        self.release(gadgets);
        // Both classes become visible in one step: no client can start the shutdown early.
        Expect.succeeded(self.coResumeClassObjects(), "CoResumeClassObjects");
        Expect.succeeded(self.runMessageLoop(), "message loop");
        if (holdInStopping != null) {
            Expect.succeeded(self.waitForEventPumping(holdInStopping), "hold in stopping");
        }
        Expect.succeeded(self.coRevokeClassObject(widgetCookie), "revoke Widget");
        Expect.succeeded(self.coRevokeClassObject(gadgetCookie), "revoke Gadget");
        Expect.succeeded(self.waitForEvent(workerDone), "wait for the worker");
        self.coUninitialize();
        self.exitProcess();
    }

    /** Called by whichever thread's release returned 0: tell both threads to leave their loops. */
    void beginShutdown(ComThread releasing) {
        releasing.postQuit(main);
        releasing.setEvent(shutdown);
    }
}
